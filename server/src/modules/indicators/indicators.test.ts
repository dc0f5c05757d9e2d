import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorValues, ReportedFigure, ReportedImportResult } from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { buildEnterprise, buildOrg, buildPatent, buildUser, login, type Client } from '../../../test/factories.js';
import { figuresWorkbook } from './test-workbook.js';
import { runPatentWriteHooks } from '../patents/api.js';

let env: TestEnv;
let author: Client;
let reviewer: Client;
let town: Client;
let countyB: Client;

beforeAll(async () => {
  env = await createTestEnv({ REGION_PROVINCES: '37,34' });
  const city = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370800' });
  const bozhou = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '341600' });
  const townOrg = await buildOrg(env.ctx, { kind: 'town_office', region: '370811002' });
  const zoucheng = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370883' });
  author = await login(env.app, (await buildUser(env.ctx, { orgId: city.id, role: 'bureau_staff', username: 'ind_author' })).username);
  reviewer = await login(env.app, (await buildUser(env.ctx, { orgId: city.id, role: 'bureau_staff', username: 'ind_reviewer' })).username);
  town = await login(env.app, (await buildUser(env.ctx, { orgId: townOrg.id, role: 'town_specialist', username: 'ind_town' })).username);
  countyB = await login(env.app, (await buildUser(env.ctx, { orgId: zoucheng.id, role: 'bureau_staff', username: 'ind_zoucheng' })).username);
  const bz = await login(env.app, (await buildUser(env.ctx, { orgId: bozhou.id, role: 'bureau_admin', username: 'ind_bozhou' })).username);
  bozhouClient = bz;
  bozhouReviewer = await login(env.app, (await buildUser(env.ctx, { orgId: bozhou.id, role: 'bureau_staff', username: 'ind_bozhou2' })).username);
});
afterAll(async () => env.close());

let bozhouClient: Client;
let bozhouReviewer: Client;

async function report(c: Client, body: Record<string, unknown>): Promise<ReportedFigure> {
  const res = await c.post('/api/indicators/reported', { source: '测试来源文件', ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<ReportedFigure>();
}
async function approve(c: Client, id: number) {
  const res = await c.post(`/api/indicators/reported/${id}/review`, { decision: 'approve' });
  expect(res.statusCode, res.body).toBe(200);
}
async function values(c: Client, q: string): Promise<IndicatorValues> {
  const res = await c.get(`/api/indicators/values?${q}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<IndicatorValues>();
}
const cell = (v: IndicatorValues, key: string, region: string) => v.rows.find((r) => r.indicatorKey === key && r.regionCode === region);

describe('per-10,000 values from reported figures and the census', () => {
  it('gives Jining 2023 8.9 and 3.34 on the 2020 census, naming the basis', async () => {
    expect((await author.post('/api/population/import-census', { regionCode: '370800' })).statusCode).toBe(200);
    const a = await report(author, { indicatorKey: 'effective_invention_patents', regionCode: '370800', period: '2023', value: 7420 });
    const b = await report(author, { indicatorKey: 'high_value_invention_patents', regionCode: '370800', period: '2023', value: 2791 });
    expect(a.status).toBe('pending');
    await approve(reviewer, a.id);
    await approve(reviewer, b.id);
    const v = await values(
      author,
      'regionCode=370800&period=2023&keys=effective_invention_patents_per_10k,high_value_invention_patents_per_10k,effective_invention_patents',
    );
    const per10k = cell(v, 'effective_invention_patents_per_10k', '370800');
    expect(per10k?.value).toBe(8.9);
    expect(per10k?.provenance?.basis).toMatchObject({ basis: 'census', year: 2020, population: 8_357_897 });
    expect(cell(v, 'high_value_invention_patents_per_10k', '370800')?.value).toBe(3.34);
    expect(cell(v, 'effective_invention_patents', '370800')?.provenance).toMatchObject({ kind: 'reported', source: '测试来源文件' });
    // Derived from a reported count: the count's provenance, marked as derived with the formula.
    expect(per10k?.provenance).toMatchObject({
      kind: 'reported',
      source: '测试来源文件',
      reportedId: a.id,
      derivedFrom: { indicatorKey: 'effective_invention_patents', value: 7420, formula: '7420 ÷ 8357897 × 10000' },
    });
    expect(cell(v, 'effective_invention_patents', '370800')?.provenance?.derivedFrom).toBeNull();
  });

  it('reproduces Bozhou’s 7.5 by choosing the year-end resident basis', async () => {
    await bozhouClient.post('/api/population/import-census', { regionCode: '341600' });
    const put = await bozhouClient.request('PUT', '/api/population', {
      regionCode: '341600',
      year: 2022,
      basis: 'year_end_resident',
      population: 4_950_000,
      source: '亳州市2022年统计公报',
    });
    expect(put.statusCode, put.body).toBe(200);
    const f = await report(bozhouClient, { indicatorKey: 'effective_invention_patents', regionCode: '341600', period: '2023-01..2023-10', value: 3721 });
    await approve(bozhouReviewer, f.id);
    const q = 'regionCode=341600&period=2023-01..2023-10&keys=effective_invention_patents_per_10k';
    expect(cell(await values(bozhouClient, q), 'effective_invention_patents_per_10k', '341600')?.value).toBe(7.4);
    expect((await bozhouClient.request('PUT', '/api/population/basis', { regionCode: '341600', basis: 'year_end_resident' })).statusCode).toBe(200);
    const v = cell(await values(bozhouClient, q), 'effective_invention_patents_per_10k', '341600');
    expect(v?.value).toBe(7.5);
    expect(v?.provenance?.basis).toMatchObject({ basis: 'year_end_resident', population: 4_950_000, source: '亳州市2022年统计公报' });
    expect(cell(await values(bozhouClient, `${q}&basis=census`), 'effective_invention_patents_per_10k', '341600')?.value).toBe(7.4);
  });
});

describe('computed values with drill-down, YoY and rank', () => {
  it('counts effective invention patents per county and town on the period’s last day', async () => {
    await buildPatent(env.ctx, { region: '370811002', grantDate: '2020-05-01' });
    await buildPatent(env.ctx, { region: '370811002', grantDate: '2023-05-01' });
    await buildPatent(env.ctx, { region: '370811', grantDate: '2019-05-01' });
    await buildPatent(env.ctx, { region: '370883', grantDate: '2021-05-01' });
    // Lapsed in 2022 for unpaid fees: effective at the end of 2021 only.
    await buildPatent(env.ctx, { region: '370883', grantDate: '2020-01-01', events: [{ kind: 'lapse', date: '2022-03-01' }] });
    await buildPatent(env.ctx, { region: '370883', kind: 'utility', grantDate: '2021-01-01' });
    const v = await values(author, 'regionCode=370811&period=2023&keys=effective_invention_patents&includeChildren=true');
    const county = cell(v, 'effective_invention_patents', '370811');
    expect(county).toMatchObject({ value: 3, lastYearValue: 2, yoyPct: 50, yoySource: 'computed' });
    expect(county?.provenance?.kind).toBe('computed');
    expect(cell(v, 'effective_invention_patents', '370811002')).toMatchObject({ value: 2, lastYearValue: 1, rank: 1, rankScope: 'siblings' });
    const city = await values(author, 'regionCode=370800&period=2022&keys=effective_invention_patents,invention_patent_grants&includeChildren=true&depth=2');
    // The city's own reported figure exists only for 2023, so 2022 is computed.
    expect(cell(city, 'effective_invention_patents', '370800')?.value).toBe(3);
    expect(cell(city, 'effective_invention_patents', '370883')).toMatchObject({ value: 1, lastYearValue: 2, rank: 2 });
    expect(cell(city, 'effective_invention_patents', '370811')).toMatchObject({ value: 2, rank: 1 });
    expect(city.regions.some((r) => r.regionCode === '370811002' && r.depth === 2)).toBe(true);
  });

  it('counts active registered enterprises per town, and sees a new registration at once', async () => {
    const q = 'regionCode=370811&period=2026&keys=registered_enterprises&includeChildren=true';
    const before = cell(await values(author, q), 'registered_enterprises', '370811002')?.value ?? 0;
    await buildEnterprise(env.ctx, { region: '370811002' });
    await buildEnterprise(env.ctx, { region: '370811005', status: 'pending' });
    const v = await values(author, q);
    expect(cell(v, 'registered_enterprises', '370811002')?.value).toBe(before + 1);
    expect(cell(v, 'registered_enterprises', '370811005')?.value).toBe(0);
  });

  it('computes no rate between this year’s reported figure and last year’s computed count', async () => {
    // Zoucheng 2022 is computed from the registry; 2023 and 2024 get reported figures.
    await buildPatent(env.ctx, { region: '370883', grantDate: '2022-06-01' });
    const f = await report(countyB, { indicatorKey: 'invention_patent_grants', regionCode: '370883', period: '2023', value: 40, publishedYoyPct: 12 });
    await approve(author, f.id);
    const q = 'regionCode=370883&period=2023&keys=invention_patent_grants';
    // Not (40 − 1) ÷ 1: the rate published with the figure.
    expect(cell(await values(countyB, q), 'invention_patent_grants', '370883')).toMatchObject({
      value: 40,
      lastYearValue: 1,
      yoyPct: 12,
      yoySource: 'published',
    });
    const g = await report(countyB, { indicatorKey: 'invention_patent_grants', regionCode: '370883', period: '2024', value: 50, publishedYoyPct: 30 });
    await approve(author, g.id);
    // Both reported: computed (50 over 40), even though a rate was published with the figure.
    const q24 = 'regionCode=370883&period=2024&keys=invention_patent_grants';
    expect(cell(await values(countyB, q24), 'invention_patent_grants', '370883')).toMatchObject({ value: 50, yoyPct: 25, yoySource: 'computed' });
  });

  it('recomputes when patents are written (no stale cache)', async () => {
    const q = 'regionCode=370883&period=2023&keys=effective_invention_patents';
    const before = cell(await values(author, q), 'effective_invention_patents', '370883')?.value ?? 0;
    const p = await buildPatent(env.ctx, { region: '370883', grantDate: '2023-02-01' });
    expect(cell(await values(author, q), 'effective_invention_patents', '370883')?.value).toBe(before + 1);
    // An existing patent lapses (its legal state is rewritten and the hooks run): the count drops back.
    await env.ctx.db.transaction().execute(async (trx) => {
      await trx.updateTable('patents').set({ terminated_on: '2023-06-01', updated_at: new Date().toISOString() }).where('id', '=', p.id).execute();
      await runPatentWriteHooks(env.ctx, trx, [p.id]);
    });
    expect(cell(await values(author, q), 'effective_invention_patents', '370883')?.value).toBe(before);
    // A write that bypasses the hooks is still noticed through the table fingerprint.
    await env.ctx.db
      .updateTable('patents')
      .set({ terminated_on: null, updated_at: new Date(Date.now() + 1000).toISOString() })
      .where('id', '=', p.id)
      .execute();
    expect(cell(await values(author, q), 'effective_invention_patents', '370883')?.value).toBe(before + 1);
  });

  it('answers quarters and months, and refuses a malformed period with the field named', async () => {
    const v = await values(author, 'regionCode=370811&period=2023-Q2&keys=invention_patent_grants');
    expect(cell(v, 'invention_patent_grants', '370811')?.value).toBe(1);
    const bad = await author.get('/api/indicators/values?regionCode=370811&period=2023-13');
    expect(bad.statusCode).toBe(400);
    const unknown = await author.get('/api/indicators/values?regionCode=370811&period=2023&keys=nope');
    expect(unknown.statusCode).toBe(400);
  });
});

describe('permissions', () => {
  it('a town user sees their town only', async () => {
    expect((await town.get('/api/indicators/values?regionCode=370811002&period=2023&keys=effective_invention_patents')).statusCode).toBe(200);
    expect((await town.get('/api/indicators/values?regionCode=370811&period=2023')).statusCode).toBe(403);
    expect((await town.get('/api/indicators/values?regionCode=370800&period=2023')).statusCode).toBe(403);
  });

  it('the author cannot approve their own figure; another reviewer can; a sibling county cannot see it', async () => {
    const f = await report(author, { indicatorKey: 'patent_dispute_cases', regionCode: '370811', period: '2023', value: 20 });
    const own = await author.post(`/api/indicators/reported/${f.id}/review`, { decision: 'approve' });
    expect(own.statusCode).toBe(403);
    expect(own.json<{ message: string }>().message).toContain('本人');
    expect((await countyB.post(`/api/indicators/reported/${f.id}/review`, { decision: 'approve' })).statusCode).toBe(404);
    expect((await town.post(`/api/indicators/reported/${f.id}/review`, { decision: 'approve' })).statusCode).toBe(403);
    await approve(reviewer, f.id);
    const again = await reviewer.post(`/api/indicators/reported/${f.id}/review`, { decision: 'reject', note: 'x' });
    expect(again.statusCode).toBe(409);
    expect(again.json<{ message: string }>().message).toContain('已通过');
    // The approved figure is now the county's value, with its source.
    const v = await values(author, 'regionCode=370811&period=2023&keys=patent_dispute_cases');
    expect(cell(v, 'patent_dispute_cases', '370811')).toMatchObject({ value: 20, provenance: { kind: 'reported' } });
  });
});

describe('import of reported figures', () => {
  it('rejects bad rows with reasons and holds implausible ones for review', async () => {
    const prev = await report(author, { indicatorKey: 'patent_pledge_registrations', regionCode: '370883', period: '2022', value: 10 });
    await approve(reviewer, prev.id);
    const file = await figuresWorkbook({
      '2023': [
        ['370883', 'patent_pledge_registrations', 200, '笔', '2023年报表'],
        ['370811', 'patent_pledge_registrations', 40, '笔', '2023年报表'],
        ['370811', 'no_such_indicator', 1],
        ['379999', 'patent_pledge_registrations', 1],
        ['370811', 'court_ip_cases_accepted', -3],
        ['370811', 'trademark_cases', 'abc'],
        ['370811', 'patent_pledge_amount_yuan', '14311.5亿元 (probably 143 loans, 11.5亿元)'],
        ['370811', 'patent_pledge_amount_yuan', '14311.5亿元'],
        ['370811', 'trademark_pledge_amount_yuan', 45.2, '亿元'],
        ['341600', 'trademark_cases', 3],
      ],
      去年: [['370811', 'trademark_cases', 3]],
    });
    await author.post('/api/population/import-census', { regionCode: '370800' });
    const res = await author.request('POST', '/api/indicators/reported/import', undefined, { multipart: { file: { name: 'q.xlsx', content: file } } });
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json<ReportedImportResult>();
    const reasons = r.rejected.map((x) => `${x.row}:${x.reason}`);
    expect(reasons).toEqual([
      expect.stringMatching(/^4:未知的指标代码/),
      expect.stringMatching(/^5:未知的行政区划/),
      expect.stringMatching(/^6:数值不能为负数/),
      expect.stringMatching(/^7:数值不是数字/),
      expect.stringMatching(/^8:数值不是数字/),
      expect.stringMatching(/^11:.*不在您的管辖范围内/),
      expect.stringMatching(/^2:工作表名/),
    ]);
    expect(r.held.map((h) => `${h.row}:${h.reason}`)).toEqual([expect.stringMatching(/^2:较上期（10）增长超过10倍/), expect.stringMatching(/^9:金额折合人均/)]);
    expect(r.accepted).toBe(2);
    const queue = await reviewer.get('/api/indicators/reported?status=on_hold');
    expect(queue.json<{ total: number }>().total).toBe(2);
    // Held figures are not used until reviewed: the held 200 is not shown; what is shown (the pledge register's own
    // count, now that pledge registrations are recorded in the platform) is not a reported figure.
    const v = await values(author, 'regionCode=370883&period=2023&keys=patent_pledge_registrations');
    const shown = cell(v, 'patent_pledge_registrations', '370883');
    expect(shown?.value).not.toBe(200);
    expect(shown?.provenance?.kind).not.toBe('reported');
  });
});
