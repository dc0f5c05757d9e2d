import { filingKinds, type FilingKind, type FilingStats } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { assertRegionInJurisdiction } from '../../platform/jurisdiction.js';
import { countApprovedFilings } from './repository.js';

/**
 * Filing statistics for the indicators (备案统计): approved filings per kind, the distinct patents
 * and enterprises in them and the amounts (contract value or product sales), for enterprises in a
 * region (prefix of region codes) approved within a period (inclusive dates).
 */
export async function filingStats(ctx: AppContext, f: { regionPrefix: string; from?: string | null; to?: string | null }): Promise<FilingStats['byKind']> {
  const { rows, sums } = await countApprovedFilings(ctx.db, f);
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
