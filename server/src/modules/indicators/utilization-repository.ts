import { sql } from 'kysely';
import type { Period } from '@zhichan/contract';
import type { AppContext } from '../../platform/context.js';
import { regionCondition } from '../../platform/jurisdiction.js';

/**
 * The utilization indicators' counts (utilization-providers.ts), per stored region code, read from the
 * open-licensing, filings and technology-matching tables.
 */

type Rows = { code: string | null; n: number | string | null }[];
const toMap = (rows: Rows) => {
  const m = new Map<string, number>();
  for (const r of rows) if (r.code) m.set(r.code, (m.get(r.code) ?? 0) + Number(r.n ?? 0));
  return m;
};
export type Q = { rootCode: string; period: Period };
/** ISO timestamps compared with dates: the period's last day is included up to its last instant. */
const endOfDay = (d: string) => `${d}~`;

export function openLicenceDeclarations(ctx: AppContext, { rootCode, period }: Q) {
  return ctx.db
    .selectFrom('open_licence_declarations as d')
    .select(['d.region_code as code', sql<number>`count(*)`.as('n')])
    .where('d.published_at', 'is not', null)
    .where(regionCondition('d.region_code', rootCode))
    .where('d.published_at', '>=', period.start)
    .where('d.published_at', '<', endOfDay(period.end))
    .groupBy('d.region_code')
    .execute()
    .then(toMap);
}

export function openLicences(measure: 'deals' | 'sme' | 'fees') {
  const expr =
    measure === 'deals'
      ? sql<number>`count(*)`
      : measure === 'sme'
        ? sql<number>`count(distinct case when l.sme = 1 then l.licensee_org_id end)`
        : sql<number>`coalesce(sum(l.fee_agreed), 0)`;
  return (ctx: AppContext, { rootCode, period }: Q) =>
    ctx.db
      .selectFrom('open_licences as l')
      .innerJoin('open_licence_declarations as d', 'd.id', 'l.declaration_id')
      .select(['d.region_code as code', expr.as('n')])
      .where(regionCondition('d.region_code', rootCode))
      .where('l.granted_on', '>=', period.start)
      .where('l.granted_on', '<=', period.end)
      .groupBy('d.region_code')
      .execute()
      .then(toMap);
}

export function filings(kind: string, measure: 'filings' | 'patents' | 'enterprises' | 'amount') {
  return (ctx: AppContext, { rootCode, period }: Q) => {
    const base = ctx.db
      .selectFrom('filings as f')
      .where('f.kind', '=', kind)
      .where('f.status', '=', 'approved')
      .where(regionCondition('f.region_code', rootCode))
      .where('f.approved_at', '>=', period.start)
      .where('f.approved_at', '<', endOfDay(period.end))
      .groupBy('f.region_code');
    if (measure === 'patents') {
      return base
        .innerJoin('filing_patents as fp', 'fp.filing_id', 'f.id')
        .select(['f.region_code as code', sql<number>`count(distinct fp.patent_id)`.as('n')])
        .execute()
        .then(toMap);
    }
    const expr =
      measure === 'filings'
        ? sql<number>`count(*)`
        : measure === 'enterprises'
          ? sql<number>`count(distinct f.org_id)`
          : sql<number>`coalesce(sum(f.amount), 0)`;
    return base
      .select(['f.region_code as code', expr.as('n')])
      .execute()
      .then(toMap);
  };
}

export function techDeals(measure: 'deals' | 'amount') {
  return (ctx: AppContext, { rootCode, period }: Q) =>
    ctx.db
      .selectFrom('tech_deals')
      .select(['region_code as code', measure === 'deals' ? sql<number>`count(*)`.as('n') : sql<number>`coalesce(sum(amount), 0)`.as('n')])
      .where(regionCondition('region_code', rootCode))
      .where('deal_date', '>=', period.start)
      .where('deal_date', '<=', period.end)
      .groupBy('region_code')
      .execute()
      .then(toMap);
}
