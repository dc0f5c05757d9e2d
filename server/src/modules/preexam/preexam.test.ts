import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, PreexamEntity, PreexamRequest, PreexamStats } from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { auditCount, buildEnterprise, buildOrg, buildPatent, buildUser, login, type Client } from '../../../test/factories.js';
import { addDays } from '../../platform/deadlines.js';
import { putSetting } from '../../platform/settings.js';
import { addYears } from './entities.js';
import { median } from './stats.js';
import { withdrawLapsedRequests } from './sweep.js';
import { buildRequest, ensureEntity, ensureFields } from './test-helpers.js';

const base = '/api/preexam';
let env: TestEnv;
let staff: Client;
let staffB: Client;
let ent: Client;
let outsider: Client;
let unregistered: Client;
const ids = { ent: 0, outsider: 0, unregistered: 0, examinerBattery: 0, examinerSoftware: 0 };

beforeAll(async () => {
  env = await createTestEnv();
  const centre = await buildOrg(env.ctx, { kind: 'protection_centre', region: '370800' });
  const bureauB = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370883' });
  ids.ent = (await buildEnterprise(env.ctx, { region: '370811002', name: '济宁锂电科技有限公司' })).id;
  ids.outsider = (await buildEnterprise(env.ctx, { region: '370102', name: '济南某软件有限公司' })).id;
  ids.unregistered = (await buildEnterprise(env.ctx, { region: '370883', name: '邹城未备案机械厂' })).id;
  const s = await buildUser(env.ctx, { orgId: centre.id, role: 'bureau_staff' });
  ids.examinerBattery = (await buildUser(env.ctx, { orgId: centre.id, role: 'bureau_staff' })).id;
  ids.examinerSoftware = (await buildUser(env.ctx, { orgId: centre.id, role: 'bureau_staff' })).id;
  staff = await login(env.app, s.username);
  staffB = await login(env.app, (await buildUser(env.ctx, { orgId: bureauB.id, role: 'bureau_staff' })).username);
  ent = await login(env.app, (await buildUser(env.ctx, { orgId: ids.ent, role: 'enterprise_user' })).username);
  outsider = await login(env.app, (await buildUser(env.ctx, { orgId: ids.outsider, role: 'enterprise_user' })).username);
  unregistered = await login(env.app, (await buildUser(env.ctx, { orgId: ids.unregistered, role: 'enterprise_user' })).username);
  await ensureFields(env.ctx);
});
afterAll(() => env.close());

describe('entity registration (备案主体)', () => {
  it('a city enterprise in the centre’s fields registers: local review, then CNIPA’s number and date start a validity period', async () => {
    const applied = await ent.post(`${base}/entities`, { ipcPrefixes: ['H01M10'], contact: '张工', phone: '0537-2233445' });
    expect(applied.statusCode, applied.body).toBe(201);
    const e = applied.json<PreexamEntity>();
    expect(e).toMatchObject({ status: 'applied', centreRegion: '370800', valid: false });
    // The enterprise cannot approve itself; a county outside it does not see it.
    expect((await ent.post(`${base}/entities/${e.id}/steps`, { action: 'local_approve' })).statusCode).toBe(403);
    expect((await staffB.post(`${base}/entities/${e.id}/steps`, { action: 'local_approve' })).statusCode).toBe(404);
    // CNIPA's result cannot be entered before the local review.
    const early = await staff.post(`${base}/entities/${e.id}/steps`, { action: 'cnipa_approve', cnipaNo: '国知保〔2026〕12号', cnipaOn: '2026-03-01' });
    expect(early.statusCode).toBe(409);
    expect((await staff.post(`${base}/entities/${e.id}/steps`, { action: 'local_approve' })).json<PreexamEntity>().status).toBe('local_approved');
    const missingNo = await staff.post(`${base}/entities/${e.id}/steps`, { action: 'cnipa_approve' });
    expect(missingNo.statusCode).toBe(400);
    const reg = await staff.post(`${base}/entities/${e.id}/steps`, { action: 'cnipa_approve', cnipaNo: '国知保〔2026〕12号', cnipaOn: '2026-03-02' });
    expect(reg.json<PreexamEntity>()).toMatchObject({ status: 'registered', cnipaNo: '国知保〔2026〕12号', validUntil: '2028-03-02', valid: true });
    // A second application by the same enterprise is refused.
    expect((await ent.post(`${base}/entities`, { ipcPrefixes: ['H01M'], contact: '张工', phone: '0537-2233445' })).statusCode).toBe(409);
    // Renewal opens 90 days before the end: not yet.
    const tooEarly = await ent.post(`${base}/entities/${e.id}/renew`, {});
    expect(tooEarly.statusCode).toBe(409);
    expect(tooEarly.json<ErrorBody>().messageCode).toBe('preexam.renew_not_due');
  });

  it('out of field, or of another city, is refused with 409 naming the centre’s field list, and nothing is written', async () => {
    const before = await auditCount(env.ctx);
    const r = await unregistered.post(`${base}/entities`, { ipcPrefixes: ['A01B'], contact: '李工', phone: '0537-1111111' });
    expect(r.statusCode).toBe(409);
    expect(r.json<ErrorBody>().message).toContain('H01M 新能源电池');
    const far = await outsider.post(`${base}/entities`, { ipcPrefixes: ['H01M'], contact: '李工', phone: '0531-1111111' });
    expect(far.statusCode).toBe(409);
    expect(far.json<ErrorBody>().messageCode).toBe('preexam.no_fields');
    expect(await auditCount(env.ctx)).toBe(before);
  });

  it('renewal continues from the end of the current period', async () => {
    expect(addYears('2024-02-29', 2)).toBe('2026-02-28');
    const org = (await buildEnterprise(env.ctx, { region: '370811' })).id;
    const id = await ensureEntity(env.ctx, org); // valid until 2028-03-02
    env.clock.setTo('2027-12-20T01:00:00.000Z');
    const cc = await login(env.app, (await buildUser(env.ctx, { orgId: org, role: 'enterprise_user' })).username);
    const st = await login(
      env.app,
      (await buildUser(env.ctx, { orgId: (await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370800' })).id, role: 'bureau_staff' })).username,
    );
    const renewing = await cc.post(`${base}/entities/${id}/renew`, {});
    expect(renewing.json<PreexamEntity>()).toMatchObject({ status: 'applied', renewal: true, valid: true });
    await st.post(`${base}/entities/${id}/steps`, { action: 'local_approve' });
    const done = await st.post(`${base}/entities/${id}/steps`, { action: 'cnipa_approve', cnipaNo: '国知保〔2027〕88号', cnipaOn: '2027-12-25' });
    expect(done.json<PreexamEntity>().validUntil).toBe('2030-03-02');
    env.clock.setTo('2026-03-02T01:00:00.000Z');
    staff = await login(
      env.app,
      (await buildUser(env.ctx, { orgId: (await buildOrg(env.ctx, { kind: 'protection_centre', region: '370800' })).id, role: 'bureau_staff' })).username,
    );
    staffB = await login(
      env.app,
      (await buildUser(env.ctx, { orgId: (await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370883' })).id, role: 'bureau_staff' })).username,
    );
    ent = await login(env.app, (await buildUser(env.ctx, { orgId: ids.ent, role: 'enterprise_user' })).username);
    unregistered = await login(env.app, (await buildUser(env.ctx, { orgId: ids.unregistered, role: 'enterprise_user' })).username);
  });
});

describe('pre-examination requests', () => {
  it('an unregistered entity, or an IPC out of field, is refused with 409 naming the field list; nothing is written', async () => {
    const before = await auditCount(env.ctx);
    const r = await unregistered.post(`${base}/requests`, { title: '一种液压泵', patentType: 'invention', ipc: 'H01M4/04' });
    expect(r.statusCode).toBe(409);
    expect(r.json<ErrorBody>()).toMatchObject({ messageCode: 'preexam.not_registered' });
    expect(r.json<ErrorBody>().message).toContain('G06F 新一代信息技术');
    const out = await ent.post(`${base}/requests`, { title: '一种液压泵', patentType: 'invention', ipc: 'F04B1/00' });
    expect(out.statusCode).toBe(409);
    expect(out.json<ErrorBody>()).toMatchObject({ messageCode: 'preexam.out_of_field', params: { ipc: 'F04B1/00' } });
    expect(await auditCount(env.ctx)).toBe(before);
  });

  it('the journey: filed with documents → accepted to the field examiner with least load → defect → corrected → passed → CNIPA result linked to the patent', async () => {
    // Examiners' fields: the battery examiner covers H01M; the software one G06F.
    expect((await staff.post(`${base}/examiners`, { userId: ids.examinerBattery, ipcPrefixes: ['H01M'] })).statusCode).toBe(200);
    expect((await staff.post(`${base}/examiners`, { userId: ids.examinerSoftware, ipcPrefixes: ['G06F'] })).statusCode).toBe(200);
    const up = await ent.request('POST', '/api/attachments', undefined, {
      multipart: { fields: { kind: 'evidence' }, file: { name: '说明书.pdf', content: '%PDF-1.4 说明书' } },
    });
    expect(up.statusCode).toBe(201);
    const filed = await ent.post(`${base}/requests`, {
      title: '一种锂离子电池极片涂布装置',
      patentType: 'utility',
      ipc: 'h01m4/04',
      attachmentIds: [up.json<{ id: number }>().id],
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const r = filed.json<PreexamRequest>();
    // Monday 2 March 2026: accept within 2 working days.
    expect(r).toMatchObject({ status: 'submitted', ipc: 'H01M4/04', receivedOn: '2026-03-02', dueOn: '2026-03-04' });
    expect(r.attachments.map((a) => a.name)).toEqual(['说明书.pdf']);
    expect((await staff.get(`/api/attachments/${r.attachments[0]?.id}`)).statusCode).toBe(200);

    const accepted = (await staff.post(`${base}/requests/${r.id}/steps`, { action: 'accept' })).json<PreexamRequest>();
    // A utility model: first opinion within 7 working days (a setting).
    expect(accepted).toMatchObject({ status: 'examining', examinerUserId: ids.examinerBattery, dueOn: addDays('2026-03-02', 7, 'working') });

    // The entity cannot pass its own request.
    expect((await ent.post(`${base}/requests/${r.id}/steps`, { action: 'pass' })).statusCode).toBe(403);
    const noReason = await staff.post(`${base}/requests/${r.id}/steps`, { action: 'defect' });
    expect(noReason.statusCode).toBe(400);
    const defect = (await staff.post(`${base}/requests/${r.id}/steps`, { action: 'defect', reasons: ['权利要求1缺少必要技术特征'] })).json<PreexamRequest>();
    expect(defect).toMatchObject({ status: 'correcting', defects: ['权利要求1缺少必要技术特征'], dueOn: '2026-03-05' });
    const mine = (await ent.get(`${base}/mine`)).json<{ requests: PreexamRequest[] }>();
    expect(mine.requests.find((x) => x.id === r.id)?.allowedActions).toEqual(['correct']);

    const corrected = (await ent.post(`${base}/requests/${r.id}/correct`, { note: '补充了涂布辊间隙调节机构' })).json<PreexamRequest>();
    expect(corrected).toMatchObject({ status: 'examining', corrections: 1 });
    const passed = (await staff.post(`${base}/requests/${r.id}/steps`, { action: 'pass' })).json<PreexamRequest>();
    expect(passed).toMatchObject({ status: 'passed', finishedOn: '2026-03-02', patentId: null });

    const result = await staff.post(`${base}/requests/${r.id}/steps`, {
      action: 'cnipa_result',
      appNo: '202620123456.7',
      result: 'granted',
      resultOn: '2026-05-20',
    });
    expect(result.json<PreexamRequest>()).toMatchObject({ cnipaAppNo: 'CN202620123456.7', cnipaResult: 'granted', patentId: null });
    // When the registry patent appears, the request links to it.
    const patent = await buildPatent(env.ctx, { kind: 'utility', appDate: '2026-03-10', grantDate: '2026-05-20', title: '一种锂离子电池极片涂布装置' });
    await env.ctx.db.updateTable('patents').set({ app_no: 'CN202620123456.7' }).where('id', '=', patent.id).execute();
    expect((await staff.get(`${base}/requests/${r.id}`)).json<PreexamRequest>().patentId).toBe(patent.id);
  });

  it('assignment follows workload among the field’s examiners', async () => {
    const third = (await buildUser(env.ctx, { orgId: (await buildOrg(env.ctx, { kind: 'protection_centre', region: '370800' })).id, role: 'bureau_staff' })).id;
    await staff.post(`${base}/examiners`, { userId: third, ipcPrefixes: ['H01M'] });
    const busy = await buildRequest(env.ctx, ids.ent, 'submitted');
    // The battery examiner already carries one open request: the idle one in the field gets the next.
    await env.ctx.db.updateTable('preexam_requests').set({ examiner_user_id: ids.examinerBattery, status: 'examining' }).where('id', '=', busy).execute();
    const next = await buildRequest(env.ctx, ids.ent, 'submitted');
    const accepted = (await staff.post(`${base}/requests/${next}/steps`, { action: 'accept' })).json<PreexamRequest>();
    expect(accepted.examinerUserId).toBe(third);
  });

  it('a second failed correction is not sent back again: the request must be found not passed, with reasons', async () => {
    const id = await buildRequest(env.ctx, ids.ent, 'examining');
    for (let i = 0; i < 2; i++) {
      expect((await staff.post(`${base}/requests/${id}/steps`, { action: 'defect', reasons: [`缺陷${i + 1}`] })).statusCode).toBe(200);
      expect((await ent.post(`${base}/requests/${id}/correct`, { note: '已补正' })).statusCode).toBe(200);
    }
    const third = await staff.post(`${base}/requests/${id}/steps`, { action: 'defect', reasons: ['缺陷3'] });
    expect(third.statusCode).toBe(409);
    expect(third.json<ErrorBody>().messageCode).toBe('preexam.max_corrections');
    const failed = (await staff.post(`${base}/requests/${id}/steps`, { action: 'fail', reasons: ['说明书公开不充分'] })).json<PreexamRequest>();
    expect(failed).toMatchObject({ status: 'not_passed', reasons: ['说明书公开不充分'] });
    // CNIPA's result is recorded only for a request in the fast channel.
    expect(
      (await staff.post(`${base}/requests/${id}/steps`, { action: 'cnipa_result', appNo: '202610000001.1', result: 'granted', resultOn: '2026-04-01' }))
        .statusCode,
    ).toBe(409);
  });

  it('clocks are settings: an invention’s opinion period follows the setting; no answer by the due date withdraws the request', async () => {
    await putSetting(env.ctx, env.ctx.db, 'preexam.opinion_days_invention', 4);
    const filed = (await ent.post(`${base}/requests`, { title: '一种固态电解质', patentType: 'invention', ipc: 'H01M10/0562' })).json<PreexamRequest>();
    const accepted = (await staff.post(`${base}/requests/${filed.id}/steps`, { action: 'accept' })).json<PreexamRequest>();
    expect(accepted.dueOn).toBe('2026-03-06');
    const lapsed = await buildRequest(env.ctx, ids.ent, 'correcting', '2026-02-27');
    expect(await withdrawLapsedRequests(env.ctx)).toBeGreaterThanOrEqual(1);
    const r = (await ent.get(`${base}/requests/${lapsed}`)).json<PreexamRequest>();
    expect(r.status).toBe('withdrawn');
    expect(r.reasons[0]).toContain('视为撤回');
    expect((await ent.post(`${base}/requests/${lapsed}/correct`, { note: '迟到的补正' })).statusCode).toBe(409);
  });

  it('another enterprise and another county get 404', async () => {
    const id = await buildRequest(env.ctx, ids.ent, 'submitted');
    expect((await unregistered.get(`${base}/requests/${id}`)).statusCode).toBe(404);
    expect((await staffB.get(`${base}/requests/${id}`)).statusCode).toBe(404);
  });
});

describe('statistics', () => {
  it('computed figures come from the records; Ganzhou’s reported figures stay apart, marked 【演示】', async () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
    const s = (await staff.get(`${base}/stats`)).json<PreexamStats>();
    expect(s.computed.passed).toBe(1);
    expect(s.computed.passRate).toBe(0.5);
    expect(s.computed.medianDays).toBe(0);
    expect(s.computed.entitiesRegistered).toBeGreaterThanOrEqual(1);
    expect(s.computed.received).toBeLessThan(863);
    expect(s.reported.map((x) => x.value)).toEqual([863, 834, 1100, 914]);
    expect(s.reported.every((x) => x.isDemo && x.source.includes('【演示】'))).toBe(true);
    expect(s.examiners.find((x) => x.userId === ids.examinerBattery)?.ipcPrefixes).toEqual(['H01M']);
  });
});
