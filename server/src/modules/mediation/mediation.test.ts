import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, Mediation, WorkQueue } from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { auditCount, buildOrg, buildUser, login, type Client } from '../../../test/factories.js';
import { indicatorValues } from '../indicators/api.js';
import { buildMediation } from './test-helpers.js';
import { buildDispute } from '../cases/test-helpers.js';

const base = '/api/mediations';
let env: TestEnv;
const users = {} as Record<'staff' | 'mediator' | 'mediatorB' | 'siblingStaff', string>;
const orgs = {} as Record<'bureau' | 'sibling' | 'mediation' | 'mediationB', number>;
let disputeId = 0;

beforeAll(async () => {
  env = await createTestEnv();
  orgs.bureau = (await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370811' })).id;
  orgs.sibling = (await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370883' })).id;
  orgs.mediation = (await buildOrg(env.ctx, { kind: 'mediation', region: '370800', name: '济宁市知识产权纠纷人民调解委员会' })).id;
  orgs.mediationB = (await buildOrg(env.ctx, { kind: 'mediation', region: '370883', name: '邹城市人民调解委员会' })).id;
  users.staff = (await buildUser(env.ctx, { orgId: orgs.bureau, role: 'bureau_staff' })).username;
  users.siblingStaff = (await buildUser(env.ctx, { orgId: orgs.sibling, role: 'bureau_staff' })).username;
  users.mediator = (await buildUser(env.ctx, { orgId: orgs.mediation, role: 'mediator' })).username;
  users.mediatorB = (await buildUser(env.ctx, { orgId: orgs.mediationB, role: 'mediator' })).username;
  const requester = (await buildOrg(env.ctx, { kind: 'enterprise', region: '370811', name: '济宁某某科技有限公司' })).id;
  disputeId = (await buildDispute(env.ctx, { regionCode: '370811', requesterOrgId: requester, status: 'accepted' })).id;
});
afterAll(() => env.close());

async function at(beijing: string, who: keyof typeof users): Promise<Client> {
  env.clock.setTo(new Date(Date.parse(`${beijing}+08:00`)).toISOString());
  return login(env.app, users[who]);
}
const ok = <T = Mediation>(res: { statusCode: number; body: string; json: <J>() => J }, status = 200): T => {
  expect(res.statusCode, res.body).toBe(status);
  return res.json<T>();
};

describe('the register and a dispute mediated from a case to a judicially confirmed agreement', () => {
  let registerId = 0;
  let mediatorId = 0;
  it('registers the organisation and a mediator; a non-mediation organisation or a second registration is refused', async () => {
    const staff = await at('2026-01-05T09:00:00', 'staff');
    const reg = ok<{ id: number }>(await staff.post('/api/mediation-orgs', { orgId: orgs.mediation, kind: 'people', scope: '专利、商标侵权纠纷' }), 201);
    registerId = reg.id;
    expect((await staff.post('/api/mediation-orgs', { orgId: orgs.mediation, kind: 'people' })).json<ErrorBody>().messageCode).toBe(
      'coop.mediation_org_registered',
    );
    const wrong = await staff.post('/api/mediation-orgs', { orgId: orgs.bureau, kind: 'people' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json<ErrorBody>().fieldCodes?.orgId?.code).toBe('coop.org_kind');
    mediatorId = ok<{ id: number }>(await staff.post(`/api/mediation-orgs/${registerId}/mediators`, { name: '王调解', specialty: '专利' }), 201).id;
    const list = ok<{ items: { orgId: number; mediators: { name: string }[] }[] }>(await staff.get('/api/mediation-orgs'));
    expect(list.items.find((o) => o.orgId === orgs.mediation)?.mediators.map((m) => m.name)).toEqual(['王调解']);
  });

  it('Spring Festival 2026: agreed on 20 Jan, the 30 days end on 19 Feb inside the holiday → 24 Feb; applied that day; the court’s ruling recorded', async () => {
    const staff = await at('2026-01-12T09:00:00', 'staff');
    const d = ok(
      await staff.post(base, {
        source: { recordType: 'patent_dispute', recordId: disputeId, caseNo: '（由案件带出）', title: '外观设计专利侵权纠纷' },
        mediationOrgId: orgs.mediation,
        mediatorId,
        subject: '外观设计专利侵权纠纷',
        applicant: '济宁某某科技有限公司',
        respondent: '邹城某商贸有限公司',
        claimYuan: 80000,
      }),
      201,
    );
    const caseNo = (await env.ctx.db.selectFrom('patent_disputes').select('case_no').where('id', '=', disputeId).executeTakeFirstOrThrow()).case_no;
    // The source's number comes from the dispute's file, not from what was sent.
    expect(d).toMatchObject({ status: 'mediating', mediatorName: '王调解', source: { recordId: disputeId, caseNo } });
    const sibling = await at('2026-01-12T09:00:00', 'siblingStaff');
    const outside = await sibling.post(base, {
      source: { recordType: 'patent_dispute', recordId: disputeId, title: '外观设计专利侵权纠纷' },
      mediationOrgId: orgs.mediation,
      mediatorId,
      subject: '外观设计专利侵权纠纷',
      applicant: '济宁某某科技有限公司',
      respondent: '邹城某商贸有限公司',
    });
    expect(outside.statusCode).toBe(404);
    const mediator = await at('2026-01-20T15:00:00', 'mediator');
    const agreed = ok(await mediator.post(`${base}/${d.id}/agreement`, { agreedOn: '2026-01-20', terms: '停止销售并赔偿5万元', amountYuan: 50000 }));
    expect(agreed).toMatchObject({ status: 'agreed', confirmationDueOn: '2026-02-24' });
    const q = (await mediator.get('/api/work-queue')).json<WorkQueue>();
    expect(q.items.find((i) => i.recordType === 'mediation' && i.recordId === d.id)?.dueOn).toBe('2026-02-24');
    // A second mediation organisation sees nothing of it.
    const other = await login(env.app, users.mediatorB);
    expect((await other.get(`${base}/${d.id}`)).statusCode).toBe(404);
    expect((await other.post(`${base}/${d.id}/confirmation-application`, { appliedOn: '2026-01-20', court: '某法院' })).statusCode).toBe(404);
    expect((await other.get(base)).json<{ total: number }>().total).toBe(0);

    const m2 = await at('2026-02-24T10:00:00', 'mediator');
    expect(ok(await m2.post(`${base}/${d.id}/confirmation-application`, { appliedOn: '2026-02-24', court: '济宁市任城区人民法院' })).status).toBe(
      'confirmation_applied',
    );
    const m3 = await at('2026-03-02T10:00:00', 'mediator');
    // A ruling dated before the application is a typing error (400 naming the date).
    const early = await m3.post(`${base}/${d.id}/court-ruling`, { confirmed: true, caseNo: '(2026)鲁0811民特15号', ruledOn: '2026-02-20' });
    expect(early.json<ErrorBody>().fieldCodes?.ruledOn?.code).toBe('coop.date_before');
    const confirmed = ok(await m3.post(`${base}/${d.id}/court-ruling`, { confirmed: true, caseNo: '(2026)鲁0811民特15号', ruledOn: '2026-02-27' }));
    expect(confirmed).toMatchObject({ status: 'confirmed', courtCaseNo: '(2026)鲁0811民特15号', courtRuledOn: '2026-02-27' });
    const v = await indicatorValues(env.ctx, null, { keys: ['mediation_judicial_confirmations'], regionCode: '370811', period: '2026' });
    expect(v.rows.find((r) => r.regionCode === '370811')).toMatchObject({ value: 1, provenance: { kind: 'computed' } });
  });

  it('an application after the 30 days is refused (409, nothing written); a failure then goes to arbitration', async () => {
    const staff = await at('2026-01-12T09:00:00', 'staff');
    const d = ok(await staff.post(base, { mediationOrgId: orgs.mediation, subject: '商标侵权纠纷', applicant: '甲公司', respondent: '乙公司' }), 201);
    const mediator = await at('2026-01-20T15:00:00', 'mediator');
    ok(await mediator.post(`${base}/${d.id}/agreement`, { agreedOn: '2026-01-20', terms: '赔偿1万元' }));
    const late = await at('2026-02-26T09:00:00', 'mediator');
    const n = await auditCount(env.ctx);
    const res = await late.post(`${base}/${d.id}/confirmation-application`, { appliedOn: '2026-02-25', court: '济宁市中级人民法院' });
    expect(res.statusCode).toBe(409);
    expect(res.json<ErrorBody>()).toMatchObject({ messageCode: 'coop.confirmation_lapsed', params: { due: '2026-02-24' } });
    expect(await auditCount(env.ctx)).toBe(n);
    // Recorded late but made in time (on the last day): accepted.
    expect(ok(await late.post(`${base}/${d.id}/confirmation-application`, { appliedOn: '2026-02-24', court: '济宁市中级人民法院' })).status).toBe(
      'confirmation_applied',
    );

    const staff2 = await login(env.app, users.staff);
    const d2 = ok(await staff2.post(base, { mediationOrgId: orgs.mediation, subject: '专利侵权纠纷', applicant: '丙公司', respondent: '丁公司' }), 201);
    const m = await login(env.app, users.mediator);
    ok(await m.post(`${base}/${d2.id}/failure`, { endedOn: '2026-02-26', reason: '赔偿数额分歧' }));
    const arb = ok(await (await login(env.app, users.staff)).post(`${base}/${d2.id}/arbitration`, { commission: '济宁仲裁委员会', referredOn: '2026-02-26' }));
    expect(arb).toMatchObject({ status: 'arbitration', arbitrationCommission: '济宁仲裁委员会' });
  });

  it('a mediation organisation opens a dispute brought to it directly; an unregistered one cannot', async () => {
    const m = await at('2026-03-02T09:00:00', 'mediator');
    const d = ok(await m.post(`${base}/direct`, { subject: '商标许可使用费纠纷', applicant: '甲方', respondent: '乙方' }), 201);
    expect(d).toMatchObject({ source: null, ownerOrgId: orgs.mediation, mediationOrgId: orgs.mediation });
    // The bureau of its region does not see a dispute brought straight to a city organisation it did not send.
    expect((await (await login(env.app, users.siblingStaff)).get(`${base}/${d.id}`)).statusCode).toBe(404);
    const b = await login(env.app, users.mediatorB);
    expect((await b.post(`${base}/direct`, { subject: '纠纷', applicant: '甲方', respondent: '乙方' })).json<ErrorBody>().messageCode).toBe(
      'coop.mediation_org_unregistered',
    );
  });

  it('the mediator’s workbench card counts its open mediations, as the linked list does', async () => {
    const m = await at('2026-03-02T09:00:00', 'mediator');
    const w = (await m.get('/api/workbench')).json<{ cards: { key: string; count: number }[]; notes: unknown[] }>();
    const listed = (await m.get(`${base}?waiting=1`)).json<{ total: number }>().total;
    expect(w.cards.find((c) => c.key === 'mediations.mine')?.count).toBe(listed);
    expect(listed).toBeGreaterThan(0);
    expect(w.notes).toEqual([]);
  });
});

describe('every transition out of order: 409 saying why', () => {
  const steps = [
    ['agreement', { agreedOn: '2026-03-02', terms: '协议' }, 'failed'],
    ['failure', { endedOn: '2026-03-02', reason: '不成' }, 'agreed'],
    ['confirmation-application', { appliedOn: '2026-03-02', court: '法院' }, 'mediating'],
    ['court-ruling', { confirmed: true, caseNo: '(2026)鲁0811民特1号', ruledOn: '2026-03-02' }, 'agreed'],
    ['court-ruling', { confirmed: false, caseNo: '(2026)鲁0811民特2号', ruledOn: '2026-03-02' }, 'confirmed'],
    ['arbitration', { commission: '济宁仲裁委员会', referredOn: '2026-03-02' }, 'agreed'],
  ] as const;
  it.each(steps)('%s from %s… ', async (action, body, status) => {
    env.clock.setTo('2026-03-02T01:00:00.000Z');
    const d = await buildMediation(env.ctx, { status, regionCode: '370811', ownerOrgId: orgs.bureau, mediationOrgId: orgs.mediation });
    const m = await login(env.app, users.mediator);
    const n = await auditCount(env.ctx);
    const res = await m.post(`${base}/${d.id}/${action}`, body);
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json<ErrorBody>().messageCode).toBe('workflow.wrong_status');
    expect(await auditCount(env.ctx)).toBe(n);
  });
  it('the bureau cannot enter the agreement in the mediator’s place (403)', async () => {
    env.clock.setTo('2026-03-02T01:00:00.000Z');
    const d = await buildMediation(env.ctx, { status: 'mediating', regionCode: '370811', ownerOrgId: orgs.bureau, mediationOrgId: orgs.mediation });
    expect((await (await login(env.app, users.staff)).post(`${base}/${d.id}/agreement`, { agreedOn: '2026-03-02', terms: '协议' })).statusCode).toBe(403);
  });
});

describe('bad input: 400 naming the field', () => {
  it.each([
    ['agreement', { agreedOn: '2026-03-09', terms: '协议' }, 'agreedOn'],
    ['agreement', { agreedOn: '2026-02-30', terms: '协议' }, 'agreedOn'],
    ['agreement', { agreedOn: '2026-03-02', terms: '协议', amountYuan: 1e13 }, 'amountYuan'],
    ['failure', { endedOn: '2025-12-31', reason: '不成' }, 'endedOn'],
  ] as const)('%s %o', async (action, body, field) => {
    env.clock.setTo('2026-03-02T01:00:00.000Z');
    const d = await buildMediation(env.ctx, { status: 'mediating', regionCode: '370811', ownerOrgId: orgs.bureau, mediationOrgId: orgs.mediation });
    const res = await (await login(env.app, users.mediator)).post(`${base}/${d.id}/${action}`, body);
    expect(res.statusCode, res.body).toBe(400);
    expect(Object.keys(res.json<ErrorBody>().fields ?? {})).toContain(field);
  });
  it('a mediator of another organisation, or an unregistered organisation', async () => {
    const staff = await at('2026-03-02T09:00:00', 'staff');
    const res = await staff.post(base, { mediationOrgId: orgs.mediationB, subject: '纠纷', applicant: '甲方', respondent: '乙方' });
    expect(res.json<ErrorBody>().fieldCodes?.mediationOrgId?.code).toBe('coop.mediation_org_unregistered');
  });
});
