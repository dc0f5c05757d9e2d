import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, FinanceApplication, FinanceOversight, FinanceProduct, FinanceProductDetail, MyPrecheck } from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { auditCount, buildEnterprise, buildOrg, buildUser, login, type Client } from '../../../test/factories.js';
import { sweepDeadlines } from '../../platform/work-items.js';
import { buildHeldPatent } from '../open-licensing/test-helpers.js';
import { buildProduct, productBody } from './test-helpers.js';
import fc from 'fast-check';
import { compileRules, isEligible, precheck, fullYearsSince } from './eligibility.js';
import { median } from './oversight.js';
import { approvedLoanFacts } from './api.js';

const base = '/api/finance';
let env: TestEnv;
let bank: Client;
let bankB: Client;
let bankId: number;
let bankBId: number;
let cityStaff: Client;
let countyStaff: Client;
let siblingStaff: Client;
let ent: Client;
let entId: number;
let other: Client;
let otherId: number;

beforeAll(async () => {
  env = await createTestEnv();
  const city = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370800' });
  const county = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370811' });
  const sibling = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370883' });
  bankId = (await buildOrg(env.ctx, { kind: 'bank', region: '370800', name: '济宁测试银行' })).id;
  bankBId = (await buildOrg(env.ctx, { kind: 'bank', region: '370800', name: '济宁第二测试银行' })).id;
  bank = await login(env.app, (await buildUser(env.ctx, { orgId: bankId, role: 'bank_officer' })).username);
  bankB = await login(env.app, (await buildUser(env.ctx, { orgId: bankBId, role: 'bank_officer' })).username);
  cityStaff = await login(env.app, (await buildUser(env.ctx, { orgId: city.id, role: 'bureau_staff' })).username);
  countyStaff = await login(env.app, (await buildUser(env.ctx, { orgId: county.id, role: 'bureau_staff' })).username);
  siblingStaff = await login(env.app, (await buildUser(env.ctx, { orgId: sibling.id, role: 'bureau_staff' })).username);
  entId = (await buildEnterprise(env.ctx, { region: '370811002', name: '济宁测试融资企业有限公司' })).id;
  ent = await login(env.app, (await buildUser(env.ctx, { orgId: entId, role: 'enterprise_user' })).username);
  otherId = (await buildEnterprise(env.ctx, { region: '370883', name: '邹城另一企业' })).id;
  other = await login(env.app, (await buildUser(env.ctx, { orgId: otherId, role: 'enterprise_user' })).username);
});
afterAll(() => env.close());

async function listedProduct(o: Parameters<typeof productBody>[0] = {}) {
  const r = await bank.post(`${base}/products`, productBody(o));
  expect(r.statusCode, r.body).toBe(201);
  const id = r.json<FinanceProductDetail>().id;
  const a = await cityStaff.post(`${base}/products/${id}/approve`, {});
  expect(a.statusCode, a.body).toBe(200);
  return id;
}

async function applyFor(productId: number, o: { collateral?: { kind: string; id: number }[]; client?: Client } = {}) {
  const collateral = o.collateral ?? [{ kind: 'patent', id: (await buildHeldPatent(env.ctx, entId)).id }];
  return (o.client ?? ent).post(`${base}/applications`, { productId, amount: 1_000_000, termMonths: 12, purpose: '研发投入与扩产', collateral, consent: true });
}

describe('products: reviewed before listing, each change a new version', () => {
  it('a new product waits for the bureau; the sibling county cannot see or review it; approval lists it', async () => {
    const r = await bank.post(`${base}/products`, productBody({ name: '任城专利贷', regions: ['370811'] }));
    expect(r.statusCode, r.body).toBe(201);
    const p = r.json<FinanceProductDetail>();
    expect(p.status).toBe('pending');
    expect(p.pendingVersion).toBe(1);
    expect((await bank.get(`${base}/products?region=370811`)).json<{ items: FinanceProduct[] }>().items.map((x) => x.id)).not.toContain(p.id);
    expect((await siblingStaff.post(`${base}/products/${p.id}/approve`, {})).statusCode).toBe(404);
    expect((await countyStaff.get(`${base}/products/review`)).json<{ items: FinanceProduct[] }>().items.map((x) => x.id)).toContain(p.id);
    const ok = await countyStaff.post(`${base}/products/${p.id}/approve`, { note: '条款清楚' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json<FinanceProductDetail>()).toMatchObject({ status: 'listed', version: 1, pendingVersion: null });
    const anon = await env.app.inject({ method: 'GET', url: `${base}/products?region=370811002` });
    expect(anon.json<{ items: FinanceProduct[] }>().items.find((x) => x.id === p.id)).toMatchObject({ name: '任城专利贷', precheck: null });
  });

  it('a revision is version 2, reviewed while version 1 stays on the shelf; every version is kept', async () => {
    const id = await listedProduct({ name: '第一版', regions: ['370800'] });
    const rev = await bank.request('PUT', `${base}/products/${id}`, productBody({ name: '第二版', regions: ['370800'] }));
    expect(rev.statusCode, rev.body).toBe(200);
    expect(rev.json<FinanceProductDetail>()).toMatchObject({ status: 'listed', version: 1, pendingVersion: 2, name: '第一版' });
    expect((await env.app.inject({ method: 'GET', url: `${base}/products/${id}` })).json<FinanceProduct>().name).toBe('第一版');
    const returned = await cityStaff.post(`${base}/products/${id}/return`, { reason: '利率说明不清' });
    expect(returned.json<FinanceProductDetail>()).toMatchObject({ status: 'listed', version: 1, pendingVersion: null });
    await bank.request('PUT', `${base}/products/${id}`, productBody({ name: '第三版', regions: ['370800'] }));
    await cityStaff.post(`${base}/products/${id}/approve`, {});
    const d = (await bank.get(`${base}/products/${id}`)).json<FinanceProductDetail>();
    expect(d).toMatchObject({ name: '第三版', version: 3 });
    expect(d.versions.map((v) => [v.version, v.status])).toEqual([
      [3, 'approved'],
      [2, 'returned'],
      [1, 'approved'],
    ]);
    // Another bank can neither revise nor see the versions.
    expect((await bankB.request('PUT', `${base}/products/${id}`, productBody())).statusCode).toBe(404);
    expect((await bankB.get(`${base}/products/${id}`)).json<FinanceProductDetail>().versions).toEqual([]);
  });

  it('bad products: amounts ≤ 0, non-numeric or above 1e12, rates outside 0–36 %, inverted ranges — 400 naming the field, nothing written', async () => {
    const before = await auditCount(env.ctx);
    const cases: [Record<string, unknown>, string][] = [
      [{ amountMin: 0 }, 'amountMin'],
      [{ amountMin: -5 }, 'amountMin'],
      [{ amountMin: '十万' }, 'amountMin'],
      [{ amountMax: 2e12 }, 'amountMax'],
      [{ rate: { type: 'fixed', percent: 37 } }, 'rate.percent'],
      [{ rate: { type: 'fixed', percent: -1 } }, 'rate.percent'],
      [{ amountMin: 5_000_000, amountMax: 1_000_000 }, 'amountMax'],
      [{ termMonthsMin: 24, termMonthsMax: 12 }, 'termMonthsMax'],
    ];
    for (const [patch, field] of cases) {
      const r = await bank.post(`${base}/products`, { ...productBody(), ...patch });
      expect(r.statusCode, JSON.stringify(patch)).toBe(400);
      expect(Object.keys(r.json<ErrorBody>().fields ?? {}), JSON.stringify(patch)).toContain(field);
    }
    const inverted = await bank.post(`${base}/products`, { ...productBody(), amountMin: 5_000_000, amountMax: 1_000_000 });
    expect(inverted.json<ErrorBody>().fieldCodes?.amountMax?.code).toBe('finance.amount_range');
    expect(await auditCount(env.ctx)).toBe(before);
  });

  it('sorts by today’s rate and compares up to three side by side', async () => {
    const cheap = await listedProduct({ name: '低利率', rate: { type: 'fixed', percent: 2.9 }, regions: ['370883'] });
    const dear = await listedProduct({ name: '高利率', rate: { type: 'lpr', lprTerm: '1y', spreadBp: 200 }, regions: ['370883'] });
    const list = (await env.app.inject({ method: 'GET', url: `${base}/products?region=370883&sort=rate` })).json<{ items: FinanceProduct[] }>().items;
    const ids = list.map((p) => p.id);
    expect(ids.indexOf(cheap)).toBeLessThan(ids.indexOf(dear));
    expect(list.find((p) => p.id === dear)?.rateText).toBe('1年期LPR+200BP（现 5.00%）');
    const cmp = await env.app.inject({ method: 'GET', url: `${base}/products/compare?ids=${dear},${cheap}` });
    expect(cmp.json<{ items: FinanceProduct[] }>().items.map((p) => p.id)).toEqual([dear, cheap]);
    expect((await env.app.inject({ method: 'GET', url: `${base}/products/compare?ids=1,2,3,4` })).statusCode).toBe(400);
  });
});

describe('pre-check: every product says 符合 or 不符合 with the enterprise’s own figures', () => {
  it('names each failing rule with the registry’s count and the profile', async () => {
    const e = await buildEnterprise(env.ctx, { region: '370811002', name: '预检企业' });
    const c = await login(env.app, (await buildUser(env.ctx, { orgId: e.id, role: 'enterprise_user' })).username);
    await buildHeldPatent(env.ctx, e.id, { ipc: ['G06F16/00'] });
    await buildHeldPatent(env.ctx, e.id, { ipc: ['G06F17/10'] });
    await buildHeldPatent(env.ctx, e.id, { kind: 'utility', ipc: ['A01B1/00'] });
    await buildHeldPatent(env.ctx, e.id, { grantDate: '2020-01-01', appDate: '2001-01-01', ipc: ['H01M4/00'] }); // expired in 2021: not counted
    await env.ctx.db.updateTable('enterprise_profiles').set({ tags: '["high_tech"]', established_on: '2019-06-30' }).where('org_id', '=', e.id).execute();
    const strict = await listedProduct({
      name: '严格产品',
      regions: ['370811'],
      rules: { minInventionPatents: 3, requiredTags: ['high_tech', 'specialised_sme'], ipcPrefixes: ['H01M'], minYearsEstablished: 10 },
    });
    const easy = await listedProduct({
      name: '宽松产品',
      regions: ['370811'],
      rules: { minInventionPatents: 2, requiredTags: ['high_tech'], ipcPrefixes: ['G06F'] },
    });
    const r = (await c.get(`${base}/precheck`)).json<MyPrecheck>();
    expect(r.figures).toMatchObject({ inventionPatents: 2, tags: ['high_tech'], ipcClasses: ['A01B', 'G06F'] });
    expect(r.figures.yearsEstablished).toBe(fullYearsSince('2019-06-30', '2026-03-02'));
    const s = r.items.find((p) => p.id === strict)?.precheck;
    expect(s?.eligible).toBe(false);
    expect(s?.checks.filter((x) => !x.met).map((x) => x.text)).toEqual([
      '有效发明专利 2 件，要求 ≥ 3 件',
      '企业资质：高新技术企业，要求具备 高新技术企业、专精特新（缺少 专精特新）',
      '有效专利分类 A01B、G06F，要求涉及 H01M 之一',
      '成立 6 年，要求 ≥ 10 年',
    ]);
    expect(r.items.find((p) => p.id === easy)?.precheck?.eligible).toBe(true);
    // The supermarket carries the same pre-check for the signed-in enterprise, and can keep only what it can get.
    const only = (await c.get(`${base}/products?eligibleOnly=1&pageSize=200`)).json<{ items: FinanceProduct[] }>().items.map((p) => p.id);
    expect(only).toContain(easy);
    expect(only).not.toContain(strict);
  });

  it('an enterprise listed on the IP credit management list fails the no-listing rule, with the listing’s end date', async () => {
    const e = await buildEnterprise(env.ctx, { region: '370811002', name: '失信测试企业' });
    const c = await login(env.app, (await buildUser(env.ctx, { orgId: e.id, role: 'enterprise_user' })).username);
    const pid = await listedProduct({ name: '守信产品', regions: ['370811'], rules: { noCreditListing: true } });
    const clean = (await c.get(`${base}/precheck`)).json<MyPrecheck>();
    expect(clean.figures.creditListed).toBe(false);
    expect(clean.items.find((p) => p.id === pid)?.precheck?.checks[0]?.text).toBe('未被列入知识产权信用管理名单，符合要求');
    const at = env.ctx.clock.now().toISOString();
    await env.ctx.db
      .insertInto('credit_listings')
      .values({
        org_id: e.id,
        subject_kind: 'org',
        subject_name: '失信测试企业',
        region_code: '370811',
        behaviour: 'abnormal_patent_application',
        measures_json: '["funding_review"]',
        evidence: '测试',
        authority: '济宁市市场监督管理局',
        decision_no: '济市监信〔2026〕1号',
        decided_on: '2026-01-05',
        starts_on: '2026-01-05',
        ends_on: '2027-01-04',
        ended_on: null,
        status: 'in_force',
        created_by: null,
        created_at: at,
        updated_at: at,
      })
      .execute();
    const listed = (await c.get(`${base}/precheck`)).json<MyPrecheck>();
    expect(listed.figures.creditListed).toBe(true);
    const check = listed.items.find((p) => p.id === pid)?.precheck;
    expect(check).toMatchObject({
      eligible: false,
      checks: [{ rule: 'noCreditListing', met: false, text: '已被列入知识产权信用管理名单（至 2027-01-04），要求未被列入' }],
    });
  });

  it('the bulk verdict (isEligible) agrees with the pre-check’s on random rules and figures', () => {
    const tags = fc.subarray(['high_tech', 'specialised_sme', 'above_scale', 'ip_advantage', 'ip_demonstration'] as const);
    const ipc = fc.constantFrom('H01M10/0525', 'G06F16/00', 'H01M4/00', 'A61K36/00', 'B25J9/16');
    fc.assert(
      fc.property(
        fc.record(
          {
            minInventionPatents: fc.nat(5),
            minHighValuePatents: fc.nat(3),
            requiredTags: tags,
            noCreditListing: fc.boolean(),
            ipcPrefixes: fc.array(fc.constantFrom('H01M', 'G06F', 'A61K36', 'C08L'), { maxLength: 2 }),
            minYearsEstablished: fc.nat(8),
          },
          { requiredKeys: [] },
        ),
        fc.record({
          inventionPatents: fc.nat(6),
          highValuePatents: fc.nat(4),
          tags,
          creditListed: fc.constantFrom(true, false, null),
          yearsEstablished: fc.option(fc.nat(10), { nil: null }),
          ipcCodes: fc.array(ipc, { maxLength: 4 }),
        }),
        (rules, f) => isEligible(compileRules(rules), f) === precheck(rules, f).eligible,
      ),
      { numRuns: 500 },
    );
  });

  it('unknown figures are "—" with a reason, never 0 (no establishment date; credit list not checkable)', () => {
    const f = { inventionPatents: 0, highValuePatents: 0, tags: [], creditListed: null, yearsEstablished: null, ipcCodes: [] };
    const r = precheck({ minYearsEstablished: 3, noCreditListing: true }, f);
    expect(r.eligible).toBe(false);
    expect(r.checks.map((c) => c.text)).toEqual(['知识产权信用情况：—（无法核验），要求未被列入信用管理名单', '成立年限 —（档案未登记成立日期），要求 ≥ 3 年']);
    expect(r.checks.every((c) => !/[\u3400-\u9fff]/.test(c.textEn))).toBe(true);
    expect(precheck({}, f)).toEqual({ eligible: true, checks: [] });
    expect(fullYearsSince('2020-03-03', '2026-03-02')).toBe(5);
    expect(fullYearsSince('2020-03-02', '2026-03-02')).toBe(6);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe('applications: collateral, one live application, the bank’s steps and consent', () => {
  it('refuses collateral the enterprise does not hold, one already pledged, and a second live application (409, nothing written)', async () => {
    const pid = await listedProduct({ regions: ['370800'] });
    const foreign = await buildHeldPatent(env.ctx, otherId);
    const before = await auditCount(env.ctx);
    const notHeld = await applyFor(pid, { collateral: [{ kind: 'patent', id: foreign.id }] });
    expect(notHeld.statusCode).toBe(409);
    expect(notHeld.json<ErrorBody>().messageCode).toBe('finance.collateral_not_held');
    const pledged = await buildHeldPatent(env.ctx, entId);
    const at = env.ctx.clock.now().toISOString();
    await env.ctx.db
      .insertInto('patent_pledges')
      .values({
        patent_id: pledged.id,
        event_id: null,
        pledgor: '济宁测试融资企业有限公司',
        pledgee: '某银行',
        amount: 5_000_000,
        currency: 'CNY',
        registered_on: '2025-05-01',
        authority: 'cnipa',
        authority_no: 'Y2025370000123',
        ended_on: null,
        created_at: at,
        updated_at: at,
      })
      .execute();
    const dup = await applyFor(pid, { collateral: [{ kind: 'patent', id: pledged.id }] });
    expect(dup.statusCode).toBe(409);
    expect(dup.json<ErrorBody>()).toMatchObject({ messageCode: 'finance.collateral_pledged', params: { registration: 'Y2025370000123' } });
    const lapsed = await buildHeldPatent(env.ctx, entId, { appDate: '2001-01-01', grantDate: '2003-01-01' });
    expect((await applyFor(pid, { collateral: [{ kind: 'patent', id: lapsed.id }] })).json<ErrorBody>().messageCode).toBe('finance.collateral_not_in_force');
    expect(await auditCount(env.ctx)).toBe(before);
    const first = await applyFor(pid);
    expect(first.statusCode, first.body).toBe(201);
    const second = await applyFor(pid);
    expect(second.statusCode).toBe(409);
    expect(second.json<ErrorBody>().messageCode).toBe('finance.live_application_exists');
    // The options list says why a patent is not offered.
    const opts = (await ent.get(`${base}/collateral-options`)).json<{ items: { id: number; available: boolean; reason: string | null }[] }>().items;
    expect(opts.find((o) => o.id === pledged.id)?.reason).toContain('Y2025370000123');
  });

  it('bad amounts and terms: 400 naming the field', async () => {
    const pid = await listedProduct({ regions: ['370800'] });
    const patent = await buildHeldPatent(env.ctx, entId);
    for (const amount of [0, -1, 'abc', 1e13]) {
      const r = await ent.post(`${base}/applications`, {
        productId: pid,
        amount,
        termMonths: 12,
        purpose: '流动资金',
        collateral: [{ kind: 'patent', id: patent.id }],
        consent: true,
      });
      expect(r.statusCode, String(amount)).toBe(400);
      expect(r.json<ErrorBody>().fields).toHaveProperty('amount');
    }
    const outside = await ent.post(`${base}/applications`, {
      productId: pid,
      amount: 50_000_000,
      termMonths: 12,
      purpose: '流动资金',
      collateral: [{ kind: 'patent', id: patent.id }],
      consent: true,
    });
    expect(outside.json<ErrorBody>().fieldCodes?.amount?.code).toBe('finance.amount_outside_product');
    const noConsent = await ent.post(`${base}/applications`, {
      productId: pid,
      amount: 1_000_000,
      termMonths: 12,
      purpose: '流动资金',
      collateral: [{ kind: 'patent', id: patent.id }],
      consent: false,
    });
    expect(noConsent.statusCode).toBe(400);
  });

  it('the bank accepts, values, approves and disburses; another bank and another enterprise get 404; the bureau sees the funnel move', async () => {
    const pid = await listedProduct({ regions: ['370800'] });
    const a = (await applyFor(pid)).json<FinanceApplication>();
    expect(a).toMatchObject({ status: 'submitted', bankName: '济宁测试银行', enterpriseName: '济宁测试融资企业有限公司' });
    expect((await bankB.post(`${base}/applications/${a.id}/accept`, {})).statusCode).toBe(404);
    expect((await bankB.get(`${base}/applications/${a.id}`)).statusCode).toBe(404);
    expect((await other.get(`${base}/applications/${a.id}`)).statusCode).toBe(404);
    expect((await other.get(`${base}/applications/mine`)).json<{ items: FinanceApplication[] }>().items.map((x) => x.id)).not.toContain(a.id);
    expect((await bankB.get(`${base}/applications/bank`)).json<{ items: FinanceApplication[] }>().items.map((x) => x.id)).not.toContain(a.id);
    expect((await siblingStaff.get(`${base}/applications/${a.id}`)).statusCode).toBe(404);
    // The enterprise cannot take the bank's steps (403 naming who may).
    const wrong = await ent.post(`${base}/applications/${a.id}/accept`, {});
    expect(wrong.statusCode).toBe(403);
    const funnel0 = (await cityStaff.get(`${base}/oversight`)).json<FinanceOversight>();
    expect((await bank.post(`${base}/applications/${a.id}/accept`, {})).json<FinanceApplication>().status).toBe('accepted');
    // Approving before the valuation is out of order (409).
    const early = await bank.post(`${base}/applications/${a.id}/approve`, {
      amount: 900_000,
      ratePercent: 3.45,
      termStart: '2026-03-02',
      termEnd: '2027-03-01',
    });
    expect(early.statusCode).toBe(409);
    const v = await bank.post(`${base}/applications/${a.id}/valuation`, {
      method: 'income',
      value: 2_500_000,
      appraiser: '山东测试资产评估有限公司',
      valuedOn: '2026-03-02',
    });
    expect(v.json<FinanceApplication>()).toMatchObject({ status: 'valued', valuation: { value: 2_500_000, method: 'income' } });
    const badTerm = await bank.post(`${base}/applications/${a.id}/approve`, {
      amount: 900_000,
      ratePercent: 3.45,
      termStart: '2026-03-02',
      termEnd: '2026-03-01',
    });
    expect(badTerm.statusCode).toBe(400);
    expect(badTerm.json<ErrorBody>().fieldCodes?.termEnd?.code).toBe('finance.term_end_before_start');
    expect(
      (await bank.post(`${base}/applications/${a.id}/approve`, { amount: 900_000, ratePercent: 40, termStart: '2026-03-02', termEnd: '2027-03-01' }))
        .statusCode,
    ).toBe(400);
    // The enterprise may withdraw before the decision only.
    const ok = await bank.post(`${base}/applications/${a.id}/approve`, { amount: 900_000, ratePercent: 3.45, termStart: '2026-03-02', termEnd: '2027-03-01' });
    expect(ok.json<FinanceApplication>()).toMatchObject({ status: 'approved', approval: { amount: 900_000, ratePercent: 3.45 } });
    expect((await ent.post(`${base}/applications/${a.id}/withdraw`)).statusCode).toBe(409);
    expect(await approvedLoanFacts(env.ctx.db, a.id)).toMatchObject({ amount: 900_000, termEnd: '2027-03-01', bankOrgId: bankId, enterpriseOrgId: entId });
    const over = await bank.post(`${base}/applications/${a.id}/disbursement`, { amount: 1_000_000, disbursedOn: '2026-03-02', contractNo: 'JK-1' });
    expect(over.json<ErrorBody>().fieldCodes?.amount?.code).toBe('finance.disbursed_above_approved');
    const d = await bank.post(`${base}/applications/${a.id}/disbursement`, { amount: 900_000, disbursedOn: '2026-03-02', contractNo: 'JK-1' });
    expect(d.json<FinanceApplication>()).toMatchObject({ status: 'disbursed', disbursement: { amount: 900_000, contractNo: 'JK-1' } });
    const funnel1 = (await cityStaff.get(`${base}/oversight`)).json<FinanceOversight>();
    expect(funnel1.total.disbursed).toBe(funnel0.total.disbursed + 1);
    expect(funnel1.total.approved).toBe(funnel0.total.approved + 1);
    expect(funnel1.byBank.find((b) => b.name === '济宁测试银行')?.disbursed).toBeGreaterThanOrEqual(1);
    expect(funnel1.byCounty.find((c) => c.key === '370811')?.disbursed).toBeGreaterThanOrEqual(1);
    expect(funnel1.medianWorkingDays).toBe(0);
    // The sibling county's bureau does not see 任城区's application in its funnel.
    expect((await siblingStaff.get(`${base}/oversight`)).json<FinanceOversight>().byCounty.map((c) => c.key)).not.toContain('370811');
  });

  it('revoking the consent ends the bank’s view of the IP facts (403) and its steps (409), audited; giving it again restores them', async () => {
    const pid = await listedProduct({ regions: ['370800'] });
    const a = (await applyFor(pid)).json<FinanceApplication>();
    const facts = await bank.get(`${base}/applications/${a.id}/ip-facts`);
    expect(facts.statusCode, facts.body).toBe(200);
    expect(facts.json<{ collateral: { inForce: boolean; pledged: boolean }[] }>().collateral).toEqual([
      expect.objectContaining({ inForce: true, pledged: false }),
    ]);
    expect((await bankB.get(`${base}/applications/${a.id}/ip-facts`)).statusCode).toBe(404);
    const consentId = a.consent?.id as number;
    const before = await auditCount(env.ctx);
    const rev = await ent.post(`${base}/consents/${consentId}/revoke`, { reason: '改向其他银行申请' });
    expect(rev.statusCode, rev.body).toBe(200);
    expect(await auditCount(env.ctx)).toBe(before + 1);
    const audit = await env.ctx.db.selectFrom('audit_log').select(['action', 'after_json']).orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(audit.action).toBe('finance.consent.revoke');
    const denied = await bank.get(`${base}/applications/${a.id}/ip-facts`);
    expect(denied.statusCode).toBe(403);
    expect(denied.json<ErrorBody>().messageCode).toBe('finance.consent_revoked');
    const step = await bank.post(`${base}/applications/${a.id}/accept`, {});
    expect(step.statusCode).toBe(409);
    expect(step.json<ErrorBody>().messageCode).toBe('finance.consent_revoked');
    expect((await ent.post(`${base}/consents/${consentId}/revoke`, { reason: '再次撤回' })).json<ErrorBody>().messageCode).toBe(
      'finance.consent_already_revoked',
    );
    expect((await other.post(`${base}/consents/${consentId}/revoke`, { reason: '不是我的' })).statusCode).toBe(404);
    expect((await ent.post(`${base}/applications/${a.id}/consent`)).statusCode).toBe(200);
    expect((await bank.post(`${base}/applications/${a.id}/accept`, {})).statusCode).toBe(200);
    // The enterprise may withdraw before the decision; the product is then open to a new application.
    expect((await ent.post(`${base}/applications/${a.id}/withdraw`)).json<FinanceApplication>().status).toBe('withdrawn');
    expect((await applyFor(pid)).statusCode).toBe(201);
  });
});

describe('the bank’s clocks run in working days on the official calendar', () => {
  it('across Spring Festival 2026: applied Fri 13 Feb, accept due Wed 25 Feb (14 Feb is a make-up working day); overdue notice after it', async () => {
    env.clock.setTo('2026-02-13T02:00:00.000Z');
    const e = await login(env.app, (await buildUser(env.ctx, { orgId: entId, role: 'enterprise_user' })).username);
    const p = await buildProduct(env.ctx, { orgId: bankId, regions: ['370800'] });
    const patent = await buildHeldPatent(env.ctx, entId);
    const r = await e.post(`${base}/applications`, {
      productId: p.id,
      amount: 500_000,
      termMonths: 12,
      purpose: '春节前备货',
      collateral: [{ kind: 'patent', id: patent.id }],
      consent: true,
    });
    expect(r.statusCode, r.body).toBe(201);
    const a = r.json<FinanceApplication>();
    expect(a.dueOn).toBe('2026-02-25');
    env.clock.setTo('2026-02-26T02:00:00.000Z');
    await sweepDeadlines(env.ctx);
    const b = await login(env.app, (await buildUser(env.ctx, { orgId: bankId, role: 'bank_officer' })).username);
    const notes = await env.ctx.db.selectFrom('notifications').select(['title', 'link']).where('link', 'like', `%/finance/applications/${a.id}%`).execute();
    expect(notes.some((n) => /逾期|超期|overdue/i.test(n.title))).toBe(true);
    const q = (await b.get(`${base}/applications/bank?open=1`)).json<{ items: FinanceApplication[] }>().items.find((x) => x.id === a.id);
    expect(q?.urgency).toBe('overdue');
    env.clock.setTo('2026-03-02T01:00:00.000Z');
  });

  it('across Mid-Autumn and National Day 2026: applied Thu 24 Sep, accept due Wed 30 Sep (25–27 Sep off); accepted Mon 28 Sep, decide due Fri 23 Oct (1–7 Oct off, Sat 10 Oct a working day)', async () => {
    env.clock.setTo('2026-09-24T02:00:00.000Z');
    const e = await login(env.app, (await buildUser(env.ctx, { orgId: entId, role: 'enterprise_user' })).username);
    const p = await buildProduct(env.ctx, { orgId: bankId, regions: ['370800'] });
    const patent = await buildHeldPatent(env.ctx, entId);
    const a = (
      await e.post(`${base}/applications`, {
        productId: p.id,
        amount: 500_000,
        termMonths: 12,
        purpose: '国庆备货',
        collateral: [{ kind: 'patent', id: patent.id }],
        consent: true,
      })
    ).json<FinanceApplication>();
    expect(a.dueOn).toBe('2026-09-30');
    env.clock.setTo('2026-09-28T02:00:00.000Z');
    const b = await login(env.app, (await buildUser(env.ctx, { orgId: bankId, role: 'bank_officer' })).username);
    const acc = (await b.post(`${base}/applications/${a.id}/accept`, {})).json<FinanceApplication>();
    expect(acc.dueOn).toBe('2026-10-23');
    // The valuation does not restart the decide clock.
    const v = (
      await b.post(`${base}/applications/${a.id}/valuation`, { method: 'market', value: 800_000, appraiser: '测试评估', valuedOn: '2026-09-28' })
    ).json<FinanceApplication>();
    expect(v.dueOn).toBe('2026-10-23');
    env.clock.setTo('2026-03-02T01:00:00.000Z');
  });
});
