import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { buildPatent } from '../../../test/factories.js';
import { isInForceOn, ymdDates } from './in-force.js';
import { inForceCondition, patentDateColumns } from './in-force-sql.js';
import { inForceDatesOf, legalStateOn, type LegalDates } from './legal-status.js';
import { LEGAL_STATE_BY_CODE, legalCondition, legalStateCode } from './search/facts-sql.js';

// The in-force rule and its SQL twins agree on random legal histories, on this database: the patents
// table (ISO text dates), the search facts table (yyyymmdd integers) and the snapshots' typed arrays.

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

const day = (n: number) => new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
const ymd = (d: string | null) => (d ? Number(d.replaceAll('-', '')) : 0);
/** A date between 2000 and ~2045 (terms run 10–20 years from filing). */
const date = fc.integer({ min: 0, max: 16_500 }).map(day);

const TERMINATING = ['lapse', 'invalidation', 'surrender', 'rejected', 'withdrawn'] as const;
/** One patent's history: type, filing date (or none), grant (or none), terminations and restorations. */
const history = fc.record({
  kind: fc.constantFrom('invention', 'utility', 'design'),
  appDate: fc.option(date, { nil: null, freq: 3 }),
  grantDate: fc.option(date, { nil: null, freq: 3 }),
  events: fc.array(fc.record({ kind: fc.constantFrom(...TERMINATING, 'restoration', 'restoration', 'licence'), date }), { maxLength: 4 }),
});

describe('in force on a date: the predicate and its SQL twin', () => {
  it('agree on random event histories (grant, lapse, restoration, invalidation, expiry, missing dates)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(history, { minLength: 1, maxLength: 6 }), fc.array(date, { minLength: 1, maxLength: 4 }), async (patents, dates) => {
        const ids: number[] = [];
        for (const p of patents) ids.push((await buildPatent(env.ctx, p)).id);
        const rows: (LegalDates & { id: number })[] = await env.ctx.db
          .selectFrom('patents')
          .select(['id', 'app_date', 'grant_date', 'expires_on', 'terminated_on'])
          .where('id', 'in', ids)
          .orderBy('id')
          .execute();
        for (const d of dates) {
          const expected = rows.filter((r) => isInForceOn(inForceDatesOf(r), d)).map((r) => r.id);
          // The patents table, ISO text.
          const viaSql = await env.ctx.db
            .selectFrom('patents as p')
            .select('p.id')
            .where('p.id', 'in', ids)
            .where(inForceCondition(patentDateColumns('p'), d))
            .orderBy('p.id')
            .execute();
          expect(
            viaSql.map((r) => Number(r.id)),
            `in force on ${d}`,
          ).toEqual(expected);
          // The snapshots' yyyymmdd arrays (0 = none).
          expect(rows.filter((r) => isInForceOn(ymdDates(ymd(r.grant_date), ymd(r.terminated_on), ymd(r.expires_on)), ymd(d))).map((r) => r.id)).toEqual(
            expected,
          );
          // The search's legal state on the facts table (yyyymmdd), state by state.
          const states = await env.ctx.db
            .selectFrom('patent_search_facts as s')
            .select(['s.id', legalStateCode(ymd(d)).as('code')])
            .where('s.id', 'in', ids)
            .orderBy('s.id')
            .execute();
          expect(
            states.map((r) => [Number(r.id), LEGAL_STATE_BY_CODE[Number(r.code)]]),
            `legal state on ${d}`,
          ).toEqual(rows.map((r) => [r.id, legalStateOn(r, d)]));
          // The search's filter (LS=有效/失效/审中/未知), state by state.
          for (const state of LEGAL_STATE_BY_CODE) {
            const hits = await env.ctx.db
              .selectFrom('patent_search_facts as s')
              .select('s.id')
              .where('s.id', 'in', ids)
              .where(legalCondition(state, ymd(d)))
              .orderBy('s.id')
              .execute();
            expect(
              hits.map((r) => Number(r.id)),
              `LS=${state} on ${d}`,
            ).toEqual(rows.filter((r) => legalStateOn(r, d) === state).map((r) => r.id));
          }
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('counts no patent whose term end is unknown, and says why in its state', async () => {
    const p = await buildPatent(env.ctx, { appDate: null, grantDate: '2021-05-01' });
    const row = await env.ctx.db
      .selectFrom('patents')
      .select(['app_date', 'grant_date', 'expires_on', 'terminated_on'])
      .where('id', '=', p.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ app_date: null, expires_on: null });
    expect(isInForceOn(inForceDatesOf(row), '2024-01-01')).toBe(false);
    expect(legalStateOn(row, '2024-01-01')).toBe('unknown');
    expect(legalStateOn(row, '2020-01-01')).toBe('pending');
    expect(legalStateOn({ ...row, terminated_on: '2023-02-01' }, '2024-01-01')).toBe('lapsed');
  });
});
