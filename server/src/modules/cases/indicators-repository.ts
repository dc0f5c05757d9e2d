import { sql } from 'kysely';
import type { Period } from '@zhichan/contract';
import type { AppContext } from '../../platform/context.js';
import { regionCondition } from '../../platform/jurisdiction.js';

type Q = { rootCode: string; period: Period };
type Rows = { code: string; n: number | string | null }[];
const toMap = (rows: Rows) => new Map(rows.map((r) => [r.code, Number(r.n ?? 0)]));

/** Penalty cases opened (立案) in the period, per region; `kinds` limits them. */
export function penaltyCasesOpened(kinds: readonly string[] | null) {
  return async (ctx: AppContext, { rootCode, period }: Q) => {
    let q = ctx.db
      .selectFrom('penalty_cases')
      .select(['region_code as code', sql<number>`count(*)`.as('n')])
      .where(regionCondition('region_code', rootCode))
      .where('opened_on', '>=', period.start)
      .where('opened_on', '<=', period.end);
    if (kinds) q = q.where('kind', 'in', [...kinds]);
    return toMap(await q.groupBy('region_code').execute());
  };
}

/** Fines and confiscated gains (罚没款) of the decisions made in the period, per region; `kinds` limits them. */
export function penaltyFines(kinds: readonly string[] | null) {
  return async (ctx: AppContext, { rootCode, period }: Q) => {
    let q = ctx.db
      .selectFrom('penalty_cases')
      .select(['region_code as code', sql<number>`sum(coalesce(fine, 0) + coalesce(confiscated_gains, 0))`.as('n')])
      .where(regionCondition('region_code', rootCode))
      .where('decision_on', '>=', period.start)
      .where('decision_on', '<=', period.end);
    if (kinds) q = q.where('kind', 'in', [...kinds]);
    return toMap(await q.groupBy('region_code').execute());
  };
}

/** Patent disputes by the date column of one milestone (accepted, decided, mediated) in the period, per region. */
export function disputesBy(column: 'accepted_on' | 'decision_on' | 'agreement_on') {
  return async (ctx: AppContext, { rootCode, period }: Q) =>
    toMap(
      await ctx.db
        .selectFrom('patent_disputes')
        .select(['region_code as code', sql<number>`count(*)`.as('n')])
        .where(regionCondition('region_code', rootCode))
        .where(column, '>=', period.start)
        .where(column, '<=', period.end)
        .groupBy('region_code')
        .execute(),
    );
}
