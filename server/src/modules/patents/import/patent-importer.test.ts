import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../../test/harness.js';
import { buildOrg } from '../../../../test/factories.js';
import { legalStateOn } from '../legal-status.js';
import { auditRows, count, runJob } from './import-test-helpers.js';
import { findImportJob } from './jobs.js';
import { importPatents } from './patent-importer.js';
import { openRowSource } from './readers.js';
import { hasSharedData } from '../../../../test/shared-data.js';

const present = hasSharedData('importing the real sample export and title list', ['cn-patents-full-sample.json', 'cn-patent-titles.csv']);

let env: TestEnv;
let dataDir: string;
const tmp = mkdtempSync(path.join(tmpdir(), 'zc-import-'));
beforeAll(async () => {
  // Henan (41) besides Shandong: the sample's applicant sits in Zhengzhou.
  env = await createTestEnv({ REGION_PROVINCES: '37,41' });
  dataDir = env.ctx.config.referenceDataDir ?? '';
});
afterAll(async () => {
  await env.close();
  rmSync(tmp, { recursive: true, force: true });
});

const importFile = (file: string, asOf = '2024-01-01', batchSize?: number) =>
  runJob(env.ctx, 'patents', (jobId, actor) => importPatents(env.ctx, openRowSource(file), { jobId, actor, asOf, batchSize }));

describe.skipIf(!present)('importing the real sample export (cn-patents-full-sample.json)', () => {
  it('stores every field of a record, its parties, IPC rows, events and derived legal state', async () => {
    const { ctx } = env;
    await buildOrg(ctx, { kind: 'enterprise', name: '中科大数据研究院', region: '370811' });
    const { jobId, result } = await importFile(path.join(dataDir, 'cn-patents-full-sample.json'));
    expect(result).toMatchObject({ rows: 10, inserted: 10, updated: 0, rejected: 0 });

    const p = await ctx.db.selectFrom('patents').selectAll().where('app_no', '=', 'CN202211359874.7').executeTakeFirstOrThrow();
    expect(p).toMatchObject({
      kind: 'invention',
      pub_no: 'CN115883397A',
      grant_no: 'CN115883397B',
      app_date: '2022-11-02',
      grant_date: '2024-04-05',
      region_code: '410100',
    });
    expect(p).toMatchObject({
      main_ipc: 'H04L43/02',
      expires_on: '2042-11-02',
      terminated_on: null,
      source_status: '有权-审定授权',
      title: '一种web端数据通用采集方法',
    });
    expect(JSON.parse(p.ipc)).toEqual(['H04L43/02', 'H04L9/40', 'H04L67/025']);
    expect(legalStateOn(p, '2024-01-01')).toBe('pending');
    expect(legalStateOn(p, '2024-04-05')).toBe('effective');

    const parties = await ctx.db.selectFrom('patent_parties').selectAll().where('patent_id', '=', p.id).orderBy('role').orderBy('seq').execute();
    expect(parties.map((x) => [x.role, x.seq, x.name])).toEqual([
      ['applicant', 1, '中科大数据研究院'],
      ['holder', 1, '中科大数据研究院'],
      ['inventor', 1, '李玺'],
      ['inventor', 2, '康锐文'],
      ['inventor', 3, '冯凯'],
      ['inventor', 4, '王元卓'],
    ]);
    expect(parties.find((x) => x.role === 'holder')?.org_id).not.toBeNull();
    const ipc = await ctx.db.selectFrom('patent_ipc').select(['code', 'is_main']).where('patent_id', '=', p.id).orderBy('code').execute();
    expect(ipc).toEqual([
      { code: 'H04L43/02', is_main: 1 },
      { code: 'H04L67/025', is_main: 0 },
      { code: 'H04L9/40', is_main: 0 },
    ]);
    const events = await ctx.db.selectFrom('patent_events').select(['kind', 'event_date']).where('patent_id', '=', p.id).orderBy('event_date').execute();
    expect(events).toEqual([
      { kind: 'examination', event_date: '2023-04-18' },
      { kind: 'grant', event_date: '2024-04-05' },
    ]);

    const utility = await ctx.db.selectFrom('patents').selectAll().where('app_no', '=', 'CN202223220665.2').executeTakeFirstOrThrow();
    expect(utility).toMatchObject({ kind: 'utility', grant_date: '2023-03-28', expires_on: '2032-12-02' });
    const pending = await ctx.db.selectFrom('patents').selectAll().where('app_no', '=', 'CN202211740332.4').executeTakeFirstOrThrow();
    expect(legalStateOn(pending, '2024-01-01')).toBe('pending');

    expect(await findImportJob(ctx.db, jobId)).toMatchObject({ status: 'done', total_rows: 10, inserted: 10, updated: 0, rejected: 0 });
    const audits = (await auditRows(ctx, 'patent.import_batch')).filter((a) => a.entity_id === String(jobId));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ entity_type: 'import_job' });
    expect(JSON.parse(audits[0]?.after_json ?? '{}')).toMatchObject({ rows: 10, inserted: 10, updated: 0 });
  });

  it('imports it again as updates: same rows, no duplicates', async () => {
    const { ctx } = env;
    const before = {
      patents: await count(ctx, 'patents'),
      parties: await count(ctx, 'patent_parties'),
      ipc: await count(ctx, 'patent_ipc'),
      events: await count(ctx, 'patent_events'),
    };
    const { jobId, result } = await importFile(path.join(dataDir, 'cn-patents-full-sample.json'));
    expect(result).toMatchObject({ rows: 10, inserted: 0, updated: 10, rejected: 0 });
    expect({
      patents: await count(ctx, 'patents'),
      parties: await count(ctx, 'patent_parties'),
      ipc: await count(ctx, 'patent_ipc'),
      events: await count(ctx, 'patent_events'),
    }).toEqual(before);
    expect(await findImportJob(ctx.db, jobId)).toMatchObject({ total_rows: 10, inserted: 0, updated: 10 });
  });
});

describe.skipIf(!present)('importing the real title list (cn-patent-titles.csv)', () => {
  it('accepts all 9,740 rows, one audit row per batch of 4,000', { timeout: 120_000 }, async () => {
    const { ctx } = env;
    const { jobId, result } = await importFile(path.join(dataDir, 'cn-patent-titles.csv'));
    expect(result).toMatchObject({ rows: 9740, rejected: 0, batches: 3 });
    expect(result.inserted + result.updated).toBe(9740);
    expect((await auditRows(ctx, 'patent.import_batch')).filter((a) => a.entity_id === String(jobId))).toHaveLength(3);
    const p = await ctx.db.selectFrom('patents').selectAll().where('pub_no', '=', 'CN215792497U').executeTakeFirstOrThrow();
    expect(p).toMatchObject({
      app_no: 'PNCN215792497U',
      kind: 'utility',
      grant_no: 'CN215792497U',
      // No filing date in a title list: none is invented, so no term end follows and the state is unknown.
      app_date: null,
      expires_on: null,
      title: '一种膜纸自动化印刷技术生产线结构',
    });
    expect(legalStateOn(p, '2024-01-01')).toBe('unknown');
    const again = await importFile(path.join(dataDir, 'cn-patent-titles.csv'), '2024-06-30');
    expect(again.result).toMatchObject({ rows: 9740, inserted: 0, rejected: 0 });
    // An undated grant is not dated again by a later import's as-of date.
    expect(await ctx.db.selectFrom('patents').select('grant_date').where('id', '=', p.id).executeTakeFirstOrThrow()).toEqual({ grant_date: '2024-01-01' });
    expect(await ctx.db.selectFrom('patent_events').select('kind').where('patent_id', '=', p.id).execute()).toEqual([{ kind: 'grant' }]);
  });
});

describe.skipIf(!present)('terminations', () => {
  it('dates an unpaid-fee lapse from the fee due date before 法律状态公告日 (细则 art. 115), else by the as-of date, once', async () => {
    const { ctx } = env;
    const file = path.join(tmp, 'lapse.csv');
    writeFileSync(
      file,
      '申请号,专利名称,申请日,授权公告日,专利类型,法律状态,法律状态公告日\nCN201810000001.1,甲,20180101,20200101,发明授权,无权-未缴年费,20230301\nCN201820000002.2,乙,20180101,20190101,实用新型,无权-未缴年费,\n',
    );
    await importFile(file, '2024-01-01');
    await importFile(file, '2024-06-30');
    const rows = await ctx.db
      .selectFrom('patents')
      .select(['app_no', 'terminated_on'])
      .where('app_no', 'in', ['CN201810000001.1', 'CN201820000002.2'])
      .orderBy('app_no')
      .execute();
    expect(rows).toEqual([
      // Announced 2023-03-01: the unpaid fee is the 5th year's, due on the filing anniversary 2022-01-01.
      { app_no: 'CN201810000001.1', terminated_on: '2022-01-01' },
      { app_no: 'CN201820000002.2', terminated_on: '2024-01-01' },
    ]);
    const lapses = await ctx.db
      .selectFrom('patent_events as e')
      .innerJoin('patents as p', 'p.id', 'e.patent_id')
      .select(['e.summary'])
      .where('p.app_no', '=', 'CN201820000002.2')
      .where('e.kind', '=', 'lapse')
      .execute();
    expect(lapses).toHaveLength(1);
    expect(lapses[0]?.summary).toContain('按导入基准日 2024-01-01 记');
  });
});
