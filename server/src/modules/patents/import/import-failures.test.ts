import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../../test/harness.js';
import { buildOrg } from '../../../../test/factories.js';
import { onPatentsWritten } from '../write-hooks.js';
import { auditRows, count, errorReport, rowsOf, runJob } from './import-test-helpers.js';
import { findImportJob } from './jobs.js';
import { importPatents } from './patent-importer.js';
import { openRowSource } from './readers.js';

let env: TestEnv;
const tmp = mkdtempSync(path.join(tmpdir(), 'zc-import-'));
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(async () => {
  await env.close();
  rmSync(tmp, { recursive: true, force: true });
});

const HEADER = ['申请号', '专利名称', '申请日', '专利类型', '申请人', '申请人地址', '统一社会信用代码'];
const ROWS = [
  ['CN202310000001.1', '一种好装置', '20230105', '发明公开', '济宁甲公司', '山东省济宁市任城区', ''],
  ['', '缺申请号的装置', '20230105', '发明公开', '济宁甲公司', '', ''],
  ['CN202320000002.2', '日期错的装置', '2022-13-45', '实用新型', '济宁乙公司', '', ''],
  ['CN202320000003.3', '另一个好装置', '2023/1/7', '实用新型', '济宁乙公司', '山东省邹城市', ''],
  ['CN202330000004.4', '类型错的设计', '2023.01.08', '商标', '济宁丙公司', '', ''],
];
const importFile = (file: string, batchSize = 2) =>
  runJob(env.ctx, 'patents', (jobId, actor) => importPatents(env.ctx, openRowSource(file), { jobId, actor, asOf: '2024-01-01', batchSize }));

async function expectBadRowsRejected(jobId: number, result: { rows: number; inserted: number; updated: number; rejected: number }) {
  expect(result).toMatchObject({ rows: 5, rejected: 3 });
  expect(result.inserted + result.updated).toBe(2);
  expect(await errorReport(env.ctx, jobId)).toEqual([
    ['行号', '原因', '原始数据'],
    ['3', '缺少申请号', expect.stringContaining('缺申请号的装置')],
    ['4', '申请日格式不正确：2022-13-45', expect.stringContaining('日期错的装置')],
    ['6', '专利类型无法识别：商标', expect.stringContaining('类型错的设计')],
  ]);
  expect(await findImportJob(env.ctx.db, jobId)).toMatchObject({ total_rows: 5, inserted: result.inserted, updated: result.updated, rejected: 3 });
}

describe('rejected rows', () => {
  it('CSV: bad rows are rejected with reasons while good rows land, in every batch', async () => {
    const file = path.join(tmp, 'bad.csv');
    writeFileSync(file, [HEADER, ...ROWS].map((r) => r.join(',')).join('\n'));
    const { jobId, result } = await importFile(file);
    await expectBadRowsRejected(jobId, result);
    const good = await env.ctx.db.selectFrom('patents').select(['app_no', 'region_code', 'app_date']).orderBy('app_no').execute();
    expect(good).toEqual([
      { app_no: 'CN202310000001.1', region_code: '370811', app_date: '2023-01-05' },
      { app_no: 'CN202320000003.3', region_code: '370883', app_date: '2023-01-07' },
    ]);
    expect((await auditRows(env.ctx, 'patent.import_batch')).filter((a) => a.entity_id === String(jobId))).toHaveLength(3);
  });

  it('XLSX: the same rows in a spreadsheet give the same outcome', async () => {
    const file = path.join(tmp, 'bad.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(HEADER);
    for (const r of ROWS) ws.addRow(r);
    await wb.xlsx.writeFile(file);
    const { jobId, result } = await importFile(file);
    await expectBadRowsRejected(jobId, result);
    // The CSV test stored the same two good rows: this time they are updates.
    expect(result).toMatchObject({ inserted: 0, updated: 2 });
  });
});

describe('organisation links', () => {
  it('links holders by credit code, else by exact name', async () => {
    const { ctx } = env;
    const byName = await buildOrg(ctx, { kind: 'enterprise', name: '济宁名称公司' });
    const byCode = await buildOrg(ctx, { kind: 'enterprise', name: '济宁信用代码公司（曾用名不同）' });
    const org = await ctx.db.selectFrom('organisations').select('credit_code').where('id', '=', byCode.id).executeTakeFirstOrThrow();
    const rows = [
      { 申请号: 'CN202310000011.1', 专利名称: '甲', 申请日: 20230101, 专利类型: '发明公开', 申请人: '济宁名称公司' },
      { 申请号: 'CN202310000012.2', 专利名称: '乙', 申请日: 20230101, 专利类型: '发明公开', 申请人: '济宁信用代码公司', 统一社会信用代码: org.credit_code },
    ];
    await runJob(ctx, 'patents', (jobId, actor) => importPatents(ctx, rowsOf(rows), { jobId, actor }));
    const holders = await ctx.db
      .selectFrom('patent_parties as pp')
      .innerJoin('patents as p', 'p.id', 'pp.patent_id')
      .select(['p.app_no', 'pp.org_id'])
      .where('pp.role', '=', 'holder')
      .where('p.app_no', 'in', ['CN202310000011.1', 'CN202310000012.2'])
      .orderBy('p.app_no')
      .execute();
    expect(holders.map((h) => Number(h.org_id))).toEqual([byName.id, byCode.id]);
  });
});

describe('a batch whose write fails', () => {
  let failOn: string | null = null;
  onPatentsWritten(async (_ctx, trx, ids) => {
    const rows = await trx
      .selectFrom('patents')
      .select('app_no')
      .where('id', 'in', [...ids])
      .execute();
    if (failOn && rows.some((r) => r.app_no === failOn)) throw new Error('search index unavailable');
  });

  it('rolls back entirely: no half-written patent, no counters, no audit row; earlier batches stay', async () => {
    const { ctx } = env;
    const before = {
      patents: await count(ctx, 'patents'),
      parties: await count(ctx, 'patent_parties'),
      events: await count(ctx, 'patent_events'),
      errors: await count(ctx, 'import_errors'),
    };
    failOn = 'CN202410000003.3';
    const row = (appNo: string, title: string) => ({
      申请号: appNo,
      专利名称: title,
      申请日: 20240101,
      专利类型: '发明授权',
      授权公告日: 20240301,
      申请人: '甲',
      发明人: '张三;李四',
    });
    // Batches of two: [1, 2] commits; [3, bad row] fails in the hook; [4] is never reached.
    const rows = [
      row('CN202410000001.1', '装置1'),
      row('CN202410000002.2', '装置2'),
      row('CN202410000003.3', '装置3'),
      row('', '坏行'),
      row('CN202410000004.4', '装置4'),
    ];
    const run = runJob(ctx, 'patents', (jobId, actor) => importPatents(ctx, rowsOf(rows), { jobId, actor, batchSize: 2 }));
    await expect(run).rejects.toThrow('search index unavailable');
    failOn = null;
    const job = await ctx.db.selectFrom('import_jobs').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(job).toMatchObject({ status: 'failed', message: 'search index unavailable', total_rows: 2, inserted: 2, rejected: 0 });
    const stored = await ctx.db.selectFrom('patents').select('app_no').where('app_no', 'like', 'CN20241%').orderBy('app_no').execute();
    expect(stored.map((s) => s.app_no)).toEqual(['CN202410000001.1', 'CN202410000002.2']);
    expect(await count(ctx, 'patents')).toBe(before.patents + 2);
    expect(await count(ctx, 'patent_parties')).toBe(before.parties + 2 * 4);
    expect(await count(ctx, 'patent_events')).toBe(before.events + 2);
    expect(await count(ctx, 'import_errors')).toBe(before.errors);
    expect((await auditRows(ctx, 'patent.import_batch')).filter((a) => a.entity_id === String(job.id))).toHaveLength(1);
  });
});
