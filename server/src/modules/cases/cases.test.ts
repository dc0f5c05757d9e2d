import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Complaint,
  ComplaintReceipt,
  ComplaintTracking,
  ErrorBody,
  FineRange,
  PenaltyCase,
  PenaltyCaseList,
  CaseStats,
  WorkQueue,
} from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { anonymousClient, auditCount, buildEnterprise, buildOrg, buildUser, login, type Client } from '../../../test/factories.js';
import { buildPenaltyCase } from './test-helpers.js';
import { indicatorValues } from '../indicators/api.js';

const REGION = '370811';
const TOWN = '370811002';
const OTHER = '370883';

describe('complaints, reports and penalty cases', () => {
  let env: TestEnv;
  let staff: Client;
  let otherStaff: Client;
  let ent: Client;
  let entId: number;
  let staffName: string;
  let otherName: string;
  let entName: string;

  /** Moves the test clock to 09:00 Beijing time of `day` and signs everyone in again (sessions idle out). */
  async function today(day: string) {
    env.clock.setTo(`${day}T01:00:00.000Z`);
    staff = await login(env.app, staffName);
    otherStaff = await login(env.app, otherName);
    ent = await login(env.app, entName);
  }

  const report = {
    kind: 'report',
    anonymous: true,
    respondentName: '济宁某商贸有限公司',
    regionCode: TOWN,
    ipKind: 'trademark',
    title: '超市销售假冒注册商标白酒',
    description: '许庄街道某超市货架上的白酒使用了与注册商标近似的标识，价格明显偏低。',
  };
  const complaint = { ...report, kind: 'complaint', anonymous: false, complainantName: '李四', complainantContact: '13912345678', ipKind: 'patent' };

  beforeAll(async () => {
    env = await createTestEnv();
    const bureau = (await buildOrg(env.ctx, { kind: 'ip_bureau', region: REGION })).id;
    const other = (await buildOrg(env.ctx, { kind: 'ip_bureau', region: OTHER })).id;
    entId = (await buildEnterprise(env.ctx, { region: TOWN })).id;
    staffName = (await buildUser(env.ctx, { orgId: bureau, role: 'bureau_staff' })).username;
    otherName = (await buildUser(env.ctx, { orgId: other, role: 'bureau_staff' })).username;
    entName = (await buildUser(env.ctx, { orgId: entId, role: 'enterprise_user' })).username;
    await today('2026-03-02');
  });
  afterAll(() => env.close());

  describe('intake', () => {
    it('an anonymous report gets a tracking code; its 15 working days from Mon 2 Mar 2026 end on 23 Mar; the public tracks it', async () => {
      const res = await anonymousClient(env.app).post('/api/complaints', report);
      expect(res.statusCode).toBe(201);
      const r = res.json<ComplaintReceipt>();
      expect(r.trackingCode).toMatch(/^TS-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      expect(r.dueOn).toBe('2026-03-23');
      const t = await anonymousClient(env.app).get(`/api/complaints/track/${r.trackingCode.toLowerCase()}`);
      expect(t.statusCode).toBe(200);
      expect(t.json<ComplaintTracking>()).toMatchObject({ status: 'submitted', dueOn: '2026-03-23', steps: [{ label: '已收到' }] });
      expect(JSON.stringify(t.json())).not.toContain('李四');
      expect((await anonymousClient(env.app).get('/api/complaints/track/TS-AAAA-AAAA-AAAA')).statusCode).toBe(404);
    });

    it('a complaint cannot be anonymous (400 naming the field), and needs a name', async () => {
      const res = await anonymousClient(env.app).post('/api/complaints', { ...complaint, anonymous: true });
      expect(res.statusCode).toBe(400);
      expect(res.json<ErrorBody>().fieldCodes?.anonymous?.code).toBe('cases.complaint_not_anonymous');
      const noName = await anonymousClient(env.app).post('/api/complaints', { ...complaint, complainantName: null });
      expect(noName.json<ErrorBody>().fields).toHaveProperty('complainantName');
      const badRegion = await anonymousClient(env.app).post('/api/complaints', { ...complaint, regionCode: '379999' });
      expect(badRegion.statusCode).toBe(400);
      expect(badRegion.json<ErrorBody>().messageCode).toBe('cases.region_unknown');
    });

    it('an enterprise complaint: accepted within 7 working days (11 Mar), seen by its handlers in full and by the other county not at all; every view is audited', async () => {
      const r = (await ent.post('/api/complaints', complaint)).json<ComplaintReceipt>();
      expect(r.dueOn).toBe('2026-03-11');
      const mine = (await ent.get('/api/complaints/mine')).json<{ items: Complaint[] }>();
      expect(mine.items.map((i) => i.trackingCode)).toContain(r.trackingCode);
      const before = await auditCount(env.ctx);
      const seen = (await staff.get(`/api/complaints/${r.id}`)).json<Complaint>();
      expect(seen.complainantName).toBe('李四');
      expect(seen.complainantContact).toBe('13912345678');
      expect(seen.clocks[0]).toMatchObject({ key: 'accept', dueOn: '2026-03-11', unit: 'working', state: 'running' });
      expect(await auditCount(env.ctx)).toBe(before + 1);
      const list = (await staff.get('/api/complaints?status=submitted')).json<{ items: Complaint[] }>();
      expect(list.items.find((i) => i.id === r.id)?.complainantContact).toBe('139****5678');
      expect((await otherStaff.get(`/api/complaints/${r.id}`)).statusCode).toBe(404);
      expect((await otherStaff.get('/api/complaints')).json<{ total: number }>().total).toBe(0);
      const queue = (await staff.get('/api/work-queue')).json<WorkQueue>();
      expect(queue.items.find((i) => i.recordType === 'complaint' && i.recordId === r.id)).toMatchObject({
        dueOn: '2026-03-11',
        stepMessage: { code: 'work.complaint_accept' },
      });
    });

    it('steps out of order are 409 saying why: a report is not accepted, a complaint is triaged only after acceptance', async () => {
      const rep = (await anonymousClient(env.app).post('/api/complaints', report)).json<ComplaintReceipt>();
      const acc = await staff.post(`/api/complaints/${rep.id}/accept`, {});
      expect(acc.statusCode).toBe(409);
      expect(acc.json<ErrorBody>().messageCode).toBe('cases.only_complaints_accepted');
      const c = (await ent.post('/api/complaints', complaint)).json<ComplaintReceipt>();
      const early = await staff.post(`/api/complaints/${c.id}/triage`, { outcome: 'closed', reason: '不属于知识产权侵权' });
      expect(early.statusCode).toBe(409);
      expect(early.json<ErrorBody>().messageCode).toBe('workflow.wrong_status');
      expect((await staff.post(`/api/complaints/${c.id}/refuse`, { reason: '不属于本局管辖' })).statusCode).toBe(200);
      const again = await staff.post(`/api/complaints/${c.id}/accept`, {});
      expect(again.statusCode).toBe(409);
      expect((await ent.post(`/api/complaints/${c.id}/accept`, {})).statusCode).toBe(403);
      const t = (await anonymousClient(env.app).get(`/api/complaints/track/${c.trackingCode}`)).json<ComplaintTracking>();
      expect(t.steps.map((s) => s.label)).toEqual(['已收到', '不予受理']);
      expect(t.steps[1]?.note).toBe('不属于本局管辖');
    });

    it('a report check extended once with approval: +15 working days (23 Mar → 14 Apr, past Qingming); a second extension is 409', async () => {
      const rep = (await anonymousClient(env.app).post('/api/complaints', report)).json<ComplaintReceipt>();
      const res = await staff.post(`/api/complaints/${rep.id}/extend`, { reason: '涉及外地生产厂家，经局长批准' });
      expect(res.statusCode).toBe(200);
      // 24 Mar … 14 Apr: 15 working days, Qingming (4–6 Apr 2026) off.
      expect(res.json<Complaint>().clocks[0]).toMatchObject({ key: 'check', extendedDays: 15, dueOn: '2026-04-14' });
      expect(res.json<Complaint>().dueOn).toBe('2026-04-14');
      const second = await staff.post(`/api/complaints/${rep.id}/extend`, { reason: '再次延长' });
      expect(second.statusCode).toBe(409);
      expect(second.json<ErrorBody>().messageCode).toBe('clocks.already_extended');
    });

    it('triage to a penalty case: the case is a clue; the reporter follows it; forwarding needs the authority', async () => {
      const rep = (await anonymousClient(env.app).post('/api/complaints', report)).json<ComplaintReceipt>();
      const noAuth = await staff.post(`/api/complaints/${rep.id}/triage`, { outcome: 'forwarded', reason: '属于食品安全问题' });
      expect(noAuth.statusCode).toBe(400);
      expect(noAuth.json<ErrorBody>().fields).toHaveProperty('authority');
      const res = await staff.post(`/api/complaints/${rep.id}/triage`, {
        outcome: 'penalty_case',
        reason: '涉嫌商标侵权，转立案审查',
        caseKind: 'trademark_infringement',
      });
      expect(res.statusCode).toBe(200);
      const caseId = res.json<Complaint>().caseId;
      expect(caseId).not.toBeNull();
      const k = (await staff.get(`/api/cases/${caseId}`)).json<PenaltyCase>();
      expect(k).toMatchObject({ status: 'clue', complaintId: rep.id, complainantName: '（匿名）' });
      // 15 working days from 2 Mar to open the case.
      expect(k.clocks.find((c) => c.key === 'open')?.dueOn).toBe('2026-03-23');
      const t = (await anonymousClient(env.app).get(`/api/complaints/track/${rep.trackingCode}`)).json<ComplaintTracking>();
      expect(t).toMatchObject({ status: 'triaged', outcome: 'penalty_case' });
      expect(JSON.stringify(t)).not.toContain(String(caseId) + ',');
    });
  });

  describe('penalty cases on the 2026 calendar', () => {
    it('a clue of Tue 10 Feb is opened within 15 working days (9 Mar, Spring Festival skipped); the 90 days run from opening and stand still during testing', async () => {
      await today('2026-02-12');
      const created = await staff.post('/api/cases', {
        kind: 'counterfeit_patent',
        title: '产品标注已失效专利号',
        respondentName: '济宁某机械有限公司',
        respondentOrgId: entId,
        regionCode: TOWN,
        clueOn: '2026-02-10',
      });
      expect(created.statusCode).toBe(201);
      const k = created.json<PenaltyCase>();
      expect(k.caseNo).toMatch(/^AP-2026-\d{6}$/);
      expect(k.clocks[0]).toMatchObject({ key: 'open', startOn: '2026-02-10', dueOn: '2026-03-09', unit: 'working' });
      const queue = (await staff.get('/api/work-queue')).json<WorkQueue>();
      expect(queue.items.find((i) => i.recordType === 'penalty_case' && i.recordId === k.id)?.dueOn).toBe('2026-03-09');

      const future = await staff.post(`/api/cases/${k.id}/open`, { on: '2026-02-13' });
      expect(future.statusCode).toBe(400);
      expect(future.json<ErrorBody>().fieldCodes?.on?.code).toBe('cases.date_future');
      const early = await staff.post(`/api/cases/${k.id}/open`, { on: '2026-02-09' });
      expect(early.statusCode).toBe(400);
      const opened = (await staff.post(`/api/cases/${k.id}/open`, { on: '2026-02-12' })).json<PenaltyCase>();
      expect(opened.clocks.find((c) => c.key === 'open')).toMatchObject({ state: 'stopped', usedDays: 2 });
      expect(opened.clocks.find((c) => c.key === 'decide')).toMatchObject({ dueOn: '2026-05-13', unit: 'calendar', state: 'running' });
      expect((await staff.post(`/api/cases/${k.id}/open`, { on: '2026-02-12' })).statusCode).toBe(409);

      await today('2026-03-12');
      expect((await staff.post(`/api/cases/${k.id}/resume`, { on: '2026-03-12' })).json<ErrorBody>().messageCode).toBe('clocks.not_paused');
      const paused = (await staff.post(`/api/cases/${k.id}/pause`, { on: '2026-03-02', reason: 'testing', note: '送检测机构' })).json<PenaltyCase>();
      expect(paused.clocks.find((c) => c.key === 'decide')).toMatchObject({ state: 'paused', dueOn: null });
      const twice = await staff.post(`/api/cases/${k.id}/pause`, { on: '2026-03-03', reason: 'testing' });
      expect(twice.statusCode).toBe(409);
      expect(twice.json<ErrorBody>().messageCode).toBe('clocks.already_paused');
      const before = await staff.post(`/api/cases/${k.id}/resume`, { on: '2026-03-01' });
      expect(before.statusCode).toBe(400);
      const resumed = (await staff.post(`/api/cases/${k.id}/resume`, { on: '2026-03-12' })).json<PenaltyCase>();
      const decide = resumed.clocks.find((c) => c.key === 'decide');
      expect(decide).toMatchObject({ state: 'running', dueOn: '2026-05-23', pausedDays: 10 });
      expect(decide?.pauses).toEqual([{ pausedOn: '2026-03-02', resumedOn: '2026-03-12', reason: '检测、检验：送检测机构', days: 10 }]);
      const queue2 = (await staff.get('/api/work-queue')).json<WorkQueue>();
      expect(queue2.items.find((i) => i.recordType === 'penalty_case' && i.recordId === k.id)?.dueOn).toBe('2026-05-23');
      // Extended once by 30 days with approval.
      const ext = (await staff.post(`/api/cases/${k.id}/extend`, { clock: 'decide', reason: '案情复杂，经负责人批准' })).json<PenaltyCase>();
      expect(ext.clocks.find((c) => c.key === 'decide')).toMatchObject({ extendedDays: 30, dueOn: '2026-06-22' });
      expect((await staff.post(`/api/cases/${k.id}/extend`, { clock: 'decide', reason: '再延长' })).statusCode).toBe(409);

      // The respondent (a party) sees its case but never the complaint; a handler of another county gets 404.
      const seen = (await ent.get(`/api/cases/${k.id}`)).json<PenaltyCase>();
      expect(seen).toMatchObject({ complaintId: null, complainantName: null });
      expect((await otherStaff.get(`/api/cases/${k.id}`)).statusCode).toBe(404);
      expect((await ent.post(`/api/cases/${k.id}/pause`, { on: '2026-03-12', reason: 'testing' })).statusCode).toBe(403);
    });

    it('around National Day: the 5 working days to ask for a hearing end on 12 Oct; no decision before, no hearing after; the fine stays within art. 60', async () => {
      await today('2026-09-01');
      const k = (
        await staff.post('/api/cases', {
          kind: 'trademark_infringement',
          title: '销售侵犯注册商标专用权的白酒',
          respondentName: '济宁某酒业经销部',
          respondentOrgId: entId,
          regionCode: TOWN,
          clueOn: '2026-09-01',
        })
      ).json<PenaltyCase>();
      expect(
        (
          await staff.post(`/api/cases/${k.id}/decision`, {
            on: '2026-09-01',
            decisionNo: '济任市监罚〔2026〕1号',
            amount: 80000,
            fine: 100000,
            fineReason: '情节一般，首次违法',
          })
        ).statusCode,
      ).toBe(409);
      await staff.post(`/api/cases/${k.id}/open`, { on: '2026-09-01' });
      await today('2026-09-29');
      const noticed = await staff.post(`/api/cases/${k.id}/hearing-notice`, { on: '2026-09-29', proposedFine: 200000 });
      expect(noticed.statusCode).toBe(200);
      expect(noticed.json<PenaltyCase>().clocks.find((c) => c.key === 'hearing_request')).toMatchObject({ dueOn: '2026-10-12', unit: 'working' });

      await today('2026-10-09');
      const tooSoon = await staff.post(`/api/cases/${k.id}/decision`, {
        on: '2026-10-09',
        decisionNo: '济任市监罚〔2026〕1号',
        amount: 80000,
        fine: 200000,
        fineReason: '情节一般，首次违法',
      });
      expect(tooSoon.statusCode).toBe(409);
      expect(tooSoon.json<ErrorBody>().messageCode).toBe('cases.hearing_window_open');

      await today('2026-10-13');
      const late = await ent.post(`/api/cases/${k.id}/hearing-request`, { on: '2026-10-13' });
      expect(late.statusCode).toBe(409);
      expect(late.json<ErrorBody>().messageCode).toBe('clocks.expired');

      const range = (await staff.get('/api/cases/fine-range?kind=trademark_infringement&amount=80000')).json<FineRange>();
      expect(range).toMatchObject({ min: 0, max: 400000, heavier: false });
      const tooMuch = await staff.post(`/api/cases/${k.id}/decision`, {
        on: '2026-10-13',
        decisionNo: '济任市监罚〔2026〕1号',
        amount: 80000,
        fine: 400001,
        fineReason: '情节严重，多次销售',
      });
      expect(tooMuch.statusCode, tooMuch.body).toBe(400);
      expect(tooMuch.json<ErrorBody>().fieldCodes?.fine?.code).toBe('cases.fine_out_of_range');
      const absurd = await staff.post(`/api/cases/${k.id}/decision`, { on: '2026-10-13', decisionNo: 'x号', amount: 1e15, fine: 1, fineReason: '情节一般' });
      expect(absurd.statusCode).toBe(400);
      const decided = await staff.post(`/api/cases/${k.id}/decision`, {
        on: '2026-10-13',
        decisionNo: '济任市监罚〔2026〕1号',
        amount: 80000,
        fine: 200000,
        fineReason: '违法经营额八万元，首次违法，主动配合调查',
        confiscatedItems: '侵权白酒120瓶',
      });
      expect(decided.statusCode).toBe(200);
      const d = decided.json<PenaltyCase>();
      expect(d).toMatchObject({ status: 'decided', fine: 200000, repeatOffence: false });
      // 20 working days to publish from 13 Oct.
      expect(d.clocks.find((c) => c.key === 'publish')?.dueOn).toBe('2026-11-10');
      // Used 42 days of 90 (1 Sep → 13 Oct).
      expect(d.clocks.find((c) => c.key === 'decide')).toMatchObject({ state: 'stopped', usedDays: 42 });
      expect((await staff.post(`/api/cases/${k.id}/publication`, { on: '2026-10-12', where: '国家企业信用信息公示系统' })).statusCode).toBe(400);
      expect((await staff.post(`/api/cases/${k.id}/publication`, { on: '2026-10-13', where: '国家企业信用信息公示系统' })).json<PenaltyCase>().status).toBe(
        'published',
      );

      // A second case against the same respondent within 5 years is a repeat offence.
      const again = await buildPenaltyCase(env.ctx, { regionCode: TOWN, status: 'hearing', respondentName: '济宁某酒业经销部' });
      const second = (
        await staff.post(`/api/cases/${again.id}/decision`, {
          on: '2026-10-13',
          decisionNo: '济任市监罚〔2026〕2号',
          amount: null,
          fine: 250000,
          fineReason: '五年内再次侵权，从重处罚',
        })
      ).json<PenaltyCase>();
      expect(second.repeatOffence).toBe(true);
    });

    it('a repeat offence is the same respondent however its name was typed: by credit code when known, else by the folded name', async () => {
      // In 2025, so the 2026 statistics below are not touched.
      await today('2025-10-14');
      const decide = async (o: { respondentName: string; respondentCreditCode?: string }) => {
        const k = await buildPenaltyCase(env.ctx, { regionCode: TOWN, status: 'hearing', ...o });
        const r = await staff.post(`/api/cases/${k.id}/decision`, {
          on: '2025-10-14',
          decisionNo: `济任市监罚〔2025〕${k.id}号`,
          amount: null,
          fine: 10000,
          fineReason: '依法在法定幅度内裁量',
        });
        expect(r.statusCode, r.body).toBe(200);
        return r.json<PenaltyCase>().repeatOffence;
      };
      expect(await decide({ respondentName: '济宁某（任城）商贸有限公司' })).toBe(false);
      // Full-width brackets, half-width brackets and a space are one name.
      expect(await decide({ respondentName: '济宁某(任城)商贸 有限公司' })).toBe(true);
      // Two firms sharing a name are told apart by their credit codes; a renamed firm is found by its code.
      expect(await decide({ respondentName: '任城某酒业有限公司', respondentCreditCode: '91370811MA3C1BTQ1E' })).toBe(false);
      expect(await decide({ respondentName: '任城某酒业有限公司', respondentCreditCode: '91370811MA3C2P8Y0T' })).toBe(false);
      expect(await decide({ respondentName: '济宁新名称酒业有限公司', respondentCreditCode: '91370811MA3C1BTQ1E' })).toBe(true);
    });

    it('within the window the party asks for a hearing itself; the hearing time stands still; the case desk lists and filters', async () => {
      await today('2026-10-13');
      const k = await buildPenaltyCase(env.ctx, { regionCode: TOWN, status: 'notified', respondentOrgId: entId, kind: 'gi_misuse' });
      const other = await buildEnterprise(env.ctx, { region: TOWN });
      const stranger = await login(env.app, (await buildUser(env.ctx, { orgId: other.id, role: 'enterprise_user' })).username);
      expect((await stranger.post(`/api/cases/${k.id}/hearing-request`, { on: '2026-10-13' })).statusCode).toBe(404);
      const asked = await ent.post(`/api/cases/${k.id}/hearing-request`, { on: '2026-10-13' });
      expect(asked.statusCode).toBe(200);
      expect(asked.json<PenaltyCase>().status).toBe('hearing');
      const p = (await staff.post(`/api/cases/${k.id}/pause`, { on: '2026-10-13', reason: 'hearing' })).json<PenaltyCase>();
      expect(p.clocks.find((c) => c.key === 'decide')?.state).toBe('paused');
      const desk = (await staff.get('/api/cases?kind=gi_misuse')).json<PenaltyCaseList>();
      expect(desk.items.find((i) => i.id === k.id)).toMatchObject({ status: 'hearing', paused: true, dueOn: null });
      expect((await staff.get('/api/cases?status=clue&kind=gi_misuse')).json<PenaltyCaseList>().total).toBe(0);
      expect((await otherStaff.get('/api/cases')).json<PenaltyCaseList>().total).toBe(0);
      expect((await staff.post(`/api/cases/${k.id}/publication`, { on: '2026-10-13', where: '网站' })).statusCode).toBe(409);
    });

    it('the fine calculator: Patent Law art. 68 and Trademark Law art. 60 ranges; it never goes below 0', async () => {
      const get = async (q: string) => (await staff.get(`/api/cases/fine-range?${q}`)).json<FineRange>();
      expect(await get('kind=counterfeit_patent&amount=60000')).toMatchObject({ max: 300000, basis: { code: 'cases.fine_patent_gains' } });
      expect(await get('kind=counterfeit_patent&amount=30000')).toMatchObject({ max: 250000, basis: { code: 'cases.fine_patent_flat' } });
      expect(await get('kind=counterfeit_patent')).toMatchObject({ max: 250000 });
      expect(await get('kind=trademark_infringement&amount=100000&repeat=1')).toMatchObject({ max: 500000, heavier: true });
      expect(await get('kind=special_marks')).toMatchObject({ max: 10000 });
      expect((await staff.get('/api/cases/fine-range?kind=counterfeit_patent&amount=-5')).statusCode).toBe(400);
      expect((await ent.get('/api/cases/fine-range?kind=counterfeit_patent')).statusCode).toBe(403);
    });

    it('statistics: cases by kind and county, fines, and the compression against the 90 days', async () => {
      const s = (await staff.get('/api/cases/stats?year=2026')).json<CaseStats>();
      expect(s.decided).toBe(2);
      expect(s.fines).toBe(450000);
      expect(s.byRegion.every((r) => r.regionCode === REGION)).toBe(true);
      expect(s.statutoryDays).toBe(90);
      expect(s.compression).not.toBeNull();
      expect(s.byKind.find((k) => k.kind === 'trademark_infringement')?.count).toBeGreaterThan(0);
      expect((await staff.get('/api/cases/stats?regionCode=370883')).statusCode).toBe(403);
      // The same cases feed the protection indicators (computed where no figure was reported).
      const v = await indicatorValues(env.ctx, null, {
        keys: ['administrative_penalty_cases', 'administrative_fines_confiscations_yuan'],
        regionCode: REGION,
        period: '2026',
      });
      expect(v.rows.find((r) => r.indicatorKey === 'administrative_fines_confiscations_yuan')).toMatchObject({
        value: 450000,
        provenance: { kind: 'computed' },
      });
      expect(v.rows.find((r) => r.indicatorKey === 'administrative_penalty_cases')?.value).toBeGreaterThanOrEqual(3);
    });
  });
});
