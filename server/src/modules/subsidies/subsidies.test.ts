import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  messageText,
  type ErrorBody,
  type IndicatorValues,
  type LprRateList,
  type SubsidyApplication,
  type SubsidyBatchDetail,
  type SubsidyPreview,
} from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { buildEnterprise, buildOrg, buildUser, login, type Client } from '../../../test/factories.js';
import { buildAttachment } from '../open-licensing/test-helpers.js';
import { ensureLpr, qingdaoLoan } from './test-helpers.js';
import { computeStoredApplications } from './compute.js';

const base = '/api/subsidies';
let env: TestEnv;
let ent: Client;
let entId: number;
let entUserId: number;
let staff: Client;
let siblingStaff: Client;

beforeAll(async () => {
  env = await createTestEnv({ UPLOAD_DIR: mkdtempSync(path.join(tmpdir(), 'zc-files-')) });
  const bureau = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370811' });
  const sibling = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370883' });
  entId = (await buildEnterprise(env.ctx, { region: '370811002', name: '任城测试贴息企业有限公司' })).id;
  const u = await buildUser(env.ctx, { orgId: entId, role: 'enterprise_user' });
  entUserId = u.id;
  ent = await login(env.app, u.username);
  staff = await login(env.app, (await buildUser(env.ctx, { orgId: bureau.id, role: 'bureau_staff' })).username);
  siblingStaff = await login(env.app, (await buildUser(env.ctx, { orgId: sibling.id, role: 'bureau_staff' })).username);
  await ensureLpr(env.ctx, '2025-01', 3.1);
});
afterAll(() => env.close());

let bankSeq = 0;
async function attachments(orgId = entId, userId = entUserId) {
  return {
    contractAttachmentIds: [await buildAttachment(env.ctx, orgId, userId, 'loan_contract')],
    evidenceAttachmentIds: [await buildAttachment(env.ctx, orgId, userId, 'interest_evidence')],
  };
}
async function apply(extra: Record<string, unknown> = {}, c = ent) {
  return c.post(`${base}/applications`, { ...qingdaoLoan, bank: `测试银行${++bankSeq}`, ...(await attachments()), ...extra });
}
const count = async () =>
  Number(
    (
      await env.ctx.db
        .selectFrom('subsidy_applications')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('an enterprise applies and sees the computation line by line', () => {
  it('Qingdao: 1,000,000 × 3.1 % (January 2025 LPR, the month before the 2025-02-20 contract) × 60 % × 12 ÷ 12 = 18,600', async () => {
    const preview = await ent.post(`${base}/preview`, qingdaoLoan);
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json<SubsidyPreview>().evaluation.amount).toBe(18_600);

    const res = await apply();
    expect(res.statusCode, res.body).toBe(201);
    const a = res.json<SubsidyApplication>();
    expect(a).toMatchObject({ status: 'submitted', computedAmount: 18_600, approvedAmount: null, policyName: '青岛市专利权质押贷款贴息' });
    const en = a.evaluation.lines.map((l) => messageText(l, 'en'));
    expect(en).toContain('Rate used: the 2025-01 1-year LPR, 3.1%');
    expect(en).toContain('Principal 1,000,000.00 yuan × rate 3.1% × share 60% × 12 ÷ 12 months = 18,600.00 yuan');
    expect(a.evaluation.lines.map((l) => messageText(l, 'zh')).at(-1)).toBe('核定金额 18,600.00 元');
    // The reviewers' queue has it with its 15-working-day clock; the sibling county's does not.
    const q = (await staff.get('/api/work-queue')).json<{ items: { recordId: number; step: string }[] }>();
    expect(q.items.find((i) => i.recordId === a.id)?.step).toBe('贴息申报待审核');
    expect((await siblingStaff.get(`${base}/applications/${a.id}`)).statusCode).toBe(404);
    // Its attachments are on the record.
    const files = await env.ctx.db
      .selectFrom('attachments')
      .select(['step'])
      .where('record_type', '=', 'subsidy_application')
      .where('record_id', '=', a.id)
      .execute();
    expect(files.map((f) => f.step).sort()).toEqual(['interest_evidence', 'loan_contract']);
  });

  it('the same loan twice in one period: 409 naming the open application', async () => {
    const first = (await apply({ bank: '重复贷款银行' })).json<SubsidyApplication>();
    const again = await apply({ bank: '重复贷款银行' });
    expect(again.statusCode).toBe(409);
    expect(again.json<ErrorBody>()).toMatchObject({ messageCode: 'subsidy.duplicate_loan', params: { id: first.id } });
  });

  it('conditions not met (no patent pledged for the first time): 409 naming the condition, nothing written', async () => {
    const before = await count();
    const res = await apply({ flags: { ...qingdaoLoan.flags, firstPledge: false } });
    expect(res.statusCode).toBe(409);
    expect(res.json<ErrorBody>().message).toContain('条件“至少一件专利首次质押”须为“是”：不符合');
    expect(await count()).toBe(before);
  });
});

describe('bad input: 400 naming the field, nothing written', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['an absurd principal (> 1e12)', { principal: 2e12 }, 'principal'],
    ['a negative principal', { principal: -5 }, 'principal'],
    ['negative interest', { interestPaid: -1 }, 'interestPaid'],
    ['a non-numeric amount', { interestPaid: '三万' }, 'interestPaid'],
    ['a rate above 36 %', { ratePct: 40 }, 'ratePct'],
    ['a negative rate', { ratePct: -0.5 }, 'ratePct'],
    ['an interest period that ends before it starts', { interestFrom: '2025-06-01', interestTo: '2025-05-31' }, 'interestTo'],
    ['interest before the contract', { interestFrom: '2025-01-01' }, 'interestFrom'],
    ['interest for a period not yet over', { interestTo: '2026-12-31' }, 'interestTo'],
    ['interest above the principal', { interestPaid: 2_000_000 }, 'interestPaid'],
    ['an unknown policy', { policyKey: 'shanghai' }, 'policyKey'],
  ];
  for (const [what, body, field] of cases) {
    it(what, async () => {
      const before = await count();
      const res = await apply(body);
      expect(res.statusCode, res.body).toBe(400);
      expect(Object.keys(res.json<ErrorBody>().fields ?? {})).toContain(field);
      expect(await count()).toBe(before);
    });
  }

  it('reversed dates are coded, and read in English', async () => {
    const res = await apply({ interestFrom: '2025-06-01', interestTo: '2025-05-31' });
    expect(res.json<ErrorBody>().fieldCodes?.interestTo).toEqual({ code: 'subsidy.dates_reversed', params: {} });
  });

  it('an LPR with a rate outside 0–36 % or a malformed month', async () => {
    expect((await staff.post(`${base}/lpr`, { month: '2025-13', rate1yPct: 3, source: '人行' })).json<ErrorBody>().fields).toHaveProperty('month');
    expect((await staff.post(`${base}/lpr`, { month: '2024-11', rate1yPct: 37, source: '人行' })).json<ErrorBody>().fields).toHaveProperty('rate1yPct');
  });
});

describe('credit restriction (信用管理名单)', () => {
  it('a listed enterprise (funding restricted) gets a coded 409 naming the listing', async () => {
    const listed = (await buildEnterprise(env.ctx, { region: '370811002', name: '失信测试企业' })).id;
    const u = await buildUser(env.ctx, { orgId: listed, role: 'enterprise_user' });
    const c = await login(env.app, u.username);
    const at = env.ctx.clock.now().toISOString();
    await env.ctx.db
      .insertInto('credit_listings')
      .values({
        org_id: listed,
        subject_kind: 'org',
        subject_name: '失信测试企业',
        region_code: '370811002',
        behaviour: 'false_materials',
        measures_json: JSON.stringify(['funding_review']),
        evidence: '测试',
        authority: '济宁市市场监督管理局',
        decision_no: '济市监信〔2026〕1号',
        decided_on: '2026-01-10',
        starts_on: '2026-01-10',
        ends_on: '2027-01-09',
        ended_on: null,
        status: 'in_force',
        created_by: null,
        created_at: at,
        updated_at: at,
      })
      .execute();
    const res = await c.post(`${base}/applications`, { ...qingdaoLoan, ...(await attachments(listed, u.id)) });
    expect(res.statusCode).toBe(409);
    const body = res.json<ErrorBody>();
    expect(body.messageCode).toBe('credit.restricted');
    expect(body.message).toContain('济宁市市场监督管理局');
    expect(body.message).toContain('2027-01-09');
  });
});

describe('review, batch, approval and payment', () => {
  it('the bureau approves on review, gathers a batch, approves it and records the payment; the indicators move', async () => {
    const a = (await apply()).json<SubsidyApplication>();
    expect((await siblingStaff.post(`${base}/applications/${a.id}/verify`, {})).statusCode).toBe(404);
    expect((await ent.post(`${base}/applications/${a.id}/verify`, {})).statusCode).toBe(403);
    const v = await staff.post(`${base}/applications/${a.id}/verify`, { note: '材料齐全' });
    expect(v.statusCode, v.body).toBe(200);
    expect(v.json<SubsidyApplication>()).toMatchObject({ status: 'verified', approvedAmount: 18_600 });
    // Reviewing twice: 409 saying why.
    expect((await staff.post(`${base}/applications/${a.id}/verify`, {})).json<ErrorBody>().messageCode).toBe('workflow.wrong_status');

    // A second loan of the same firm is computed with the first one's 18,600 counted against the yearly cap.
    const second = (await apply()).json<SubsidyApplication>();
    const cap = second.evaluation.lines.find((l) => l.code === 'policy.cap_within');
    expect(cap?.params).toMatchObject({ used: '18,600.00', left: '481,400.00' });

    const b = await staff.post(`${base}/batches`, { name: '2026年第一批', applicationIds: [a.id] });
    expect(b.statusCode, b.body).toBe(201);
    const batchId = b.json<{ id: number }>().id;
    // An application not approved on review cannot join.
    const bad = await staff.post(`${base}/batches`, { name: '错误批次', applicationIds: [second.id] });
    expect(bad.statusCode).toBe(409);
    expect(bad.json<ErrorBody>().messageCode).toBe('subsidy.batch_region');
    expect((await siblingStaff.get(`${base}/batches/${batchId}`)).statusCode).toBe(404);

    // Paying before approval: 409.
    expect((await staff.post(`${base}/batches/${batchId}/disburse`, { paidOn: '2026-03-02', reference: 'PZ-1' })).statusCode).toBe(409);
    const ap = await staff.post(`${base}/batches/${batchId}/approve`, { approvalNo: '济知〔2026〕1号' });
    expect(ap.statusCode, ap.body).toBe(200);
    expect(ap.json()).toMatchObject({ status: 'approved', count: 1, enterprises: 1, total: 18_600 });
    expect((await staff.post(`${base}/batches/${batchId}/disburse`, { paidOn: '2026-03-03', reference: 'PZ-1' })).json<ErrorBody>().fields).toHaveProperty(
      'paidOn',
    );
    const paid = await staff.post(`${base}/batches/${batchId}/disburse`, { paidOn: '2026-03-02', reference: 'PZ-1' });
    expect(paid.statusCode, paid.body).toBe(200);
    expect(paid.json()).toMatchObject({ status: 'paid', paidTotal: 18_600 });

    const detail = (await staff.get(`${base}/batches/${batchId}`)).json<SubsidyBatchDetail>();
    expect(detail.applications[0]).toMatchObject({ status: 'paid', paid: { amount: 18_600, paidOn: '2026-03-02', reference: 'PZ-1' } });
    expect((await ent.get(`${base}/applications/${a.id}`)).json<SubsidyApplication>().status).toBe('paid');

    const values = (
      await staff.get(
        `/api/indicators/values?regionCode=370811&period=2026&includeChildren=true&keys=pledge_interest_subsidy_paid_yuan,pledge_interest_subsidy_enterprises`,
      )
    ).json<IndicatorValues>();
    const row = (key: string) => values.rows.find((r) => r.indicatorKey === key && r.regionCode === '370811');
    expect(row('pledge_interest_subsidy_paid_yuan')).toMatchObject({ value: 18_600, provenance: { kind: 'computed' } });
    expect(row('pledge_interest_subsidy_enterprises')?.value).toBe(1);
  });

  it('an LPR not yet entered: the application is taken with no amount, and approved once staff enter it', async () => {
    const res = await apply({ contractDate: '2024-07-15', interestFrom: '2024-08-01', interestTo: '2025-07-31' });
    expect(res.statusCode, res.body).toBe(201);
    const a = res.json<SubsidyApplication>();
    expect(a.evaluation).toMatchObject({ outcome: 'incomplete', amount: null });
    expect(a.evaluation.lines.map((l) => messageText(l, 'zh'))).toContain('2024-06 一年期 LPR 尚未录入，无法计算');
    const early = await staff.post(`${base}/applications/${a.id}/verify`, {});
    expect(early.statusCode).toBe(409);
    expect(early.json<ErrorBody>().messageCode).toBe('policy.result_incomplete');
    const lpr = await staff.post(`${base}/lpr`, { month: '2024-06', rate1yPct: 3.45, source: '全国银行间同业拆借中心公告' });
    expect(lpr.statusCode, lpr.body).toBe(201);
    expect((await staff.post(`${base}/lpr`, { month: '2024-06', rate1yPct: 3.45, source: '重复' })).json<ErrorBody>().messageCode).toBe('lpr.duplicate');
    const v = await staff.post(`${base}/applications/${a.id}/verify`, {});
    // 1,000,000 × 3.45 % × 60 % × 12 ÷ 12 = 20,700; the yearly cap counts the 2025 year of this period's end.
    expect(v.json<SubsidyApplication>()).toMatchObject({ status: 'verified', approvedAmount: 20_700 });
    const list = (await ent.get(`${base}/lpr`)).json<LprRateList>();
    expect(list.items.find((r) => r.month === '2024-06')).toMatchObject({ rate1yPct: 3.45, isDemo: false });
  });

  it('return for correction, resubmit, withdraw', async () => {
    const a = (await apply()).json<SubsidyApplication>();
    expect((await staff.post(`${base}/applications/${a.id}/return`, { reason: '付息凭证不清晰' })).json<SubsidyApplication>().status).toBe('returned');
    const again = await ent.post(`${base}/applications/${a.id}/resubmit`, { ...qingdaoLoan, bank: a.bank, principal: 500_000 });
    expect(again.statusCode, again.body).toBe(200);
    // 500,000 × 3.1 % × 60 % = 9,300.
    expect(again.json<SubsidyApplication>()).toMatchObject({ status: 'submitted', computedAmount: 9_300 });
    expect((await ent.post(`${base}/applications/${a.id}/withdraw`, {})).json<SubsidyApplication>().status).toBe('withdrawn');
  });
});

describe('policies and the LPR series', () => {
  it('lists exactly the three templates of domain-rules.md', async () => {
    const res = await ent.get(`${base}/policies`);
    expect(res.json<{ items: { key: string }[] }>().items.map((p) => p.key)).toEqual(['fujian', 'beijing_zgc', 'qingdao']);
  });
});

describe('a batch computed at once (computeStoredApplications)', () => {
  it('gives each application what it gets alone, its own grant left out of its caps', async () => {
    const a = (await apply()).json<SubsidyApplication>();
    const verified = (await apply()).json<SubsidyApplication>();
    expect((await staff.post(`${base}/applications/${verified.id}/verify`, {})).statusCode).toBe(200);
    const all = await computeStoredApplications(env.ctx.db, [a.id, verified.id]);
    expect(all.get(a.id)?.amount).toBe(18_600);
    expect(all.get(verified.id)?.amount).toBe(18_600);
    // The submitted one counts the verified one's 18,600 (and every earlier grant of the year) against the yearly cap.
    const used = (id: number) => Number(String(all.get(id)?.lines.find((l) => l.code === 'policy.cap_within')?.params.used).replace(/,/g, ''));
    expect(used(a.id)).toBeGreaterThan(used(verified.id));
    expect(used(a.id) - used(verified.id)).toBe(18_600);
  });
});
