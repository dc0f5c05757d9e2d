import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, PatentDispute, WorkQueue } from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { buildEnterprise, buildOrg, buildUser, login, type Client } from '../../../test/factories.js';

const TOWN = '370811002';

describe('patent infringement disputes on the 2026 calendar', () => {
  let env: TestEnv;
  let staff: Client;
  let requester: Client;
  let respondent: Client;
  let stranger: Client;
  let names: string[];
  let respondentId: number;

  async function today(day: string) {
    env.clock.setTo(`${day}T01:00:00.000Z`);
    const [a, b, c, d] = await Promise.all(names.map((n) => login(env.app, n)));
    if (!a || !b || !c || !d) throw new Error('sign-in failed');
    [staff, requester, respondent, stranger] = [a, b, c, d];
  }

  const request = (o: object = {}) => ({
    requesterName: '济宁某科技有限公司',
    standing: 'patentee',
    respondentName: '某机械有限公司',
    respondentOrgId: respondentId,
    regionCode: TOWN,
    patentNo: 'ZL202310000001.X',
    patentKind: 'invention',
    claims: '被请求人制造、销售的产品落入涉案专利权利要求1的保护范围。',
    ...o,
  });
  const allMet = { facts_clear: true, rights_clear: true, evidence_sufficient: true, ownership_undisputed: true, no_invalidation: true };

  beforeAll(async () => {
    env = await createTestEnv();
    const bureau = (await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370811' })).id;
    const req = (await buildEnterprise(env.ctx, { region: TOWN })).id;
    respondentId = (await buildEnterprise(env.ctx, { region: TOWN })).id;
    const other = (await buildEnterprise(env.ctx, { region: TOWN })).id;
    names = [
      (await buildUser(env.ctx, { orgId: bureau, role: 'bureau_staff' })).username,
      (await buildUser(env.ctx, { orgId: req, role: 'enterprise_user' })).username,
      (await buildUser(env.ctx, { orgId: respondentId, role: 'enterprise_user' })).username,
      (await buildUser(env.ctx, { orgId: other, role: 'enterprise_user' })).username,
    ];
    await today('2026-02-10');
  });
  afterAll(() => env.close());

  it('a request of Tue 10 Feb is accepted within 5 working days (24 Feb, past Spring Festival); meeting every criterion it takes the simple procedure, which cannot be extended', async () => {
    await today('2026-02-10');
    const d = (await requester.post('/api/disputes', request())).json<PatentDispute>();
    expect(d.caseNo).toMatch(/^PD-2026-\d{6}$/);
    expect(d.clocks[0]).toMatchObject({ key: 'accept', dueOn: '2026-02-24', unit: 'working' });
    expect((await stranger.get(`/api/disputes/${d.id}`)).statusCode).toBe(404);
    expect((await respondent.get(`/api/disputes/${d.id}`)).statusCode).toBe(200);
    await today('2026-02-24');
    const a = (await staff.post(`/api/disputes/${d.id}/accept`, { on: '2026-02-24', criteria: allMet })).json<PatentDispute>();
    expect(a).toMatchObject({ status: 'accepted', procedure: 'simple' });
    // 25, 26, 27 Feb, Sat 28 Feb (worked), Mon 2 Mar.
    expect(a.clocks.find((c) => c.key === 'serve')?.dueOn).toBe('2026-03-02');
    expect(a.clocks.find((c) => c.key === 'conclude')).toMatchObject({ days: 30, dueOn: '2026-03-26' });
    const ext = await staff.post(`/api/disputes/${d.id}/extend`, { reason: '案情复杂' });
    expect(ext.statusCode).toBe(409);
    expect(ext.json<ErrorBody>().messageCode).toBe('cases.dispute_extended_simple');
  });

  it('an ordinary case: served, answered within 15 days, suspended while an invalidation runs, extended once, decided with the 15 days to sue', async () => {
    await today('2026-02-24');
    const d = (await requester.post('/api/disputes', request({ patentKind: 'utility_model' }))).json<PatentDispute>();
    // A utility model needs a clean evaluation report for the simple procedure.
    const a = (await staff.post(`/api/disputes/${d.id}/accept`, { on: '2026-02-24', criteria: allMet })).json<PatentDispute>();
    expect(a.procedure).toBe('ordinary');
    expect(a.criteria.find((c) => c.key === 'evaluation_report_clean')?.met).toBeNull();
    expect(a.clocks.find((c) => c.key === 'conclude')?.dueOn).toBe('2026-05-25');
    expect(
      (await staff.post(`/api/disputes/${d.id}/decision`, { on: '2026-02-24', decisionNo: 'x号', outcome: 'dismissed', reasons: '理由不成立' })).statusCode,
    ).toBe(409);
    await today('2026-02-26');
    const s = (await staff.post(`/api/disputes/${d.id}/serve`, { on: '2026-02-26' })).json<PatentDispute>();
    expect(s.clocks.find((c) => c.key === 'answer')?.dueOn).toBe('2026-03-13');
    const queue = (await staff.get('/api/work-queue')).json<WorkQueue>();
    expect(queue.items.find((i) => i.recordType === 'patent_dispute' && i.recordId === d.id)).toMatchObject({
      dueOn: '2026-05-25',
      stepMessage: { code: 'work.dispute_conclude' },
    });
    await today('2026-03-16');
    expect((await respondent.post(`/api/disputes/${d.id}/answer`, { on: '2026-03-10' })).statusCode).toBe(200);
    expect((await stranger.post(`/api/disputes/${d.id}/answer`, { on: '2026-03-10' })).statusCode).toBe(404);
    await staff.post(`/api/disputes/${d.id}/suspend`, { on: '2026-03-02' });
    const r = (await staff.post(`/api/disputes/${d.id}/resume`, { on: '2026-03-16' })).json<PatentDispute>();
    expect(r.clocks.find((c) => c.key === 'conclude')).toMatchObject({ dueOn: '2026-06-08', pausedDays: 14 });
    const e = (await staff.post(`/api/disputes/${d.id}/extend`, { reason: '需技术鉴定，经负责人批准' })).json<PatentDispute>();
    expect(e.clocks.find((c) => c.key === 'conclude')?.dueOn).toBe('2026-07-08');
    const h = await staff.post(`/api/disputes/${d.id}/hearings`, { on: '2026-03-20', place: '任城区市场监管局第一审理庭' });
    expect(h.json<PatentDispute>().hearings).toEqual([{ on: '2026-03-20', place: '任城区市场监管局第一审理庭', noticeOn: '2026-03-16' }]);
    expect((await staff.post(`/api/disputes/${d.id}/hearings`, { on: '2026-03-15', place: '审理庭' })).statusCode).toBe(400);
    const noOrder = await staff.post(`/api/disputes/${d.id}/decision`, {
      on: '2026-03-16',
      decisionNo: '济任知裁字〔2026〕1号',
      outcome: 'infringement',
      reasons: '落入保护范围',
    });
    expect(noOrder.statusCode).toBe(400);
    expect(noOrder.json<ErrorBody>().fields).toHaveProperty('stopOrder');
    const dec = (
      await staff.post(`/api/disputes/${d.id}/decision`, {
        on: '2026-03-16',
        decisionNo: '济任知裁字〔2026〕1号',
        outcome: 'infringement',
        stopOrder: '立即停止制造、销售被控侵权产品',
        reasons: '被控产品落入权利要求1的保护范围',
      })
    ).json<PatentDispute>();
    expect(dec).toMatchObject({ status: 'decided', sueBy: '2026-03-31' });
    expect(dec.clocks.find((c) => c.key === 'conclude')?.state).toBe('stopped');
  });

  it('an ordinary case runs 3 calendar months and the extension 1 more (not 90 + 30 days), the last day past rest days, around month ends', async () => {
    const ordinary = async (on: string) => {
      await today(on);
      const d = (await requester.post('/api/disputes', request())).json<PatentDispute>();
      const a = (await staff.post(`/api/disputes/${d.id}/accept`, { on, criteria: {} })).json<PatentDispute>();
      expect(a.procedure).toBe('ordinary');
      const e = (await staff.post(`/api/disputes/${d.id}/extend`, { reason: '案情复杂，经负责人批准' })).json<PatentDispute>();
      return [a.clocks.find((c) => c.key === 'conclude')?.dueOn, e.clocks.find((c) => c.key === 'conclude')?.dueOn];
    };
    // 31 Aug + 3 months = 30 Nov (90 days would end on Sun 29 Nov); + 1 month = 31 Dec (not 29 Dec).
    expect(await ordinary('2026-08-31')).toEqual(['2026-11-30', '2026-12-31']);
    // 3 Jul + 3 months = Sat 3 Oct, inside the National Day holiday: the first working day after it, Thu 8 Oct.
    expect(await ordinary('2026-07-03')).toEqual(['2026-10-08', '2026-11-03']);
    // 30 Nov + 3 months: February has no 30th, so its last day, 29 Feb in a leap year; + 1 month = 30 Mar.
    expect(await ordinary('2027-11-30')).toEqual(['2028-02-29', '2028-03-30']);
  });

  it('mediation first: an agreement closes the dispute and records the 30 days for judicial confirmation', async () => {
    await today('2026-03-16');
    const d = (await requester.post('/api/disputes', request())).json<PatentDispute>();
    await staff.post(`/api/disputes/${d.id}/accept`, { on: '2026-03-16', criteria: {} });
    const m = (
      await staff.post(`/api/disputes/${d.id}/mediation-agreement`, { on: '2026-03-16', summary: '双方达成和解，被请求人停止销售' })
    ).json<PatentDispute>();
    expect(m).toMatchObject({ status: 'mediated', confirmationBy: '2026-04-15' });
    expect((await staff.post(`/api/disputes/${d.id}/serve`, { on: '2026-03-16' })).statusCode).toBe(409);
  });
});
