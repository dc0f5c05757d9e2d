import { filingKinds, type FilingKind, type FilingStats } from '@zhichan/contract';
import { sql } from 'kysely';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { assertRegionInJurisdiction, regionCondition } from '../../platform/jurisdiction.js';

/**
 * Filing statistics for the indicators (备案统计): approved filings per kind, the distinct patents
 * and enterprises in them and the amounts (contract value or product sales), for enterprises in a
 * region (prefix of region codes) approved within a period (inclusive dates).
 */
export async function filingStats(ctx: AppContext, f: { regionPrefix: string; from?: string | null; to?: string | null }): Promise<FilingStats['byKind']> {
  let q = ctx.db
    .selectFrom('filings as f')
    .leftJoin('filing_patents as fp', 'fp.filing_id', 'f.id')
    .select([
      'f.kind',
      sql<number>`count(distinct f.id)`.as('filings'),
      sql<number>`count(distinct fp.patent_id)`.as('patents'),
      sql<number>`count(distinct f.org_id)`.as('enterprises'),
    ])
    .where('f.status', '=', 'approved')
    .where(regionCondition('f.region_code', f.regionPrefix.padEnd(6, '0')))
    .groupBy('f.kind');
  if (f.from) q = q.where('f.approved_at', '>=', f.from);
  if (f.to) q = q.where('f.approved_at', '<', `${f.to}~`);
  let amounts = ctx.db
    .selectFrom('filings as f')
    .select(['f.kind', sql<number>`coalesce(sum(f.amount), 0)`.as('amount')])
    .where('f.status', '=', 'approved')
    .where(regionCondition('f.region_code', f.regionPrefix.padEnd(6, '0')))
    .groupBy('f.kind');
  if (f.from) amounts = amounts.where('f.approved_at', '>=', f.from);
  if (f.to) amounts = amounts.where('f.approved_at', '<', `${f.to}~`);
  const [rows, sums] = await Promise.all([q.execute(), amounts.execute()]);
  return filingKinds.map((kind: FilingKind) => {
    const r = rows.find((x) => x.kind === kind);
    return {
      kind,
      filings: Number(r?.filings ?? 0),
      patents: Number(r?.patents ?? 0),
      enterprises: Number(r?.enterprises ?? 0),
      amount: Number(sums.find((x) => x.kind === kind)?.amount ?? 0),
    };
  });
}

/** The statistics route: the caller's jurisdiction, or an explicit region within it. */
export async function getFilingStats(ctx: AppContext, actor: Actor, q: { regionCode?: string; from?: string; to?: string }): Promise<FilingStats> {
  if (q.regionCode) assertRegionInJurisdiction(actor, q.regionCode);
  const regionCode = q.regionCode ?? actor.regionCode;
  return { regionCode, byKind: await filingStats(ctx, { regionPrefix: regionCode, from: q.from, to: q.to }) };
}
