import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { buildEnterprise, buildOrg, buildUser, login, type Client } from '../../../test/factories.js';
import { buildAttachment, buildHeldPatent } from './test-helpers.js';
import { assertNoStandingOpenLicence } from './service.js';
import { openLicenceStats } from './licences.js';
import { annualFeeAfterReduction, openLicenceReductionOn } from './api.js';

type Json = Record<string, unknown>;
const base = '/api/open-licences';
const fee = { feeType: 'lump_sum', feeAmount: 30000, paymentMethod: 'one_off', termYears: 3 };

let env: TestEnv;
let patentee: Client;
let licensee: Client;
let staff: Client;
let siblingStaff: Client;
let entId: number;
let entUserId: number;
let smeId: number;
let smeUserId: number;

beforeAll(async () => {
  env = await createTestEnv({ UPLOAD_DIR: mkdtempSync(path.join(tmpdir(), 'zc-files-')) });
  const bureau = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370811' });
  const sibling = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370883' });
  entId = (await buildEnterprise(env.ctx, { region: '370811002', name: '济宁测试专利权人有限公司' })).id;
  const u = await buildUser(env.ctx, { orgId: entId, role: 'enterprise_user' });
  entUserId = u.id;
  patentee = await login(env.app, u.username);
  smeId = (await buildEnterprise(env.ctx, { region: '370883', name: '邹城测试小微企业' })).id;
  const su = await buildUser(env.ctx, { orgId: smeId, role: 'enterprise_user' });
  smeUserId = su.id;
  licensee = await login(env.app, su.username);
  staff = await login(env.app, (await buildUser(env.ctx, { orgId: bureau.id, role: 'bureau_staff' })).username);
  siblingStaff = await login(env.app, (await buildUser(env.ctx, { orgId: sibling.id, role: 'bureau_staff' })).username);
});
afterAll(() => env.close());

async function declare(patentId: number, extra: Json = {}) {
  return patentee.post(`${base}/declarations`, { ...fee, patentId, ...extra });
}
async function declared(extra: Parameters<typeof buildHeldPatent>[2] = {}) {
  const p = await buildHeldPatent(env.ctx, entId, extra);
  const r = await declare(p.id);
  expect(r.statusCode, r.body).toBe(201);
  return { id: r.json<{ id: number }>().id, patentId: p.id };
}
let announcementSeq = 0;
/** Reviewed and recommended by the bureau, then announced by CNIPA (its number and date recorded). */
async function published() {
  const d = await declared({ title: `锂离子电池正极材料${Math.random()}` });
  expect((await staff.post(`${base}/declarations/${d.id}/approve`, {})).statusCode).toBe(200);
  const a = await patentee.post(`${base}/declarations/${d.id}/announcement`, { number: `测试公告2026-${++announcementSeq}`, date: '2026-03-02' });
  expect(a.statusCode, a.body).toBe(200);
  return d;
}
const legalEvents = (patentId: number) =>
  env.ctx.db
    .selectFrom('patent_events')
    .select(['kind', 'summary', 'authority', 'authority_no', 'authority_date', 'event_date'])
    .where('patent_id', '=', patentId)
    .execute();
const rulesOf = (body: string) => (JSON.parse(body) as { details?: { rules?: { rule: string }[] } }).details?.rules?.map((r) => r.rule) ?? [];

describe('eligibility against the registry (each rule fails by name)', () => {
  it('an eligible invention patent of the declaring enterprise is accepted and queued for review', async () => {
    const d = await declared();
    const q = (await staff.get('/api/work-queue')).json<{ items: { recordId: number; dueOn: string }[] }>();
    // 10 working days from Monday 2026-03-02.
    expect(q.items.find((i) => i.recordId === d.id)?.dueOn).toBe('2026-03-16');
    expect((await siblingStaff.get('/api/work-queue')).json<{ total: number }>().total).toBe(0);
  });

  it('patentee: a patent held by someone else', async () => {
    const other = await buildEnterprise(env.ctx, { region: '370811002' });
    const p = await buildHeldPatent(env.ctx, other.id);
    const r = await declare(p.id);
    expect(r.statusCode).toBe(409);
    expect(rulesOf(r.body)).toEqual(['patentee']);
    expect(r.json<{ message: string }>().message).toContain('不是该专利登记的当前专利权人');
  });

  it('granted_effective: not yet granted, lapsed, or expired', async () => {
    for (const o of [{ grantDate: null }, { events: [{ kind: 'lapse', date: '2025-06-01' }] }, { appDate: '2005-01-01', grantDate: '2008-01-01' }]) {
      const p = await buildHeldPatent(env.ctx, entId, o);
      const r = await declare(p.id);
      expect(r.statusCode).toBe(409);
      expect(rulesOf(r.body)).toContain('granted_effective');
    }
  });

  it('annual_fee and suspended: from the registry’s legal-status text', async () => {
    const p = await buildHeldPatent(env.ctx, entId);
    await env.ctx.db.updateTable('patents').set({ source_status: '未缴年费，滞纳期内' }).where('id', '=', p.id).execute();
    expect(rulesOf((await declare(p.id)).body)).toEqual(['annual_fee']);
    await env.ctx.db.updateTable('patents').set({ source_status: '权属纠纷中止' }).where('id', '=', p.id).execute();
    expect(rulesOf((await declare(p.id)).body)).toEqual(['suspended']);
  });

  it('exclusive_licence: an exclusive or sole licence in force blocks it; an ended one does not', async () => {
    const p = await buildHeldPatent(env.ctx, entId, { events: [{ kind: 'licence_exclusive', date: '2024-01-01', details: { until: '2028-12-31' } }] });
    expect(rulesOf((await declare(p.id)).body)).toEqual(['exclusive_licence']);
    const ended = await buildHeldPatent(env.ctx, entId, { events: [{ kind: 'licence_sole', date: '2020-01-01', details: { until: '2025-12-31' } }] });
    expect((await declare(ended.id)).statusCode).toBe(201);
  });

  it('pledged: needs the pledgee’s consent attached', async () => {
    const p = await buildHeldPatent(env.ctx, entId, { events: [{ kind: 'pledge', date: '2025-05-01', details: { amount: 3000000 } }] });
    expect(rulesOf((await declare(p.id)).body)).toEqual(['pledged']);
    const consent = await buildAttachment(env.ctx, entId, entUserId, 'pledgee_consent');
    expect((await declare(p.id, { attachmentIds: [consent] })).statusCode).toBe(201);
    const released = await buildHeldPatent(env.ctx, entId, {
      events: [
        { kind: 'pledge', date: '2024-05-01' },
        { kind: 'pledge_release', date: '2025-05-01' },
      ],
    });
    expect((await declare(released.id)).statusCode).toBe(201);
  });

  it('evaluation_report: utility models and designs attach one', async () => {
    const p = await buildHeldPatent(env.ctx, entId, { kind: 'utility', appDate: '2022-01-01', grantDate: '2022-08-01' });
    const r = await declare(p.id);
    expect(rulesOf(r.body)).toEqual(['evaluation_report']);
    expect(r.json<{ message: string }>().message).toContain('专利权评价报告');
    const report = await buildAttachment(env.ctx, entId, entUserId, 'evaluation_report');
    expect((await declare(p.id, { attachmentIds: [report] })).statusCode).toBe(201);
  });

  it('duplicate and advertising wording', async () => {
    const d = await declared();
    expect(rulesOf((await declare(d.patentId)).body)).toEqual(['duplicate']);
    const p = await buildHeldPatent(env.ctx, entId);
    expect(rulesOf((await declare(p.id, { otherTerms: '国内最先进的技术' })).body)).toEqual(['advertising']);
  });

  it('the declarable-patents list says which patents may be declared and what they need', async () => {
    const ok = await buildHeldPatent(env.ctx, entId, { title: '可声明的发明' });
    const utility = await buildHeldPatent(env.ctx, entId, { kind: 'utility', appDate: '2022-01-01', grantDate: '2022-08-01', title: '需评价报告的实用新型' });
    const items = (await patentee.get(`${base}/declarable-patents`)).json<{ items: { id: number; failures: unknown[]; needs: string[] }[] }>().items;
    expect(items.find((i) => i.id === ok.id)).toMatchObject({ failures: [], needs: [] });
    expect(items.find((i) => i.id === utility.id)).toMatchObject({ failures: [], needs: ['evaluation_report'] });
  });

  it('the fee standard must be complete (400 naming the field)', async () => {
    const p = await buildHeldPatent(env.ctx, entId);
    const r = await declare(p.id, { feeType: 'royalty', feeAmount: null });
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('royaltyRate');
  });
});

describe('review workflow: every allowed transition and forbidden ones', () => {
  it('approve recommends it (no legal-status event); CNIPA’s announcement, with its number and date, publishes it as CNIPA’s act', async () => {
    const d = await declared();
    const r = await staff.post(`${base}/declarations/${d.id}/approve`, { note: '材料齐全' });
    expect(r.json<Json>().status).toBe('recommended');
    // The bureau's review is no act of CNIPA: nothing on the patent's legal-status history, not in the catalogue.
    expect((await legalEvents(d.patentId)).map((e) => e.kind)).toEqual(['grant']);
    expect((await env.app.inject({ method: 'GET', url: `${base}/catalogue/${d.id}` })).statusCode).toBe(404);
    const again = await staff.post(`${base}/declarations/${d.id}/reject`, { reason: '重复操作' });
    expect(again.statusCode).toBe(409);
    expect(again.json<{ message: string }>().message).toBe('当前状态为“已审核推荐，待国家知识产权局公告”，不能执行“审核不通过”（仅“待审核”时可以）');
    // The patentee is told, and is asked to enter CNIPA's announcement.
    const inbox = await env.ctx.db.selectFrom('notifications').select(['kind', 'body']).where('user_id', '=', entUserId).execute();
    expect(inbox.find((n) => n.kind === 'open_licence.approve')?.body).toContain('由国家知识产权局公告');
    expect((await patentee.get('/api/work-queue')).json<{ items: { recordId: number; step: string }[] }>().items).toContainEqual(
      expect.objectContaining({ recordId: d.id, step: '待登记国家知识产权局公告' }),
    );
    // CNIPA's announcement: number and date required, not in the future; an outsider gets 404.
    expect((await patentee.post(`${base}/declarations/${d.id}/announcement`, { date: '2026-03-02' })).body).toContain('number');
    expect((await patentee.post(`${base}/declarations/${d.id}/announcement`, { number: 'CN2026-OL-0001', date: '2026-03-09' })).statusCode).toBe(400);
    expect((await licensee.post(`${base}/declarations/${d.id}/announcement`, { number: 'CN2026-OL-0001', date: '2026-03-02' })).statusCode).toBe(404);
    const a = await patentee.post(`${base}/declarations/${d.id}/announcement`, { number: 'CN2026-OL-0001', date: '2026-03-02' });
    expect(a.statusCode, a.body).toBe(200);
    expect(a.json<Json>()).toMatchObject({ status: 'published', cnipaAnnouncement: { number: 'CN2026-OL-0001', date: '2026-03-02' } });
    expect((await legalEvents(d.patentId)).find((e) => e.kind === 'open_licence')).toMatchObject({
      authority: 'cnipa',
      authority_no: 'CN2026-OL-0001',
      authority_date: '2026-03-02',
      event_date: '2026-03-02',
    });
    expect((await patentee.post(`${base}/declarations/${d.id}/announcement`, { number: 'CN2026-OL-0002', date: '2026-03-02' })).statusCode).toBe(409);
  });

  it('return → the patentee’s queue → resubmit → pending again; reject ends it', async () => {
    const d = await declared();
    const ret = await staff.post(`${base}/declarations/${d.id}/return`, { reason: '请明确支付方式' });
    expect(ret.json<Json>().status).toBe('returned');
    expect((await patentee.get('/api/work-queue')).json<{ items: { recordId: number }[] }>().items.map((i) => i.recordId)).toContain(d.id);
    expect((await staff.post(`${base}/declarations/${d.id}/approve`, {})).statusCode).toBe(409);
    const re = await patentee.post(`${base}/declarations/${d.id}/resubmit`, { ...fee, paymentMethod: 'annual' });
    expect(re.json<Json>().status).toBe('pending');
    expect(re.json<Json>().feeText).toBe('固定金额（入门费） 30,000 元，按年支付');
    const rej = await staff.post(`${base}/declarations/${d.id}/reject`, { reason: '不符合条件' });
    expect(rej.json<Json>().status).toBe('rejected');
    const w = await patentee.post(`${base}/declarations/${d.id}/withdraw`, {});
    expect(w.statusCode).toBe(409);
    expect(w.json<{ message: string }>().message).toContain('当前状态为“审核未通过”');
  });

  it('withdraw from pending; a bureau outside the region cannot review (404)', async () => {
    const d = await declared();
    expect((await siblingStaff.post(`${base}/declarations/${d.id}/approve`, {})).statusCode).toBe(404);
    expect((await licensee.post(`${base}/declarations/${d.id}/withdraw`, {})).statusCode).toBe(404);
    expect((await patentee.post(`${base}/declarations/${d.id}/withdraw`, {})).json<Json>().status).toBe('withdrawn');
  });

  it('the record page’s workflow view shows the status and what each user may do', async () => {
    const d = await declared();
    const v = (await staff.get(`/api/workflows/open_licence_declaration/${d.id}`)).json<{
      statusLabel: string;
      allowedActions: { action: string }[];
      dueOn: string;
    }>();
    expect(v.statusLabel).toBe('待审核');
    expect(v.allowedActions.map((a) => a.action)).toEqual(['approve', 'return', 'reject']);
    expect(v.dueOn).toBe('2026-03-16');
    const mine = (await patentee.get(`/api/workflows/open_licence_declaration/${d.id}`)).json<{ allowedActions: { action: string }[] }>();
    expect(mine.allowedActions.map((a) => a.action)).toEqual(['withdraw']);
  });
});

describe('catalogue, licences, withdrawal, statistics', () => {
  it('the public catalogue finds published declarations with the registry’s command syntax and filters', async () => {
    const d = await published();
    const hidden = await declared({ title: '锂离子电池隔膜' }); // pending: not in the catalogue
    const anon = (q: string) => env.app.inject({ method: 'GET', url: `${base}/catalogue?${q}` }).then((r) => r.json<{ items: { id: number }[] }>());
    const ids = (await anon(`q=${encodeURIComponent('TI=(锂离子 AND 正极)')}`)).items.map((i) => i.id);
    expect(ids).toContain(d.id);
    expect(ids).not.toContain(hidden.id);
    expect((await anon(`q=${encodeURIComponent('TI=隔膜')}`)).items).toEqual([]);
    expect((await anon('ipc=H01M')).items.map((i) => i.id)).toContain(d.id);
    expect((await anon('ipc=A61K')).items.map((i) => i.id)).not.toContain(d.id);
    expect((await anon('regionCode=370883')).items.map((i) => i.id)).not.toContain(d.id);
    expect((await anon('feeType=royalty')).items.map((i) => i.id)).not.toContain(d.id);
    const bad = await env.app.inject({ method: 'GET', url: `${base}/catalogue?q=${encodeURIComponent('TI=(锂')}` });
    expect(bad.statusCode).toBe(400);
  });

  it('a licensee obtains the licence by notice + proof of payment (the parties’ act, a platform reference); CNIPA’s filing goes on the history; withdrawal keeps it', async () => {
    const d = await published();
    const proof = await buildAttachment(env.ctx, smeId, smeUserId, 'payment_proof');
    const notice = { noticeText: '我公司依照贵方开放许可声明，书面通知实施该专利。', paidOn: '2026-03-01', sme: true, attachmentIds: [proof] };
    const low = await licensee.post(`${base}/declarations/${d.id}/licences`, { ...notice, paidAmount: 1000 });
    expect(low.statusCode).toBe(409);
    expect(low.json<{ message: string }>().message).toContain('不另行议价');
    const noProof = await licensee.post(`${base}/declarations/${d.id}/licences`, {
      ...notice,
      paidAmount: 30000,
      attachmentIds: [await buildAttachment(env.ctx, smeId, smeUserId, 'other')],
    });
    expect(noProof.statusCode).toBe(400);
    const self = await patentee.post(`${base}/declarations/${d.id}/licences`, {
      ...notice,
      paidAmount: 30000,
      attachmentIds: [await buildAttachment(env.ctx, entId, entUserId, 'payment_proof')],
    });
    expect(self.statusCode).toBe(409);
    const ok = await licensee.post(`${base}/declarations/${d.id}/licences`, { ...notice, paidAmount: 30000 });
    expect(ok.statusCode, ok.body).toBe(201);
    const l = ok.json<{ id: number; platformRef: string; cnipaFiling: unknown; termEnd: string; licensor: { orgId: number } }>();
    // The platform registers it under its own reference; no filing number of its own, nothing on the legal-status history.
    expect(l.platformRef).toMatch(/^PT-OL-\d{6}$/);
    expect(l.cnipaFiling).toBeNull();
    expect((await legalEvents(d.patentId)).some((e) => e.kind === 'licence')).toBe(false);
    expect(l.termEnd).toBe('2029-03-02');
    expect(l.licensor.orgId).toBe(entId);
    const twice = await licensee.post(`${base}/declarations/${d.id}/licences`, {
      ...notice,
      paidAmount: 30000,
      attachmentIds: [await buildAttachment(env.ctx, smeId, smeUserId, 'payment_proof')],
    });
    expect(twice.statusCode).toBe(409);
    // The filing is CNIPA's: either party enters CNIPA's number and date; then it is on the patent's history.
    expect((await staff.post(`${base}/licences/${l.id}/cnipa-filing`, { number: '2026370000012345', date: '2026-03-02' })).statusCode).toBe(403);
    expect((await patentee.post(`${base}/licences/${l.id}/cnipa-filing`, { number: '2026370000012345', date: '2026-02-27' })).statusCode).toBe(400);
    const filed = await patentee.post(`${base}/licences/${l.id}/cnipa-filing`, { number: '2026370000012345', date: '2026-03-02' });
    expect(filed.statusCode, filed.body).toBe(200);
    expect(filed.json<Json>().cnipaFiling).toEqual({ number: '2026370000012345', date: '2026-03-02' });
    expect((await legalEvents(d.patentId)).find((e) => e.kind === 'licence')).toMatchObject({ authority: 'cnipa', authority_no: '2026370000012345' });
    expect((await licensee.post(`${base}/licences/${l.id}/cnipa-filing`, { number: 'X-2', date: '2026-03-02' })).statusCode).toBe(409);
    // The proof is downloadable by the parties and the reviewers of either region, not by others.
    const att = (await patentee.get(`/api/attachments?recordType=open_licence&recordId=${l.id}`)).json<{ items: { kind: string }[] }>();
    expect(att.items.map((a) => a.kind)).toEqual(['payment_proof']);
    // While the declaration stands no exclusive licence can be registered.
    await expect(assertNoStandingOpenLicence(env.ctx.db, d.patentId, 'exclusive')).rejects.toThrow('不能登记独占许可或排他许可');
    await expect(assertNoStandingOpenLicence(env.ctx.db, d.patentId, 'ordinary')).resolves.toBeUndefined();
    // Withdrawal: no new licences, granted ones stay valid.
    expect((await patentee.post(`${base}/declarations/${d.id}/withdraw`, {})).json<Json>().status).toBe('withdrawn');
    const other = await buildEnterprise(env.ctx, { region: '370811' });
    const ou = await buildUser(env.ctx, { orgId: other.id, role: 'enterprise_user' });
    const late = await (
      await login(env.app, ou.username)
    ).post(`${base}/declarations/${d.id}/licences`, {
      ...notice,
      paidAmount: 30000,
      attachmentIds: [await buildAttachment(env.ctx, other.id, ou.id, 'payment_proof')],
    });
    expect(late.statusCode).toBe(409);
    expect(late.json<{ message: string }>().message).toBe('该声明已撤回，不能再授予许可');
    expect((await licensee.get(`${base}/licences/mine`)).json<{ items: { platformRef: string }[] }>().items.map((i) => i.platformRef)).toContain(l.platformRef);
    await expect(assertNoStandingOpenLicence(env.ctx.db, d.patentId, 'exclusive')).resolves.toBeUndefined();
    // Withdrawn on the platform without CNIPA's announcement: nothing on the legal-status history yet.
    expect((await legalEvents(d.patentId)).map((e) => e.kind)).not.toContain('open_licence_withdrawn');
    // The patentee's profile shows it in the utilization section.
    const profile = (await patentee.get(`/api/enterprises/${entId}`)).json<{ sections: { link: string; items: { label: string; value: string }[] }[] }>();
    const util = profile.sections.find((s) => s.link === 'utilization');
    expect(util?.items.some((i) => i.label === `开放许可 ${l.platformRef}` && i.value.includes('邹城测试小微企业'))).toBe(true);
  });

  it('statistics: declarations, deals, SME licensees and fees by region and period', async () => {
    const city = await openLicenceStats(env.ctx, { regionPrefix: '3708', from: '2026-01-01', to: '2026-12-31' });
    expect(city.deals).toBe(1);
    expect(city.smeLicensees).toBe(1);
    expect(city.feesAgreed).toBe(30000);
    expect(city.declarations).toBeGreaterThanOrEqual(3);
    const elsewhere = await openLicenceStats(env.ctx, { regionPrefix: '370883' });
    expect(elsewhere).toEqual({ declarations: 0, patents: 0, deals: 0, smeLicensees: 0, feesAgreed: 0 });
    const lastYear = await openLicenceStats(env.ctx, { regionPrefix: '3708', from: '2025-01-01', to: '2025-12-31' });
    expect(lastYear.deals).toBe(0);
    const r = await staff.get(`${base}/stats?regionCode=370811`);
    expect(r.json<{ deals: number }>().deals).toBe(1);
    expect((await siblingStaff.get(`${base}/stats?regionCode=370811`)).statusCode).toBe(403);
  });

  it('a patent that is not in force cannot be licensed even under a published declaration', async () => {
    const d = await published();
    await env.ctx.db.updateTable('patents').set({ terminated_on: '2026-03-01' }).where('id', '=', d.patentId).execute();
    const proof = await buildAttachment(env.ctx, smeId, smeUserId, 'payment_proof');
    const r = await licensee.post(`${base}/declarations/${d.id}/licences`, {
      noticeText: '书面通知实施该专利，按公告标准付费。',
      paidAmount: 30000,
      paidOn: '2026-03-01',
      attachmentIds: [proof],
    });
    expect(r.statusCode).toBe(409);
  });
});

describe('open licensing details: free licences, payments as what they are, the fee reduction', () => {
  async function announcedWith(extra: Json) {
    const p = await buildHeldPatent(env.ctx, entId, { title: `开放许可细则测试${Math.random()}` });
    const r = await declare(p.id, extra);
    expect(r.statusCode, r.body).toBe(201);
    const id = r.json<{ id: number }>().id;
    await staff.post(`${base}/declarations/${id}/approve`, {});
    await patentee.post(`${base}/declarations/${id}/announcement`, { number: `细则公告-${id}`, date: '2026-03-02' });
    return { id, patentId: p.id };
  }
  const notice = { noticeText: '我公司依照贵方开放许可声明，书面通知实施该专利。', paidOn: '2026-03-01' };

  it('a licence fee of 0 is a free licence: declared, and obtained without payment or proof', async () => {
    const d = await announcedWith({ feeType: 'lump_sum', feeAmount: 0 });
    const r = await licensee.post(`${base}/declarations/${d.id}/licences`, { ...notice, paidAmount: 0 });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json<Json>().payment).toEqual({ basis: 'lump_sum', units: null, salesAmount: null, due: 0, paid: 0 });
  });

  it('per-unit and royalty payments are recorded with what they cover and refused below what that is due', async () => {
    const unit = await announcedWith({ feeType: 'per_unit', feeAmount: 50 });
    const proof = () => buildAttachment(env.ctx, smeId, smeUserId, 'payment_proof');
    const noUnits = await licensee.post(`${base}/declarations/${unit.id}/licences`, { ...notice, paidAmount: 4000, attachmentIds: [await proof()] });
    expect(noUnits.statusCode).toBe(400);
    expect(noUnits.body).toContain('units');
    const short = await licensee.post(`${base}/declarations/${unit.id}/licences`, { ...notice, paidAmount: 4000, units: 100, attachmentIds: [await proof()] });
    expect(short.statusCode).toBe(409);
    expect(short.json<{ message: string }>().message).toContain('5000 元');
    const ok = await licensee.post(`${base}/declarations/${unit.id}/licences`, { ...notice, paidAmount: 5000, units: 100, attachmentIds: [await proof()] });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json<Json>().payment).toEqual({ basis: 'per_unit', units: 100, salesAmount: null, due: 5000, paid: 5000 });

    const royalty = await announcedWith({ feeType: 'royalty', feeAmount: null, royaltyRate: 3 });
    const low = await licensee.post(`${base}/declarations/${royalty.id}/licences`, {
      ...notice,
      paidAmount: 20000,
      salesAmount: 1_000_000,
      attachmentIds: [await proof()],
    });
    expect(low.statusCode).toBe(409);
    const paid = await licensee.post(`${base}/declarations/${royalty.id}/licences`, {
      ...notice,
      paidAmount: 30000,
      salesAmount: 1_000_000,
      attachmentIds: [await proof()],
    });
    expect(paid.statusCode, paid.body).toBe(201);
    expect(paid.json<Json>().payment).toEqual({ basis: 'royalty', units: null, salesAmount: 1_000_000, due: 30000, paid: 30000 });
  });

  it('the 15 % annual-fee reduction shows on the announced declaration, is not stacked, and is exported for fee reminders', async () => {
    const recommended = await declared();
    await staff.post(`${base}/declarations/${recommended.id}/approve`, {});
    expect((await patentee.get(`${base}/declarations/${recommended.id}`)).json<Json>().feeReduction).toBeNull();
    const d = await announcedWith({ feeType: 'lump_sum', feeAmount: 10000 });
    expect((await patentee.get(`${base}/declarations/${d.id}`)).json<Json>().feeReduction).toMatchObject({
      percent: 15,
      basis: '财税〔2024〕23号',
      since: '2026-03-02',
    });
    const reduction = await openLicenceReductionOn(env.ctx.db, d.patentId, '2026-06-01');
    expect(reduction).toEqual({ percent: 15, basis: '财税〔2024〕23号' });
    expect(await openLicenceReductionOn(env.ctx.db, d.patentId, '2026-03-01')).toBeNull();
    // Not stacked with another reduction: the most favourable one alone applies.
    expect(annualFeeAfterReduction(1200, [reduction ?? { percent: 0, basis: '' }, { percent: 10, basis: '其他减缴' }])).toEqual({
      amount: 1020,
      applied: { percent: 15, basis: '财税〔2024〕23号' },
    });
    expect(
      annualFeeAfterReduction(1200, [
        { percent: 15, basis: 'a' },
        { percent: 85, basis: '专利收费减缴' },
      ]).amount,
    ).toBe(180);
    expect((await patentee.post(`${base}/declarations/${d.id}/withdraw`, { announcement: { number: '撤回公告-1', date: '2026-03-02' } })).statusCode).toBe(200);
    expect(await openLicenceReductionOn(env.ctx.db, d.patentId, '2026-06-01')).toBeNull();
    expect((await legalEvents(d.patentId)).find((e) => e.kind === 'open_licence_withdrawn')).toMatchObject({ authority: 'cnipa', authority_no: '撤回公告-1' });
  });
});
