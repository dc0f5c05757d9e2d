import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HighValueAssessment } from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { buildOrg, buildPatent, buildUser, login, type Client } from '../../../test/factories.js';
import { assessPatent } from './service.js';

// High-value facts are dated and real (issue #20 §4): an award or a pledge counts from its date; a portfolio
// pledge is apportioned (a setting); awards and pledges come from imports; without data the page says so.

const met = (a: HighValueAssessment) => a.criteria.filter((c) => c.met).map((c) => c.criterion);

let env: TestEnv;
let staff: Client;
beforeAll(async () => {
  env = await createTestEnv();
  const city = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370800' });
  staff = await login(env.app, (await buildUser(env.ctx, { orgId: city.id, role: 'bureau_staff', username: 'dated_staff' })).username);
  // No industry matches: criterion 1 stays out of the way.
  expect((await staff.request('PUT', '/api/high-value/concordance', { rows: [{ industryCode: '9', industryName: '无', ipcPrefix: 'A01B' }] })).statusCode).toBe(
    200,
  );
});
afterAll(() => env.close());

const appNoOf = async (id: number) => (await env.ctx.db.selectFrom('patents').select('app_no').where('id', '=', id).executeTakeFirstOrThrow()).app_no;

describe('high-value facts are dated and real', () => {
  it('an imported award counts from the day it was conferred, or from the end of its year, never for earlier dates', async () => {
    const dated = await buildPatent(env.ctx, { region: '370811', appDate: '2019-01-01', grantDate: '2021-01-01', ipc: ['G06F16/00'] });
    const yearOnly = await buildPatent(env.ctx, { region: '370811', appDate: '2019-01-01', grantDate: '2021-01-01', ipc: ['G06F16/00'] });
    const res = await staff.post('/api/high-value/awards/import', {
      source: '第二十五届中国专利奖授奖决定',
      rows: [
        { appNo: await appNoOf(dated.id), award: '中国专利奖', level: 'national', grade: '银奖', year: 2024, awardedOn: '2024-07-15' },
        { appNo: await appNoOf(yearOnly.id), award: '山东省专利奖', level: 'provincial', grade: '一等奖', year: 2023 },
        { appNo: 'CN209910000000.1', award: '中国专利奖', level: 'national', year: 2024 },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ imported: 2, skipped: [{ row: 3, appNo: 'CN209910000000.1' }] });
    expect(met(await assessPatent(env.ctx, dated.id, '2024-07-14'))).toEqual([]);
    expect(met(await assessPatent(env.ctx, dated.id, '2024-07-15'))).toEqual(['patent_award']);
    expect(met(await assessPatent(env.ctx, yearOnly.id, '2023-12-30'))).toEqual([]);
    expect(met(await assessPatent(env.ctx, yearOnly.id, '2023-12-31'))).toEqual(['patent_award']);
    // The counts follow the dates too.
    const before = (await staff.get('/api/high-value/counts?regionCode=370811&date=2024-07-14')).json<{
      rows: { byCriterion: Record<string, number | null> }[];
    }>();
    const after = (await staff.get('/api/high-value/counts?regionCode=370811&date=2024-07-15')).json<{
      rows: { byCriterion: Record<string, number | null> }[];
    }>();
    expect(before.rows[0]?.byCriterion.patent_award).toBe(1);
    expect(after.rows[0]?.byCriterion.patent_award).toBe(2);
  });

  it('a portfolio pledge apportions its amount over its patents (the setting can credit the whole sum), from its registration date', async () => {
    const ps = [];
    for (let i = 0; i < 4; i++) ps.push(await buildPatent(env.ctx, { region: '370883', appDate: '2019-01-01', grantDate: '2021-01-01', ipc: ['G06F16/00'] }));
    const res = await staff.post('/api/high-value/pledges/import', {
      source: '专利权质押登记公告',
      rows: await Promise.all(
        ps.map(async (p) => ({
          appNo: await appNoOf(p.id),
          registrationNo: 'Y2024370000077',
          registeredOn: '2024-03-01',
          pledgee: '某银行济宁分行',
          amount: 30_000_000,
        })),
      ),
    });
    expect(res.statusCode, res.body).toBe(200);
    const first = ps[0]?.id ?? 0;
    // A fifth patent added to the same registration by a later import: every share is refreshed (6,000,000 each).
    const fifth = await buildPatent(env.ctx, { region: '370883', appDate: '2019-01-01', grantDate: '2021-01-01', ipc: ['G06F16/00'] });
    const more = await staff.post('/api/high-value/pledges/import', {
      source: '专利权质押登记公告（补充）',
      rows: [{ appNo: await appNoOf(fifth.id), registrationNo: 'Y2024370000077', registeredOn: '2024-03-01', pledgee: '某银行济宁分行', amount: 30_000_000 }],
    });
    expect(more.statusCode, more.body).toBe(200);
    ps.push(fifth);
    // 30,000,000 over 5 patents: 6,000,000 each, below the 10,000,000 threshold.
    const a = await assessPatent(env.ctx, first, '2024-06-01');
    expect(met(a)).toEqual([]);
    expect(a.criteria.find((c) => c.criterion === 'high_pledge')?.evidence).toContain('600万元');
    // The whole sum to every patent (the setting): met, but only from the registration date.
    const put = await staff.request('PUT', '/api/high-value/settings', { pledgeThreshold: 10_000_000, pledgeApportionment: 'whole' });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({ pledgeApportionment: 'whole', overseasIncludesHmt: false });
    expect(met(await assessPatent(env.ctx, first, '2024-02-29'))).toEqual([]);
    expect(met(await assessPatent(env.ctx, first, '2024-03-01'))).toEqual(['high_pledge']);
    const counts = (await staff.get('/api/high-value/counts?regionCode=370883&date=2024-03-01')).json<{
      rows: { byCriterion: Record<string, number | null> }[];
    }>();
    expect(counts.rows[0]?.byCriterion.high_pledge).toBe(5);
    expect((await staff.request('PUT', '/api/high-value/settings', { pledgeThreshold: 10_000_000, pledgeApportionment: 'equal' })).statusCode).toBe(200);
    const equal = (await staff.get('/api/high-value/counts?regionCode=370883&date=2024-03-01')).json<{
      rows: { byCriterion: Record<string, number | null> }[];
    }>();
    expect(equal.rows[0]?.byCriterion.high_pledge).toBe(0);
  });

  it('says criteria 4 and 5 have no data for a region without pledge or award records, rather than 0; notes unknown terms', async () => {
    await buildPatent(env.ctx, { region: '370826', appDate: '2019-01-01', grantDate: '2021-01-01', ipc: ['G06F16/00'] });
    await buildPatent(env.ctx, { region: '370826', appDate: null, grantDate: '2021-01-01', ipc: ['G06F16/00'] });
    const res = await staff.get('/api/high-value/counts?regionCode=370826&date=2024-06-01');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{ noData: string[]; unknownTerm: number; rows: { effectiveInventions: number; byCriterion: Record<string, number | null> }[] }>();
    expect(body.noData).toEqual(['high_pledge', 'patent_award']);
    expect(body.rows[0]?.byCriterion).toMatchObject({ high_pledge: null, patent_award: null, maintained_10_years: 0 });
    expect(body.rows[0]?.effectiveInventions).toBe(1);
    expect(body.unknownTerm).toBe(1);
  });

  it('counts Hong Kong, Macao and Taiwan grants as overseas family only when the setting says so', async () => {
    const p = await buildPatent(env.ctx, { region: '370811', ipc: ['G06F16/00'], family: [{ country: 'HK', number: 'HK1234567B', granted: true }] });
    expect(met(await assessPatent(env.ctx, p.id, '2024-01-01'))).toEqual([]);
    expect((await staff.request('PUT', '/api/high-value/settings', { pledgeThreshold: 10_000_000, overseasIncludesHmt: true })).statusCode).toBe(200);
    expect(met(await assessPatent(env.ctx, p.id, '2024-01-01'))).toEqual(['overseas_family']);
    await staff.request('PUT', '/api/high-value/settings', { pledgeThreshold: 10_000_000, overseasIncludesHmt: false });
  });
});
