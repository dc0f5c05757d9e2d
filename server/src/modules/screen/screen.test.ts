import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndexWeights, ScreenData, ScreenMap } from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { buildOrg, buildPatent, buildUser, login, type Client } from '../../../test/factories.js';

describe('monitoring screen (一图一指数)', () => {
  let env: TestEnv;
  let city: Client;
  let town: Client;
  beforeAll(async () => {
    env = await createTestEnv();
    const cityOrg = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370800' });
    await buildUser(env.ctx, { orgId: cityOrg.id, role: 'bureau_staff', username: 'scr_city' });
    const townOrg = await buildOrg(env.ctx, { kind: 'town_office', region: '370811002' });
    await buildUser(env.ctx, { orgId: townOrg.id, role: 'town_specialist', username: 'scr_town' });
    city = await login(env.app, 'scr_city');
    town = await login(env.app, 'scr_town');
    // 任城区: 3 effective invention patents by end of 2023 (one granted in 2023), 邹城市: 1.
    for (const grantDate of ['2020-06-01', '2021-06-01', '2023-06-01']) await buildPatent(env.ctx, { region: '370811002', grantDate });
    const p = await buildPatent(env.ctx, { region: '370883001', grantDate: '2019-05-01' });
    await env.ctx.db
      .insertInto('patent_parties')
      .values({ patent_id: p.id, role: 'holder', seq: 1, name: '【演示】邹城某科技有限公司', org_id: null })
      .execute();
  });
  afterAll(() => env.close());

  it('loads the city screen in one request: KPI with year-on-year, counties, towns, trend, index', async () => {
    const res = await city.request('GET', '/api/screen?region=370800&year=2023');
    expect(res.statusCode).toBe(200);
    const data = res.json<ScreenData>();
    const kpi = data.kpis.find((k) => k.key === 'effective_invention_patents')?.current;
    expect(kpi).toMatchObject({ value: 4, previous: 3, yoyPct: 33.33, origin: 'computed' });
    expect(data.children.find((c) => c.code === '370811')?.values.effective_invention_patents).toBe(3);
    expect(data.grandchildren.find((c) => c.code === '370811002')?.values.effective_invention_patents).toBe(3);
    expect(data.trend.years).toEqual([2019, 2020, 2021, 2022, 2023]);
    expect(data.trend.series.find((s) => s.key === 'effective_invention_patents')?.values).toEqual([1, 2, 3, 3, 4]);
    expect(data.topHolders).toEqual([{ name: '【演示】邹城某科技有限公司', count: 1 }]);
    expect(data.index.formulaZh).toContain('同级地区最优值');
    expect(data.index.ranking).toHaveLength(12);
  });

  it('shows a quarter when asked, with the yearly trend', async () => {
    const data = (await city.request('GET', '/api/screen?region=370800&period=2023-Q2')).json<ScreenData>();
    expect(data).toMatchObject({ period: '2023-Q2', periodLabel: '2023年第二季度', year: 2023 });
    // Stock on 2023-06-30: the patent granted on 2023-06-01 counts.
    expect(data.kpis.find((k) => k.key === 'effective_invention_patents')?.current.value).toBe(4);
    expect(data.trend.years).toEqual([2019, 2020, 2021, 2022, 2023]);
    expect((await city.request('GET', '/api/screen?period=2023-Q5')).statusCode).toBe(400);
  });

  it('shows a town user their own town and refuses the county', async () => {
    const own = await town.request('GET', '/api/screen?year=2023');
    expect(own.statusCode).toBe(200);
    expect(own.json<ScreenData>().region.code).toBe('370811002');
    expect(own.json<ScreenData>().kpis[0]?.current.value).toBe(3);
    expect((await town.request('GET', '/api/screen?region=370811')).statusCode).toBe(403);
  });

  it('serves a schematic map with every town inside its county', async () => {
    const map = (await city.request('GET', '/api/screen/map?region=370800')).json<ScreenMap>();
    expect(map.schematic).toBe(true);
    expect(map.groups.features.map((f) => f.properties.name)).toContain('任城区');
    expect(map.leaves.features.find((f) => f.properties.code === '370811002')?.properties.parent).toBe('370811');
  });

  it('reranks the index when the city sets its own weights, and counties inherit them', async () => {
    const put = await city.request('PUT', '/api/screen/index-weights', { region: '370800', weights: [{ key: 'effective_invention_patents', weight: 1 }] });
    expect(put.statusCode).toBe(200);
    expect(put.json<IndexWeights>()).toMatchObject({ weightsFrom: '370800', weights: [{ key: 'effective_invention_patents', weight: 1 }] });
    const data = (await city.request('GET', '/api/screen?region=370800&year=2023')).json<ScreenData>();
    expect(data.index.ranking[0]).toMatchObject({ code: '370811', score: 100, rank: 1 });
    expect(data.index.ranking[1]).toMatchObject({ code: '370883', score: 33.33, rank: 2 });
    const county = (await city.request('GET', '/api/screen/index-weights?region=370811')).json<IndexWeights>();
    expect(county.weightsFrom).toBe('370800');
  });

  it('refuses negative weights with the field named', async () => {
    const res = await city.request('PUT', '/api/screen/index-weights', { region: '370800', weights: [{ key: 'x', weight: -1 }] });
    expect(res.statusCode).toBe(400);
  });
});
