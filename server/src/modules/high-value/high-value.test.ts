import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HighValueAssessment } from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { buildOrg, buildPatent, buildUser, login, type Client } from '../../../test/factories.js';
import { assessPatent } from './service.js';
import { ipcUnder } from './facts.js';

const met = (a: HighValueAssessment) => a.criteria.filter((c) => c.met).map((c) => c.criterion);

describe('high-value invention patents (five CNIPA criteria)', () => {
  let env: TestEnv;
  let staff: Client;
  beforeAll(async () => {
    env = await createTestEnv();
    const city = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370800' });
    await buildUser(env.ctx, { orgId: city.id, role: 'bureau_staff', username: 'hv_staff' });
    staff = await login(env.app, 'hv_staff');
    const res = await staff.request('PUT', '/api/high-value/concordance', {
      rows: [
        { industryCode: '3.2', industryName: '新能源汽车产业', ipcPrefix: 'h01m 10' },
        { industryCode: '4.1', industryName: '生物医药产业', ipcPrefix: 'A61K' },
      ],
    });
    expect(res.statusCode).toBe(200);
  });
  afterAll(() => env.close());

  it('matches IPC codes under a concordance prefix at group boundaries only', () => {
    expect(ipcUnder('H01M10/0525', 'H01M')).toBe(true);
    expect(ipcUnder('H01M10/0525', 'H01M10')).toBe(true);
    expect(ipcUnder('H01M100/02', 'H01M10')).toBe(false);
    expect(ipcUnder('H01M10/0525', 'H01M10/05')).toBe(true);
    expect(ipcUnder('H02J7/00', 'H01M')).toBe(false);
  });

  it('meets criterion 1 by IPC concordance, with the industry as evidence', async () => {
    const p = await buildPatent(env.ctx, { ipc: ['H01M10/0525', 'H01M4/131'] });
    const a = await assessPatent(env.ctx, p.id, '2024-01-01');
    expect(a).toMatchObject({ eligible: true, highValue: true });
    expect(met(a)).toEqual(['strategic_industry']);
    expect(a.criteria[0]?.evidence).toContain('新能源汽车产业');
  });

  it('meets criterion 2 only with a granted overseas family member', async () => {
    const pending = await buildPatent(env.ctx, { ipc: ['G06F16/00'], family: [{ country: 'US', number: 'US2020123', granted: false }] });
    expect((await assessPatent(env.ctx, pending.id, '2024-01-01')).highValue).toBe(false);
    const granted = await buildPatent(env.ctx, { ipc: ['G06F16/00'], family: [{ country: 'US', number: 'US11223344B2', granted: true }] });
    expect(met(await assessPatent(env.ctx, granted.id, '2024-01-01'))).toEqual(['overseas_family']);
  });

  it('meets criterion 3 after more than 10 years of maintenance, not on the anniversary', async () => {
    const p = await buildPatent(env.ctx, { ipc: ['G06F16/00'], appDate: '2013-06-01', grantDate: '2016-01-01' });
    expect((await assessPatent(env.ctx, p.id, '2023-06-01')).highValue).toBe(false);
    expect(met(await assessPatent(env.ctx, p.id, '2023-06-02'))).toEqual(['maintained_10_years']);
  });

  it('meets criterion 4 at the configurable pledge threshold', async () => {
    const p = await buildPatent(env.ctx, { ipc: ['G06F16/00'], events: [{ kind: 'pledge', date: '2022-01-01', details: { amount: 8_000_000 } }] });
    expect((await assessPatent(env.ctx, p.id, '2024-01-01')).highValue).toBe(false);
    expect((await staff.request('PUT', '/api/high-value/settings', { pledgeThreshold: 5_000_000 })).statusCode).toBe(200);
    expect(met(await assessPatent(env.ctx, p.id, '2024-01-01'))).toEqual(['high_pledge']);
    await staff.request('PUT', '/api/high-value/settings', { pledgeThreshold: 10_000_000 });
  });

  it('meets criterion 5 with a China Patent Award', async () => {
    const p = await buildPatent(env.ctx, { ipc: ['G06F16/00'] });
    await env.ctx.db.insertInto('patent_awards').values({ patent_id: p.id, award: '中国专利奖', year: 2022, grade: '优秀奖' }).execute();
    const { refreshValueFacts } = await import('./facts.js');
    await refreshValueFacts(env.ctx, env.ctx.db, [p.id]);
    expect(met(await assessPatent(env.ctx, p.id, '2024-01-01'))).toEqual(['patent_award']);
  });

  it('never counts a utility model, a lapsed patent or an application', async () => {
    const utility = await buildPatent(env.ctx, { kind: 'utility', ipc: ['H01M10/0525'] });
    const lapsed = await buildPatent(env.ctx, { ipc: ['H01M10/0525'], events: [{ kind: 'lapse', date: '2022-03-01' }] });
    const application = await buildPatent(env.ctx, { ipc: ['H01M10/0525'], grantDate: null });
    for (const p of [utility, lapsed, application]) expect((await assessPatent(env.ctx, p.id, '2024-01-01')).highValue).toBe(false);
    expect((await assessPatent(env.ctx, lapsed.id, '2022-02-28')).highValue).toBe(true);
  });

  it('re-evaluates every patent when the concordance table changes', async () => {
    const p = await buildPatent(env.ctx, { ipc: ['C12N15/11'] });
    expect((await assessPatent(env.ctx, p.id, '2024-01-01')).highValue).toBe(false);
    const res = await staff.request('PUT', '/api/high-value/concordance', { rows: [{ industryCode: '4.2', industryName: '生物农业', ipcPrefix: 'C12N' }] });
    expect(res.json<{ rows: unknown[] }>().rows).toHaveLength(1);
    expect(met(await assessPatent(env.ctx, p.id, '2024-01-01'))).toEqual(['strategic_industry']);
    expect(
      (await staff.request('PUT', '/api/high-value/concordance', { rows: [{ industryCode: 'x', industryName: 'y', ipcPrefix: 'ZZ99' }] })).statusCode,
    ).toBe(400);
  });

  it('replacing the concordance runs the patent write hooks for every patent, in the same transaction', async () => {
    const { onPatentsWritten } = await import('../patents/api.js');
    const p = await buildPatent(env.ctx, { ipc: ['B82Y30/00'] });
    const seen = new Set<number>();
    let armed = true;
    onPatentsWritten((_ctx, _trx, ids) => {
      if (armed) for (const id of ids) seen.add(id);
      return Promise.resolve();
    });
    const res = await staff.request('PUT', '/api/high-value/concordance', { rows: [{ industryCode: '3.4', industryName: '新材料产业', ipcPrefix: 'B82Y' }] });
    armed = false;
    expect(res.statusCode).toBe(200);
    const all = await env.ctx.db.selectFrom('patents').select('id').execute();
    expect([...seen].sort((a, b) => a - b)).toEqual(all.map((r) => Number(r.id)).sort((a, b) => a - b));
    expect(met(await assessPatent(env.ctx, p.id, '2024-01-01'))).toEqual(['strategic_industry']);
    await staff.request('PUT', '/api/high-value/concordance', {
      rows: [
        { industryCode: '3.2', industryName: '新能源汽车产业', ipcPrefix: 'H01M10' },
        { industryCode: '4.1', industryName: '生物医药产业', ipcPrefix: 'A61K' },
        { industryCode: '4.2', industryName: '生物农业', ipcPrefix: 'C12N' },
      ],
    });
  });

  it('counts effective and high-value invention patents per county, equal to the per-patent assessments', async () => {
    await buildPatent(env.ctx, { region: '370883', ipc: ['C12N9/00'] });
    await buildPatent(env.ctx, { region: '370883101', ipc: ['G06F16/00'] });
    const res = await staff.get('/api/high-value/counts?regionCode=370800&date=2024-01-01');
    expect(res.statusCode).toBe(200);
    const body = res.json<{ rows: { regionCode: string; effectiveInventions: number; highValue: number }[] }>();
    const zoucheng = body.rows.find((r) => r.regionCode === '370883');
    expect(zoucheng).toMatchObject({ effectiveInventions: 2, highValue: 1 });
    const total = body.rows[0];
    expect(total?.regionCode).toBe('370800');
    const ids = await env.ctx.db.selectFrom('patents').select('id').execute();
    let hv = 0;
    for (const { id } of ids) if ((await assessPatent(env.ctx, id, '2024-01-01')).highValue) hv++;
    expect(total?.highValue).toBe(hv);
  });
});
