import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { inForceCondition, patentDateColumns } from './in-force-sql.js';
import { isInForceOn } from './in-force.js';
import { inForceDatesOf, legalStateOn, type LegalState } from './legal-status.js';
import { LEGAL_STATE_BY_CODE, legalStateCode } from './search/facts-sql.js';
import { rowsOf, runJob } from './import/import-test-helpers.js';
import { importPatents } from './import/patent-importer.js';

// Worked examples of the legal-status rules (Patent Law 2020 art. 42; Implementing Rules 2023 arts. 77–84,
// 115), from the source's status text to the state on a date. Each example is imported as a registry export
// would carry it, then read three ways that must agree: the TypeScript rule on the stored row, its SQL twin
// on the patents table and the search's legal state on its facts table — on this database (SQLite, or
// PostgreSQL with DATABASE_URL).

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

type Row = Record<string, string | number>;
let seq = 0;
/** Imports one record and returns its application number. */
async function importOne(row: Row, asOf = '2026-11-30'): Promise<string> {
  seq += 1;
  const kindDigit = row['专利类型'] === '外观设计' ? '3' : row['专利类型'] === '实用新型' ? '2' : '1';
  const appNo = `CN${String(row['申请日']).slice(0, 4)}${kindDigit}${String(1_000_000 + seq).slice(1)}00.${seq % 10}`;
  const { result } = await runJob(env.ctx, 'patents', (jobId, actor) =>
    importPatents(env.ctx, rowsOf([{ 申请号: appNo, 专利名称: `法律状态示例${seq}`, 申请人: '示例公司', ...row }]), { jobId, actor, asOf }),
  );
  expect(result, JSON.stringify(row)).toMatchObject({ rejected: 0 });
  return appNo;
}

/** The state on a date read three ways; they must agree, and the agreed state is returned. */
async function stateOn(appNo: string, date: string): Promise<LegalState> {
  const p = await env.ctx.db
    .selectFrom('patents')
    .select(['id', 'app_date', 'grant_date', 'expires_on', 'terminated_on'])
    .where('app_no', '=', appNo)
    .executeTakeFirstOrThrow();
  const viaTs = legalStateOn(p, date);
  const viaSql = await env.ctx.db
    .selectFrom('patents as p')
    .select('p.id')
    .where('p.id', '=', p.id)
    .where(inForceCondition(patentDateColumns('p'), date))
    .execute();
  expect(viaSql.length === 1, `SQL in force on ${date}`).toBe(isInForceOn(inForceDatesOf(p), date));
  const facts = await env.ctx.db
    .selectFrom('patent_search_facts as s')
    .select(legalStateCode(Number(date.replaceAll('-', ''))).as('code'))
    .where('s.id', '=', p.id)
    .executeTakeFirstOrThrow();
  expect(LEGAL_STATE_BY_CODE[Number(facts.code)], `search's legal state on ${date}`).toBe(viaTs);
  return viaTs;
}

async function patentRow(appNo: string) {
  return env.ctx.db.selectFrom('patents').select(['id', 'expires_on', 'terminated_on']).where('app_no', '=', appNo).executeTakeFirstOrThrow();
}

describe('legal status follows the rules: worked examples', () => {
  it('an invention filed 2004-03-01 is in force on 2024-02-29 and lapsed on 2024-03-01 (20-year term)', async () => {
    const a = await importOne({ 专利类型: '发明', 申请日: '2004-03-01', 授权公告日: '2008-01-09', 法律状态: '无权-期限届满' });
    expect(await stateOn(a, '2024-02-29')).toBe('effective');
    expect(await stateOn(a, '2024-03-01')).toBe('lapsed');
  });

  it('a design filed 2021-05-31 lapses on 2031-05-31; one filed 2021-06-01 is in force on 2036-05-31 (10 → 15 years)', async () => {
    const before = await importOne({ 专利类型: '外观设计', 申请日: '2021-05-31', 授权公告日: '2021-10-12', 法律状态: '有权' });
    expect(await stateOn(before, '2031-05-30')).toBe('effective');
    expect(await stateOn(before, '2031-05-31')).toBe('lapsed');
    const after = await importOne({ 专利类型: '外观设计', 申请日: '2021-06-01', 授权公告日: '2021-10-12', 法律状态: '有权' });
    expect(await stateOn(after, '2036-05-31')).toBe('effective');
    expect(await stateOn(after, '2036-06-01')).toBe('lapsed');
  });

  it('an 11th-year fee unpaid on a patent filed 2015-03-10 ends it from 2025-03-10, though announced on 2026-06-20', async () => {
    const a = await importOne({
      专利类型: '发明',
      申请日: '2015-03-10',
      授权公告日: '2018-05-04',
      法律状态: '未缴年费专利权终止',
      法律状态公告日: '2026-06-20',
    });
    expect((await patentRow(a)).terminated_on).toBe('2025-03-10');
    expect(await stateOn(a, '2025-03-09')).toBe('effective');
    expect(await stateOn(a, '2025-03-10')).toBe('lapsed');
    expect(await stateOn(a, '2026-01-01')).toBe('lapsed');
    // A status naming the unpaid year dates it exactly; a source's 失效日 is taken as given.
    const named = await importOne({
      专利类型: '发明',
      申请日: '2015-03-10',
      授权公告日: '2018-05-04',
      法律状态: '第11年度年费未缴，专利权终止',
      法律状态公告日: '2027-01-15',
    });
    expect((await patentRow(named)).terminated_on).toBe('2025-03-10');
    const stated = await importOne({ 专利类型: '发明', 申请日: '2015-03-10', 授权公告日: '2018-05-04', 法律状态: '无权-未缴年费', 失效日: '2024-03-10' });
    expect((await patentRow(stated)).terminated_on).toBe('2024-03-10');
  });

  it('"未缴年费专利权终止，等恢复" counts as lapsed; after the restoration (恢复) it is in force again', async () => {
    const row = { 专利类型: '发明', 申请日: '2016-07-01', 授权公告日: '2019-02-01' };
    const a = await importOne({ ...row, 法律状态: '未缴年费专利权终止，等恢复', 法律状态公告日: '2024-09-20' });
    expect((await patentRow(a)).terminated_on).toBe('2023-07-01');
    expect(await stateOn(a, '2023-06-30')).toBe('effective');
    expect(await stateOn(a, '2024-10-01')).toBe('lapsed');
    // The next export announces the restoration: in force again from then on.
    await importOne({ ...row, 申请号: a, 法律状态: '专利权的恢复', 法律状态公告日: '2024-11-15' });
    expect((await patentRow(a)).terminated_on).toBeNull();
    expect(await stateOn(a, '2024-12-01')).toBe('effective');
  });

  it('"无权", "失效" and "专利权的终止" are lapses dated by the status', async () => {
    for (const status of ['无权', '失效', '专利权的终止']) {
      const a = await importOne({ 专利类型: '发明', 申请日: '2012-04-01', 授权公告日: '2015-01-01', 法律状态: status, 法律状态公告日: '2022-05-06' });
      expect(await stateOn(a, '2022-05-05'), status).toBe('effective');
      expect(await stateOn(a, '2022-05-06'), status).toBe('lapsed');
    }
  });

  it('"开放许可声明的撤回" withdraws a declaration, not the application: the patent stays in force', async () => {
    const a = await importOne({
      专利类型: '发明',
      申请日: '2019-01-01',
      授权公告日: '2021-01-01',
      法律状态: '有权-开放许可声明的撤回',
      法律状态公告日: '2025-02-01',
    });
    expect(await stateOn(a, '2025-06-01')).toBe('effective');
    const kinds = await env.ctx.db
      .selectFrom('patent_events as e')
      .innerJoin('patents as p', 'p.id', 'e.patent_id')
      .select('e.kind')
      .where('p.app_no', '=', a)
      .execute();
    expect(kinds.map((k) => k.kind)).not.toContain('withdrawn');
    // A withdrawn application still is one.
    const w = await importOne({ 专利类型: '发明', 申请日: '2019-01-01', 法律状态: '无权-撤回', 法律状态公告日: '2020-06-01' });
    expect(await stateOn(w, '2020-06-01')).toBe('lapsed');
  });

  it('"有权-部分无效" stays in force', async () => {
    const a = await importOne({ 专利类型: '发明', 申请日: '2014-08-01', 授权公告日: '2017-03-01', 法律状态: '有权-部分无效', 法律状态公告日: '2023-04-01' });
    expect(await stateOn(a, '2024-01-01')).toBe('effective');
  });

  it('a drug patent filed 2006-05-01 with 2 years of term compensation is in force on 2026-06-01', async () => {
    const a = await importOne({
      专利类型: '发明',
      申请日: '2006-05-01',
      授权公告日: '2010-09-01',
      法律状态: '有权-专利权期限补偿',
      法律状态公告日: '2024-12-20',
      期限补偿天数: 730,
    });
    expect((await patentRow(a)).expires_on).toBe('2028-04-30');
    expect(await stateOn(a, '2026-06-01')).toBe('effective');
    expect(await stateOn(a, '2028-04-30')).toBe('lapsed');
    // The days may come in the status text itself.
    const b = await importOne({
      专利类型: '发明',
      申请日: '2006-05-01',
      授权公告日: '2010-09-01',
      法律状态: '专利权期限补偿（补偿730天）',
      法律状态公告日: '2024-12-20',
    });
    expect(await stateOn(b, '2026-06-01')).toBe('effective');
  });
});

describe('histories imported before these rules are repaired (migration 0107)', () => {
  it('re-dates an announced unpaid-fee lapse, removes a "等恢复" restoration, and un-withdraws an open-licence withdrawal', async () => {
    const { buildPatent } = await import('../../../test/factories.js');
    const { up } = await import('../../db/migrations/0107-legal-status-repair.js');
    const at = new Date().toISOString();
    const fee = await buildPatent(env.ctx, { appDate: '2015-03-10', grantDate: '2018-05-04' });
    const waiting = await buildPatent(env.ctx, { appDate: '2016-07-01', grantDate: '2019-02-01' });
    const open = await buildPatent(env.ctx, { appDate: '2019-01-01', grantDate: '2021-01-01' });
    const old = (patent_id: number, kind: string, event_date: string, summary: string, details: string) => ({
      patent_id,
      kind,
      event_date,
      summary,
      details,
      source: 'import:1',
      created_at: at,
    });
    await env.ctx.db
      .insertInto('patent_events')
      .values([
        old(fee.id, 'lapse', '2026-06-20', '未缴年费专利权终止', '未缴年费专利权终止'),
        old(waiting.id, 'lapse', '2024-09-20', '未缴年费专利权终止', '未缴年费专利权终止，等恢复'),
        old(waiting.id, 'restoration', '2024-09-20', '权利恢复', '未缴年费专利权终止，等恢复'),
        old(open.id, 'withdrawn', '2025-02-01', '申请撤回', '有权-开放许可声明的撤回'),
      ])
      .execute();
    // As the old importer left them: lapsed from the announcement, in force, withdrawn.
    await env.ctx.db.updateTable('patents').set({ terminated_on: '2026-06-20' }).where('id', '=', fee.id).execute();
    await env.ctx.db.updateTable('patents').set({ terminated_on: '2025-02-01' }).where('id', '=', open.id).execute();
    await up(env.ctx.db as never);
    const rows = await env.ctx.db
      .selectFrom('patents')
      .select(['id', 'app_no', 'terminated_on'])
      .where('id', 'in', [fee.id, waiting.id, open.id])
      .orderBy('id')
      .execute();
    expect(rows.map((r) => r.terminated_on)).toEqual(['2025-03-10', '2023-07-01', null]);
    expect(await stateOn(rows[0]?.app_no ?? '', '2025-06-01')).toBe('lapsed');
    expect(await stateOn(rows[1]?.app_no ?? '', '2024-10-01')).toBe('lapsed');
    expect(await stateOn(rows[2]?.app_no ?? '', '2025-06-01')).toBe('effective');
  });
});
