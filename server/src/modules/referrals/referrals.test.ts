import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, Referral, WorkQueue } from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { auditCount, buildOrg, buildUser, login, type Client } from '../../../test/factories.js';
import { buildPenaltyCase } from '../cases/test-helpers.js';
import { putSetting } from '../../platform/settings.js';
import { indicatorValues } from '../indicators/api.js';
import { buildReferral } from './test-helpers.js';
import { statutoryDue } from './clocks.js';

const base = '/api/referrals';
let env: TestEnv;
const users: Record<'staff' | 'head' | 'police' | 'policeB' | 'procurator' | 'siblingStaff', string> = {} as never;
const orgs: Record<'bureau' | 'sibling' | 'police' | 'policeB' | 'procuratorate', number> = {} as never;
let sourceCaseId = 0;
let siblingCaseId = 0;

beforeAll(async () => {
  env = await createTestEnv();
  orgs.bureau = (await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370811', name: '济宁市任城区市场监督管理局' })).id;
  orgs.sibling = (await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370883' })).id;
  orgs.police = (await buildOrg(env.ctx, { kind: 'police', region: '370800', name: '济宁市公安局' })).id;
  orgs.policeB = (await buildOrg(env.ctx, { kind: 'police', region: '370883', name: '邹城市公安局' })).id;
  orgs.procuratorate = (await buildOrg(env.ctx, { kind: 'procuratorate', region: '370800', name: '济宁市人民检察院' })).id;
  users.staff = (await buildUser(env.ctx, { orgId: orgs.bureau, role: 'bureau_staff' })).username;
  sourceCaseId = (await buildPenaltyCase(env.ctx, { regionCode: '370811', status: 'opened' })).id;
  siblingCaseId = (await buildPenaltyCase(env.ctx, { regionCode: '370883', status: 'opened' })).id;
  users.head = (await buildUser(env.ctx, { orgId: orgs.bureau, role: 'bureau_admin' })).username;
  users.siblingStaff = (await buildUser(env.ctx, { orgId: orgs.sibling, role: 'bureau_staff' })).username;
  users.police = (await buildUser(env.ctx, { orgId: orgs.police, role: 'enforcement_partner' })).username;
  users.policeB = (await buildUser(env.ctx, { orgId: orgs.policeB, role: 'enforcement_partner' })).username;
  users.procurator = (await buildUser(env.ctx, { orgId: orgs.procuratorate, role: 'enforcement_partner' })).username;
});
afterAll(() => env.close());

/** Moves the clock to a Beijing time and signs in afresh (a session idle for days has ended). */
async function at(beijing: string, who: keyof typeof users): Promise<Client> {
  env.clock.setTo(new Date(Date.parse(`${beijing}+08:00`)).toISOString());
  return login(env.app, users[who]);
}
const ok = <T = Referral>(res: { statusCode: number; body: string; json: <J>() => J }, status = 200): T => {
  expect(res.statusCode, res.body).toBe(status);
  return res.json<T>();
};
const propose = async (c: Client, extra: object = {}) =>
  ok(
    await c.post(base, {
      offence: 'trademark_counterfeit',
      caseValueYuan: 120000,
      summary: '制造、销售假冒“金乡大蒜”注册商标包装',
      policeOrgId: orgs.police,
      procuratorateOrgId: orgs.procuratorate,
      source: { recordType: 'penalty_case', recordId: sourceCaseId, caseNo: '（由案件带出）', title: '假冒注册商标案' },
      ...extra,
    }),
    201,
  );
const dueOf = async (c: Client, id: number) =>
  (await c.get('/api/work-queue')).json<WorkQueue>().items.find((i) => i.recordId === id && i.recordType === 'referral')?.dueOn;
const decision = (docDate: string, reason?: string) => ({
  docNo: `济公(经)字〔2026〕${Math.floor(Math.random() * 1e6)}号`,
  docDate,
  ...(reason ? { reason } : {}),
});

describe('the statutory period rule (calendar days; a last day on a rest day or holiday moves to the next working day)', () => {
  it.each([
    ['2026-02-12', 3, '2026-02-24', 'Spring Festival 2026: 15 Feb falls in the holiday (15–23 Feb)'],
    ['2026-02-10', 3, '2026-02-13', 'an ordinary Friday'],
    ['2026-09-29', 3, '2026-10-08', 'National Day 2026: 2 Oct falls in the holiday (1–7 Oct)'],
    ['2026-10-08', 3, '2026-10-12', 'Sunday 11 Oct is a rest day; Saturday 10 Oct was a make-up working day'],
    ['2026-10-07', 3, '2026-10-10', 'a make-up Saturday (10 Oct) is a working day and ends the period'],
    ['2026-01-20', 30, '2026-02-24', 'the 30-day confirmation window ending in the Spring Festival'],
  ])('%s + %i days → %s (%s)', (start, days, due) => {
    expect(statutoryDue(start, days)).toBe(due);
  });
});

describe('referral to the police, on real dates', () => {
  it('Spring Festival 2026: the head has 3 days, the handover 24 hours (to the hour), the police 3 days', async () => {
    const staff = await at('2026-02-12T10:00:00', 'staff');
    const r = await propose(staff);
    expect(r).toMatchObject({ status: 'proposed', headDueOn: '2026-02-24', threshold: { meets: true, verified: false } });
    const head = await login(env.app, users.head);
    expect(await dueOf(head, r.id)).toBe('2026-02-24');
    // The police unit named in the proposal sees nothing before the handover.
    expect((await (await login(env.app, users.police)).get(`${base}/${r.id}`)).statusCode).toBe(404);

    const head2 = await at('2026-02-13T09:30:00', 'head');
    const approved = ok(await head2.post(`${base}/${r.id}/approve`, { note: '同意移送' }));
    expect(approved.handoverDueAt).toBe('2026-02-14T01:30:00.000Z');

    // Handed over 25 hours later, on a make-up Saturday: still made (a penalty never replaces a due referral), and 1 hour late.
    const staff2 = await at('2026-02-14T10:30:00', 'staff');
    const handed = ok(await staff2.post(`${base}/${r.id}/hand-over`, {}));
    expect(handed).toMatchObject({ status: 'handed_over', handoverLateHours: 1, policeDueOn: '2026-02-24' });
    const police = await login(env.app, users.police);
    expect(await dueOf(police, r.id)).toBe('2026-02-24');
    expect(ok(await police.get(`${base}/${r.id}`)).status).toBe('handed_over');
    // A second police unit sees none of it: 404 on the record and on every step, and an empty list.
    const policeB = await login(env.app, users.policeB);
    expect((await policeB.get(`${base}/${r.id}`)).statusCode).toBe(404);
    const before = await auditCount(env.ctx);
    expect((await policeB.post(`${base}/${r.id}/accept`, decision('2026-02-14'))).statusCode).toBe(404);
    expect(await auditCount(env.ctx)).toBe(before);
    expect((await policeB.get(base)).json<{ total: number }>().total).toBe(0);

    const accepted = ok(await police.post(`${base}/${r.id}/accept`, decision('2026-02-14')));
    expect(accepted).toMatchObject({ status: 'accepted', policeDecision: 'accepted', dueOn: null });
  });

  it('a handover inside the 24 hours is on time (0 hours late)', async () => {
    const staff = await at('2026-03-02T09:00:00', 'staff');
    const r = await propose(staff);
    ok(await (await login(env.app, users.head)).post(`${base}/${r.id}/approve`, {}));
    const late = await at('2026-03-03T08:59:00', 'staff');
    expect(ok(await late.post(`${base}/${r.id}/hand-over`, {})).handoverLateHours).toBe(0);
  });

  it('National Day 2026: refusal, the lapsed reconsideration (409, nothing written), and reconsideration in time through supervision to a reverse referral', async () => {
    // Handed over on 29 Sep: the police's 3 days end on 2 Oct, inside the holiday → 8 Oct.
    const staff = await at('2026-09-29T09:00:00', 'staff');
    const r = await propose(staff);
    ok(await (await login(env.app, users.head)).post(`${base}/${r.id}/approve`, {}));
    expect(ok(await staff.post(`${base}/${r.id}/hand-over`, {})).policeDueOn).toBe('2026-10-08');

    // Refused on Friday 9 Oct: reconsideration by Monday 12 Oct.
    const police = await at('2026-10-09T15:00:00', 'police');
    const refused = ok(await police.post(`${base}/${r.id}/refuse`, decision('2026-10-09', '情节显著轻微')));
    expect(refused).toMatchObject({ status: 'refused', reconsiderDueOn: '2026-10-12' });
    const late = await at('2026-10-13T09:00:00', 'staff');
    const before = await auditCount(env.ctx);
    const lapsed = await late.post(`${base}/${r.id}/reconsideration`, { reason: '经营额已达标准' });
    expect(lapsed.statusCode).toBe(409);
    expect(lapsed.json<ErrorBody>()).toMatchObject({ messageCode: 'coop.reconsideration_lapsed', params: { due: '2026-10-12' } });
    expect(await auditCount(env.ctx)).toBe(before);
    expect(ok(await late.get(`${base}/${r.id}`)).status).toBe('refused');

    // Another case refused on 30 Sep: the window ends on 3 Oct (holiday) → 8 Oct; asked on 8 Oct it is in time.
    const s2 = await at('2026-09-28T09:00:00', 'staff');
    const r2 = await propose(s2);
    ok(await (await login(env.app, users.head)).post(`${base}/${r2.id}/approve`, {}));
    ok(await s2.post(`${base}/${r2.id}/hand-over`, {}));
    const p2 = await at('2026-09-30T10:00:00', 'police');
    expect(ok(await p2.post(`${base}/${r2.id}/refuse`, decision('2026-09-30', '不构成犯罪'))).reconsiderDueOn).toBe('2026-10-08');
    const s3 = await at('2026-10-08T16:00:00', 'staff');
    // The police answer within 3 days: 11 Oct is a Sunday → 12 Oct.
    expect(ok(await s3.post(`${base}/${r2.id}/reconsideration`, { reason: '经营额已达追诉标准' })).reconsiderDecisionDueOn).toBe('2026-10-12');
    const p3 = await at('2026-10-10T10:00:00', 'police');
    expect(ok(await p3.post(`${base}/${r2.id}/uphold`, decision('2026-10-10', '维持原决定'))).suggestDueOn).toBe('2026-10-13');
    // The procuratorate had the copy; asked to supervise, it acts.
    const s4 = await at('2026-10-12T09:00:00', 'staff');
    expect(ok(await s4.post(`${base}/${r2.id}/supervision`, {})).status).toBe('supervision');
    const proc = await login(env.app, users.procurator);
    expect((await proc.get(`${base}?waiting=1`)).json<{ total: number }>().total).toBe(1);
    // The police cannot take the procuratorate's step (403 naming who may).
    expect((await (await login(env.app, users.police)).post(`${base}/${r2.id}/supervision-filed`, decision('2026-10-12'))).statusCode).toBe(403);
    expect(ok(await proc.post(`${base}/${r2.id}/supervision-filed`, decision('2026-10-12'))).status).toBe('accepted');
    // Later not prosecuted: referred back to the bureau for administrative penalty.
    const back = ok(
      await proc.post(`${base}/${r2.id}/reverse`, {
        summary: '决定不起诉，建议给予行政处罚',
        nonProsecutionNo: '济检刑不诉〔2026〕9号',
        nonProsecutionDate: '2026-10-12',
      }),
      201,
    );
    expect(back).toMatchObject({ direction: 'reverse', status: 'sent', linkedReferralId: r2.id, regionCode: '370811' });
    // The police never see the reverse referral; the sibling county's bureau neither.
    expect((await (await login(env.app, users.police)).get(`${base}/${back.id}`)).statusCode).toBe(404);
    expect((await (await login(env.app, users.siblingStaff)).get(`${base}/${back.id}`)).statusCode).toBe(404);
    const s5 = await login(env.app, users.staff);
    expect(ok(await s5.post(`${base}/${back.id}/receive`, { bureauCaseNo: '济任市监立〔2026〕12号' })).status).toBe('received');
    const done = ok(await s5.post(`${base}/${back.id}/conclude`, { decisionNo: '济任市监罚〔2026〕12号', decisionDate: '2026-10-12', finesYuan: 50000 }));
    expect(done).toMatchObject({ status: 'concluded', penaltyDecisionNo: '济任市监罚〔2026〕12号', finesYuan: 50000 });
  });
});

describe('every transition out of order is a 409 saying why; nothing is written', () => {
  const forward = [
    ['approve', 'head', {}],
    ['decline', 'head', { reason: '不移送' }],
    ['hand-over', 'staff', {}],
    ['accept', 'police', null],
    ['refuse', 'police', null],
    ['reconsideration', 'staff', { reason: '申请复议' }],
    ['revise', 'police', null],
    ['uphold', 'police', null],
    ['supervision', 'staff', {}],
    ['supervision-filed', 'procurator', null],
    ['supervision-closed', 'procurator', null],
  ] as const;
  // From `closed` (everything handed over, every party still standing) no step is allowed.
  it.each(forward)('%s on a closed referral', async (action, who, body) => {
    env.clock.setTo('2026-03-02T01:00:00.000Z');
    const r = await buildReferral(env.ctx, {
      status: 'closed',
      regionCode: '370811',
      ownerOrgId: orgs.bureau,
      policeOrgId: orgs.police,
      procuratorateOrgId: orgs.procuratorate,
    });
    const c = await login(env.app, users[who]);
    const before = await auditCount(env.ctx);
    const res = await c.post(`${base}/${r.id}/${action}`, body ?? decision('2026-03-02', '理由'));
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json<ErrorBody>().messageCode).toBe('workflow.wrong_status');
    expect(await auditCount(env.ctx)).toBe(before);
  });
  it.each([
    ['receive', { bureauCaseNo: '济任市监立〔2026〕1号' }, 'to_police', 'coop.wrong_direction'],
    ['conclude', { decisionNo: '济任市监罚〔2026〕1号', decisionDate: '2026-03-02' }, 'sent', 'workflow.wrong_status'],
    ['approve', {}, 'reverse', 'coop.wrong_direction'],
  ] as const)('%s on the wrong kind or status of case', async (action, body, kind, code) => {
    env.clock.setTo('2026-03-02T01:00:00.000Z');
    const reverse = kind !== 'to_police';
    const r = await buildReferral(env.ctx, {
      status: reverse ? 'sent' : 'accepted',
      direction: reverse ? 'reverse' : 'to_police',
      regionCode: '370811',
      ownerOrgId: reverse ? orgs.procuratorate : orgs.bureau,
      policeOrgId: orgs.police,
      procuratorateOrgId: orgs.procuratorate,
    });
    const res = await (await login(env.app, users.head)).post(`${base}/${r.id}/${action}`, body);
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json<ErrorBody>().messageCode).toBe(code);
  });
  it('a reverse referral from a case the procuratorate never had: 404; from one not accepted: 409', async () => {
    env.clock.setTo('2026-03-02T01:00:00.000Z');
    const none = await buildReferral(env.ctx, { status: 'accepted', regionCode: '370811', ownerOrgId: orgs.bureau, policeOrgId: orgs.police });
    const proc = await login(env.app, users.procurator);
    const body = { summary: '不起诉', nonProsecutionNo: '济检刑不诉〔2026〕1号', nonProsecutionDate: '2026-03-02' };
    expect((await proc.post(`${base}/${none.id}/reverse`, body)).statusCode).toBe(404);
    const handed = await buildReferral(env.ctx, {
      status: 'handed_over',
      regionCode: '370811',
      ownerOrgId: orgs.bureau,
      policeOrgId: orgs.police,
      procuratorateOrgId: orgs.procuratorate,
    });
    expect((await proc.post(`${base}/${handed.id}/reverse`, body)).json<ErrorBody>().messageCode).toBe('coop.no_linked_supervision');
  });
});

describe('bad input: a 400 naming the field, nothing written', () => {
  it.each([
    [{ caseValueYuan: 1e12 }, 'caseValueYuan'],
    [{ caseValueYuan: -5 }, 'caseValueYuan'],
    [{ policeOrgId: 0 }, 'policeOrgId'],
    [{ summary: '' }, 'summary'],
  ])('proposal %o', async (extra, field) => {
    const c = await at('2026-03-02T09:00:00', 'staff');
    const before = await auditCount(env.ctx);
    const res = await c.post(base, { offence: 'trademark_counterfeit', summary: '案情', policeOrgId: orgs.police, ...extra });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json<ErrorBody>().fields ?? {})).toContain(field);
    expect(await auditCount(env.ctx)).toBe(before);
  });
  it('a receiving unit that is not a police unit', async () => {
    const c = await at('2026-03-02T09:00:00', 'staff');
    const res = await c.post(base, { offence: 'trademark_counterfeit', summary: '案情', policeOrgId: orgs.procuratorate });
    expect(res.statusCode).toBe(400);
    expect(res.json<ErrorBody>().fieldCodes?.policeOrgId?.code).toBe('coop.org_kind');
  });
  it('a police decision dated in the future or before the handover', async () => {
    env.clock.setTo('2026-03-02T01:00:00.000Z');
    const r = await buildReferral(env.ctx, { status: 'handed_over', regionCode: '370811', ownerOrgId: orgs.bureau, policeOrgId: orgs.police });
    const police = await login(env.app, users.police);
    const future = await police.post(`${base}/${r.id}/accept`, decision('2026-03-05'));
    expect(future.statusCode).toBe(400);
    expect(future.json<ErrorBody>().fieldCodes?.docDate?.code).toBe('coop.date_future');
    const early = await police.post(`${base}/${r.id}/accept`, decision('2026-02-27'));
    expect(early.json<ErrorBody>().fieldCodes?.docDate?.code).toBe('coop.date_before');
    const noReason = await police.post(`${base}/${r.id}/refuse`, decision('2026-03-02'));
    expect(Object.keys(noReason.json<ErrorBody>().fields ?? {})).toEqual(['reason']);
    const nonsense = await police.post(`${base}/${r.id}/accept`, { docNo: '济公立字1号', docDate: '2026-02-30' });
    expect(nonsense.statusCode).toBe(400);
  });
  it('only a procuratorate refers back (a police unit: 403)', async () => {
    const police = await at('2026-03-02T09:00:00', 'police');
    const res = await police.post(`${base}/reverse`, {
      bureauOrgId: orgs.bureau,
      offence: 'patent_counterfeit',
      summary: '不起诉',
      nonProsecutionNo: '济检刑不诉〔2026〕2号',
      nonProsecutionDate: '2026-03-02',
    });
    expect(res.statusCode).toBe(403);
    expect(res.json<ErrorBody>().messageCode).toBe('coop.not_procuratorate');
  });
});

describe('the threshold helper and the indicators', () => {
  it('compares the value with the (unverified) threshold setting', async () => {
    const c = await at('2026-03-02T09:00:00', 'staff');
    expect(ok(await c.get(`${base}/threshold?offence=patent_counterfeit&valueYuan=150000`))).toMatchObject({
      thresholdYuan: 200000,
      meets: false,
      verified: false,
    });
    await putSetting(env.ctx, env.ctx.db, 'referral.threshold.patent_counterfeit_yuan', 100000);
    expect(ok(await c.get(`${base}/threshold?offence=patent_counterfeit&valueYuan=150000`))).toMatchObject({ thresholdYuan: 100000, meets: true });
    expect(ok(await c.get(`${base}/threshold?offence=patent_counterfeit`))).toMatchObject({ meets: null });
    expect((await c.get(`${base}/threshold?offence=patent_counterfeit&valueYuan=-1`)).statusCode).toBe(400);
  });
  it('counts handovers to the police and reverse referrals in the region and period (computed, not reported)', async () => {
    // 兖州区 in 2025: three handed over (one accepted, one refused), one still proposed (not counted), one referred back.
    env.clock.setTo('2025-06-02T02:00:00.000Z');
    const bureau = (await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370812' })).id;
    const o = { regionCode: '370812', ownerOrgId: bureau, policeOrgId: orgs.police, procuratorateOrgId: orgs.procuratorate };
    for (const status of ['handed_over', 'accepted', 'upheld', 'proposed']) await buildReferral(env.ctx, { ...o, status });
    await buildReferral(env.ctx, { ...o, ownerOrgId: orgs.procuratorate, status: 'sent', direction: 'reverse' });
    await buildReferral(env.ctx, { ...o, status: 'supervision' });
    const v = await indicatorValues(env.ctx, null, {
      keys: ['cases_referred_to_police', 'cases_referred_back_by_procuratorate', 'cases_market_to_procuratorate'],
      regionCode: '370812',
      period: '2025',
    });
    const of = (k: string) => v.rows.find((r) => r.indicatorKey === k && r.regionCode === '370812');
    expect(of('cases_referred_to_police')).toMatchObject({ value: 4, provenance: { kind: 'computed' } });
    expect(of('cases_referred_back_by_procuratorate')?.value).toBe(1);
    expect(of('cases_market_to_procuratorate')?.value).toBe(1);
    const zou = await indicatorValues(env.ctx, null, { keys: ['cases_referred_to_police'], regionCode: '370883', period: '2025' });
    expect(zou.rows.find((r) => r.regionCode === '370883')?.value).toBe(0);
  });
});

describe('the workbench card counts what the linked list shows', () => {
  it('police: the cases waiting for it; a second police unit: none', async () => {
    const police = await at('2026-03-02T09:00:00', 'police');
    const card = (await police.get('/api/workbench')).json<{ cards: { key: string; count: number }[]; notes: unknown[] }>();
    const listed = (await police.get(`${base}?waiting=1`)).json<{ total: number }>().total;
    expect(card.cards.find((c) => c.key === 'referrals.received')?.count).toBe(listed);
    expect(listed).toBeGreaterThan(0);
    expect(card.notes).toEqual([]);
    const b = (await (await login(env.app, users.policeB)).get('/api/workbench')).json<{ cards: { key: string; count: number }[] }>();
    expect(b.cards.find((c) => c.key === 'referrals.received')?.count).toBe(0);
  });

  it('takes the source case from the case file: its number and title, within the proposer’s reach only', async () => {
    const staff = await login(env.app, users.staff);
    const r = await propose(staff);
    const c = await env.ctx.db.selectFrom('penalty_cases').select(['case_no', 'title']).where('id', '=', sourceCaseId).executeTakeFirstOrThrow();
    expect(r.source).toMatchObject({ recordType: 'penalty_case', recordId: sourceCaseId, caseNo: c.case_no, title: c.title });
    const before = await auditCount(env.ctx);
    const outside = await staff.post(base, {
      offence: 'trademark_counterfeit',
      summary: '邻县案件',
      policeOrgId: orgs.police,
      source: { recordType: 'penalty_case', recordId: siblingCaseId, title: '邻县案件' },
    });
    expect(outside.statusCode).toBe(404);
    const missing = await staff.post(base, {
      offence: 'trademark_counterfeit',
      summary: '不存在的案件',
      policeOrgId: orgs.police,
      source: { recordType: 'penalty_case', recordId: 99_999_999, title: '不存在' },
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual(outside.json());
    const kind = await staff.post(base, {
      offence: 'trademark_counterfeit',
      summary: '来源类型错误',
      policeOrgId: orgs.police,
      source: { recordType: 'complaint', recordId: sourceCaseId, title: '投诉' },
    });
    expect(kind.statusCode).toBe(400);
    expect(kind.json<{ fieldCodes?: Record<string, { code: string }> }>().fieldCodes?.['source.recordType']?.code).toBe('cases.source_kind_unknown');
    expect(await auditCount(env.ctx)).toBe(before);
  });
});
