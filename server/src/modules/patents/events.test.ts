import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { buildPatent } from '../../../test/factories.js';
import { backfillPledges } from '../../db/migrations/0016-patent-pledges.js';
import { assessPatent } from '../high-value/api.js';
import { findPledges, recordPatentEvents } from './api.js';

describe('patent events (licence, transfer, pledge, preservation) through the typed API', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
  });
  afterAll(() => env.close());

  const record = (events: Parameters<typeof recordPatentEvents>[2]) => env.ctx.db.transaction().execute((trx) => recordPatentEvents(env.ctx, trx, events));
  const events = (patentId: number) =>
    env.ctx.db
      .selectFrom('patent_events')
      .select(['kind', 'event_date', 'summary', 'details', 'source', 'authority', 'authority_no', 'authority_date'])
      .where('patent_id', '=', patentId)
      .orderBy('id')
      .execute();
  const maxPledge = async (patentId: number) =>
    Number(
      (await env.ctx.db.selectFrom('patent_value_facts').select('max_pledge_amount').where('patent_id', '=', patentId).executeTakeFirstOrThrow())
        .max_pledge_amount,
    );

  it('records the acting authority with each event, once however often it is recorded', async () => {
    const p = await buildPatent(env.ctx);
    const transfer = {
      patentId: p.id,
      date: '2023-05-01',
      kind: 'transfer' as const,
      summary: '转让合同备案 BA2023370811000001',
      details: { filingNo: 'BA2023370811000001' },
      authority: { kind: 'bureau' as const, number: 'BA2023370811000001', date: '2023-05-08' },
    };
    await record([transfer]);
    await record([transfer]);
    await record([
      { patentId: p.id, date: '2023-06-01', kind: 'preservation', summary: '财产保全', authority: { kind: 'court', number: '(2023)鲁08执保12号' } },
    ]);
    expect((await events(p.id)).filter((e) => e.kind !== 'grant')).toEqual([
      {
        kind: 'transfer',
        event_date: '2023-05-01',
        summary: '转让合同备案 BA2023370811000001',
        details: JSON.stringify({ filingNo: 'BA2023370811000001' }),
        source: 'platform',
        authority: 'bureau',
        authority_no: 'BA2023370811000001',
        authority_date: '2023-05-08',
      },
      {
        kind: 'preservation',
        event_date: '2023-06-01',
        summary: '财产保全',
        details: null,
        source: 'platform',
        authority: 'court',
        authority_no: '(2023)鲁08执保12号',
        authority_date: '2023-06-01',
      },
    ]);
  });

  it('keeps the typed pledge register: registration, change, release; high-value reads the amount from it', async () => {
    const p = await buildPatent(env.ctx, { ipc: ['G06F16/00'] });
    const cnipa = (number: string) => ({ kind: 'cnipa' as const, number });
    await record([
      {
        patentId: p.id,
        date: '2022-03-01',
        kind: 'pledge',
        summary: '质押登记 Y2022000001',
        pledge: { pledgee: '济宁银行', amount: 3_000_000 },
        authority: cnipa('Y2022000001'),
      },
      {
        patentId: p.id,
        date: '2022-04-01',
        kind: 'pledge',
        summary: '质押登记 Y2022000002',
        pledge: { pledgee: '邹城农商行', amount: 1_000_000 },
        authority: cnipa('Y2022000002'),
      },
    ]);
    expect(await maxPledge(p.id)).toBe(3_000_000);
    await record([
      {
        patentId: p.id,
        date: '2022-09-01',
        kind: 'pledge_change',
        summary: '质押变更 Y2022000002',
        pledge: { amount: 12_000_000 },
        authority: cnipa('Y2022000002'),
      },
    ]);
    await record([{ patentId: p.id, date: '2023-03-01', kind: 'pledge_release', summary: '质押注销 Y2022000001', authority: cnipa('Y2022000001') }]);
    expect(await findPledges(env.ctx.db, [p.id])).toEqual([
      expect.objectContaining({
        pledgee: '济宁银行',
        amount: 3_000_000,
        currency: 'CNY',
        registered_on: '2022-03-01',
        authority: 'cnipa',
        authority_no: 'Y2022000001',
        ended_on: '2023-03-01',
      }),
      expect.objectContaining({ pledgee: '邹城农商行', amount: 12_000_000, registered_on: '2022-04-01', authority_no: 'Y2022000002', ended_on: null }),
    ]);
    // The criterion counts the highest amount ever secured (10,000,000 yuan by default).
    expect(await maxPledge(p.id)).toBe(12_000_000);
    expect((await assessPatent(env.ctx, p.id, '2024-01-01')).criteria.find((c) => c.criterion === 'high_pledge')?.met).toBe(true);
  });

  it('does not count a pledge in another currency against the yuan threshold', async () => {
    const p = await buildPatent(env.ctx, { ipc: ['G06F16/00'] });
    await record([
      {
        patentId: p.id,
        date: '2022-03-01',
        kind: 'pledge',
        summary: '质押登记',
        pledge: { pledgee: 'HSBC', amount: 50_000_000, currency: 'USD' },
        authority: { kind: 'cnipa', number: null },
      },
    ]);
    expect(await maxPledge(p.id)).toBe(0);
  });

  it('migration 0016 carries pledge events recorded as JSON over into the register, ended by later releases', async () => {
    const p = await buildPatent(env.ctx);
    const at = '2021-01-01T00:00:00.000Z';
    const raw = (event_date: string, kind: string, details: string | null) => ({
      patent_id: p.id,
      event_date,
      kind,
      summary: `${kind} ${event_date}`,
      details,
      source: 'import',
      created_at: at,
    });
    await env.ctx.db
      .insertInto('patent_events')
      .values([
        raw('2020-01-01', 'pledge', JSON.stringify({ amount: 2_500_000, pledgee: '工商银行济宁分行', registrationNo: 'Y2020000009' })),
        raw('2020-06-01', 'pledge', '质押（来源文本，非 JSON）'),
        raw('2021-01-01', 'pledge_release', null),
      ])
      .execute();
    await backfillPledges(env.ctx.db as unknown as Kysely<unknown>);
    await backfillPledges(env.ctx.db as unknown as Kysely<unknown>);
    expect(await findPledges(env.ctx.db, [p.id])).toEqual([
      expect.objectContaining({
        pledgee: '工商银行济宁分行',
        amount: 2_500_000,
        currency: 'CNY',
        registered_on: '2020-01-01',
        authority: 'cnipa',
        authority_no: 'Y2020000009',
        ended_on: '2021-01-01',
      }),
      expect.objectContaining({ pledgee: '', amount: 0, registered_on: '2020-06-01', authority_no: null, ended_on: null }),
    ]);
  });
});
