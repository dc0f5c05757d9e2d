import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorValues } from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { buildOrg, buildUser, login, type Client } from '../../../test/factories.js';
import { importPatents, recordPatentEvents } from '../patents/api.js';
import { rowsOf, runJob } from '../patents/import/import-test-helpers.js';

// 每万人口发明专利拥有量 counts effective invention patents by the CURRENT holder's (专利权人) address, not the
// applicant's at filing: the region column a patent counts in (patents.region_code) follows the holder, and a
// registered transfer that updates it moves the patent between regions.

let env: TestEnv;
let staff: Client;
beforeAll(async () => {
  env = await createTestEnv();
  const city = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370800' });
  staff = await login(env.app, (await buildUser(env.ctx, { orgId: city.id, role: 'bureau_staff', username: 'holder_staff' })).username);
});
afterAll(() => env.close());

async function counts(): Promise<Record<string, number | null>> {
  const res = await staff.get('/api/indicators/values?regionCode=370800&period=2024&keys=effective_invention_patents&includeChildren=true');
  expect(res.statusCode, res.body).toBe(200);
  const v = res.json<IndicatorValues>();
  const of = (code: string) => v.rows.find((r) => r.indicatorKey === 'effective_invention_patents' && r.regionCode === code)?.value ?? null;
  return { city: of('370800'), rencheng: of('370811'), zoucheng: of('370883') };
}

describe('the per-10,000 numerator counts by the current holder', () => {
  it('an invention filed by a 任城 applicant and now held in 邹城 counts in 邹城; a transfer back moves it', async () => {
    const { result } = await runJob(env.ctx, 'patents', (jobId, actor) =>
      importPatents(
        env.ctx,
        rowsOf([
          {
            申请号: 'CN201910123456.7',
            专利名称: '一种齿轮箱',
            专利类型: '发明',
            申请日: '2019-04-01',
            授权公告日: '2021-08-03',
            法律状态: '有权',
            申请人: '济宁甲机械有限公司',
            申请人地址: '山东省济宁市任城区金宇路1号',
            当前专利权人: '邹城乙装备有限公司',
            当前专利权人地址: '山东省济宁市邹城市唐村镇2号',
          },
        ]),
        { jobId, actor, asOf: '2024-06-30' },
      ),
    );
    expect(result).toMatchObject({ rejected: 0 });
    const p = await env.ctx.db
      .selectFrom('patents')
      .select(['id', 'region_code', 'address'])
      .where('app_no', '=', 'CN201910123456.7')
      .executeTakeFirstOrThrow();
    expect(p.region_code?.startsWith('370883')).toBe(true);
    expect(await counts()).toEqual({ city: 1, rencheng: 0, zoucheng: 1 });

    // A transfer registered by CNIPA (recorded with its number and date) moves the holder, the holder's address
    // and region — the columns the indicators read — and runs the patent write hooks: it now counts in 任城.
    await env.ctx.db.transaction().execute((trx) =>
      recordPatentEvents(env.ctx, trx, [
        {
          kind: 'transfer',
          patentId: p.id,
          date: '2024-03-15',
          summary: '专利权转移',
          authority: { kind: 'cnipa', number: '2024990000123' },
          newHolder: { names: ['济宁丙科技有限公司'], address: '山东省济宁市任城区3号', regionCode: '370811' },
        },
      ]),
    );
    expect(await counts()).toEqual({ city: 1, rencheng: 1, zoucheng: 0 });
    const holders = await env.ctx.db.selectFrom('patent_parties').select('name').where('patent_id', '=', p.id).where('role', '=', 'holder').execute();
    expect(holders.map((h) => h.name)).toEqual(['济宁丙科技有限公司']);
  });
});
