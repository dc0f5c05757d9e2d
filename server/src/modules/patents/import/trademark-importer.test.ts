import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../../test/harness.js';
import { buildOrg } from '../../../../test/factories.js';
import { auditRows, count, errorReport, runJob } from './import-test-helpers.js';
import { openRowSource } from './readers.js';
import { parseNiceClasses, termEnd } from './trademark-columns.js';
import { importTrademarks } from './trademark-importer.js';

let env: TestEnv;
const tmp = mkdtempSync(path.join(tmpdir(), 'zc-tm-'));
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(async () => {
  await env.close();
  rmSync(tmp, { recursive: true, force: true });
});

const CSV = [
  '注册号,商标名称,国际分类,注册人,注册人地址,申请日期,注册日期,专用权期限,商标状态,是否马德里,是否驰名',
  '12345678,孔府家,33,山东孔府家酒业有限公司,山东省曲阜市,2012-03-01,2015-03-14,2015-03-14至2025-03-13,注册,否,是',
  '23456789,微山湖,29;31;35,微山湖渔业有限公司,山东省济宁市微山县,2016/5/1,20170507,,已注册,是,否',
  ',无号商标,9,某公司,,,,,注册,,',
  '34567890,类别错,46,某公司,,,,,注册,,',
  '45678901,日期错,9,某公司,,2020-02-30,,,注册,,',
].join('\n');

describe('trademark import', () => {
  it('reads class lists and exclusive-right terms', () => {
    expect(parseNiceClasses('9;35；第42类, 09')).toEqual([9, 35, 42]);
    expect(parseNiceClasses('46')).toBeNull();
    expect(termEnd('2015-03-14至2025-03-13')).toBe('2025-03-13');
    expect(termEnd('')).toBeNull();
  });

  it('imports good rows, rejects bad ones with reasons, and is idempotent', async () => {
    const { ctx } = env;
    const org = await buildOrg(ctx, { kind: 'enterprise', name: '山东孔府家酒业有限公司', region: '370881' });
    const file = path.join(tmp, 'tm.csv');
    writeFileSync(file, CSV);
    const run = () => runJob(ctx, 'trademarks', (jobId, actor) => importTrademarks(ctx, openRowSource(file), { jobId, actor, batchSize: 3 }));
    const first = await run();
    expect(first.result).toMatchObject({ rows: 5, inserted: 2, updated: 0, rejected: 3 });
    expect((await errorReport(ctx, first.jobId)).slice(1).map((r) => [r[0], r[1]])).toEqual([
      ['4', '缺少注册号'],
      ['5', '国际分类不正确：46'],
      ['6', '申请日期格式不正确：2020-02-30'],
    ]);
    const tms = await ctx.db.selectFrom('trademarks').selectAll().orderBy('reg_no').execute();
    expect(tms.map((t) => [t.reg_no, t.mark, JSON.parse(t.classes), t.region_code, t.expires_on, t.madrid, t.well_known, t.status])).toEqual([
      ['12345678', '孔府家', ['33'], '370881', '2025-03-13', 0, 1, '注册'],
      ['23456789', '微山湖', ['29', '31', '35'], '370826', '2027-05-06', 1, 0, '已注册'],
    ]);
    expect(Number(tms[0]?.owner_org_id)).toBe(org.id);

    const second = await run();
    expect(second.result).toMatchObject({ rows: 5, inserted: 0, updated: 2, rejected: 3 });
    expect(await count(ctx, 'trademarks')).toBe(2);
    const audits = (await auditRows(ctx, 'trademark.import_batch')).filter((a) => a.entity_id === String(second.jobId));
    expect(audits.map((a) => JSON.parse(a.after_json ?? '{}'))).toEqual([
      { rows: 3, inserted: 0, updated: 2, rejected: 1 },
      { rows: 2, inserted: 0, updated: 0, rejected: 2 },
    ]);
  });
});
