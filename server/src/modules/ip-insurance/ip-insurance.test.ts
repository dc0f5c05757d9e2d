import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, IndicatorValues, InsurancePolicy, Securitization } from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { buildEnterprise, buildOrg, buildPatent, buildUser, login, type Client } from '../../../test/factories.js';

let env: TestEnv;
let insurer: Client;
let bank: Client;
let ent: Client;
let other: Client;
let staff: Client;
let siblingStaff: Client;
let entId: number;

beforeAll(async () => {
  env = await createTestEnv();
  const bureau = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370811' });
  const sibling = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370883' });
  entId = (await buildEnterprise(env.ctx, { region: '370811002', name: '投保测试企业' })).id;
  ent = await login(env.app, (await buildUser(env.ctx, { orgId: entId, role: 'enterprise_user' })).username);
  const otherId = (await buildEnterprise(env.ctx, { region: '370811' })).id;
  other = await login(env.app, (await buildUser(env.ctx, { orgId: otherId, role: 'enterprise_user' })).username);
  const ins = (await buildOrg(env.ctx, { kind: 'insurer', region: '370800', name: '测试财产保险公司' })).id;
  insurer = await login(env.app, (await buildUser(env.ctx, { orgId: ins, role: 'bank_officer' })).username);
  const b = (await buildOrg(env.ctx, { kind: 'bank', region: '370800' })).id;
  bank = await login(env.app, (await buildUser(env.ctx, { orgId: b, role: 'bank_officer' })).username);
  staff = await login(env.app, (await buildUser(env.ctx, { orgId: bureau.id, role: 'bureau_staff' })).username);
  siblingStaff = await login(env.app, (await buildUser(env.ctx, { orgId: sibling.id, role: 'bureau_staff' })).username);
});
afterAll(() => env.close());

const values = async (keys: string) =>
  Object.fromEntries(
    (await staff.get(`/api/indicators/values?regionCode=370811&period=2026&keys=${keys}`))
      .json<IndicatorValues>()
      .rows.map((r) => [r.indicatorKey, r.value ?? 0]),
  );

describe('IP insurance', () => {
  it('an insurer records a policy; the insured and the bureau see it, the profile and the indicators count it; claims are recorded', async () => {
    const keys = 'patent_infringement_insurance_yuan,patent_infringement_insurance_enterprises';
    const before = await values(keys);
    const patent = await buildPatent(env.ctx);
    const policy = {
      kind: 'patent_infringement_loss',
      policyNo: 'PICC-IP-2026-001',
      insuredOrgId: entId,
      sumInsured: 2_000_000,
      premium: 30_000,
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      patentIds: [patent.id],
    };
    // A bank is no insurer: a coded 403.
    const refused = await bank.post('/api/ip-insurance/policies', policy);
    expect(refused.statusCode).toBe(403);
    expect(refused.json<ErrorBody>().messageCode).toBe('insurance.insurer_only');
    const r = await insurer.post('/api/ip-insurance/policies', policy);
    expect(r.statusCode, r.body).toBe(201);
    const p = r.json<InsurancePolicy>();
    expect(p).toMatchObject({
      insurerName: '测试财产保险公司',
      insuredName: '投保测试企业',
      regionCode: '370811002',
      rights: [{ kind: 'patent', id: patent.id }],
    });
    expect((await ent.get(`/api/ip-insurance/policies/${p.id}`)).statusCode).toBe(200);
    expect((await staff.get(`/api/ip-insurance/policies/${p.id}`)).statusCode).toBe(200);
    expect((await other.get(`/api/ip-insurance/policies/${p.id}`)).statusCode).toBe(404);
    expect((await siblingStaff.get(`/api/ip-insurance/policies/${p.id}`)).statusCode).toBe(404);
    expect((await ent.get('/api/ip-insurance/policies')).json<{ total: number }>().total).toBe(1);
    expect((await other.get('/api/ip-insurance/policies')).json<{ total: number }>().total).toBe(0);

    const after = await values(keys);
    expect(after.patent_infringement_insurance_yuan).toBe((before.patent_infringement_insurance_yuan ?? 0) + 2_000_000);
    expect(after.patent_infringement_insurance_enterprises).toBe((before.patent_infringement_insurance_enterprises ?? 0) + 1);
    expect((await ent.get('/api/enterprises/mine')).body).toContain('PICC-IP-2026-001');

    // Claims: within the period, at most the sum insured; the insurer settles once.
    const outside = await ent.post(`/api/ip-insurance/policies/${p.id}/claims`, { lossOn: '2025-12-01', amountClaimed: 10_000, description: '仿冒' });
    expect(outside.statusCode).toBe(409);
    expect(outside.json<ErrorBody>().messageCode).toBe('insurance.claim_outside_period');
    const over = await ent.post(`/api/ip-insurance/policies/${p.id}/claims`, { lossOn: '2026-02-01', amountClaimed: 3_000_000, description: '仿冒' });
    expect(over.json<ErrorBody>().messageCode).toBe('insurance.claim_over_sum');
    const filed = await ent.post(`/api/ip-insurance/policies/${p.id}/claims`, {
      lossOn: '2026-02-01',
      amountClaimed: 300_000,
      description: '竞争对手仿制产品',
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const claimId = filed.json<InsurancePolicy>().claims[0]?.id ?? 0;
    expect(
      (await ent.post(`/api/ip-insurance/policies/${p.id}/claims/${claimId}/settlement`, { outcome: 'paid', amountPaid: 1, settledOn: '2026-03-01' }))
        .statusCode,
    ).toBe(403);
    const tooMuch = await insurer.post(`/api/ip-insurance/policies/${p.id}/claims/${claimId}/settlement`, {
      outcome: 'paid',
      amountPaid: 400_000,
      settledOn: '2026-03-01',
    });
    expect(tooMuch.statusCode).toBe(400);
    const paid = await insurer.post(`/api/ip-insurance/policies/${p.id}/claims/${claimId}/settlement`, {
      outcome: 'paid',
      amountPaid: 250_000,
      settledOn: '2026-03-01',
    });
    expect(paid.json<InsurancePolicy>().claims[0]).toMatchObject({ status: 'paid', amountPaid: 250_000 });
    const twice = await insurer.post(`/api/ip-insurance/policies/${p.id}/claims/${claimId}/settlement`, {
      outcome: 'declined',
      reason: '重复',
      settledOn: '2026-03-01',
    });
    expect(twice.json<ErrorBody>().messageCode).toBe('insurance.claim_settled');
  });

  it('refuses bad policy input with a 400 naming the field', async () => {
    const base = {
      kind: 'trademark',
      policyNo: 'X-1',
      insuredOrgId: entId,
      sumInsured: 1000,
      premium: 10,
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      trademarkIds: [1],
    };
    for (const [b, field] of [
      [{ ...base, sumInsured: 2e12 }, 'sumInsured'],
      [{ ...base, premium: -5 }, 'premium'],
      [{ ...base, endsOn: '2025-01-01' }, 'endsOn'],
      [{ ...base, trademarkIds: [] }, 'patentIds'],
      [{ ...base, trademarkIds: [99_999_999] }, 'trademarkIds'],
    ] as const) {
      const r = await insurer.post('/api/ip-insurance/policies', b);
      expect(r.statusCode, JSON.stringify(b)).toBe(400);
      expect(r.json<ErrorBody>().fields).toHaveProperty(field);
    }
  });
});

describe('IP securitization', () => {
  it('the bureau records a deal; tranches add up; the originator sees it; it counts in the indicators and the profile', async () => {
    const keys = 'ip_securitization_first_tranche_yuan,ip_securitization_enterprises';
    const before = await values(keys);
    const deal = {
      name: '济宁知识产权资产支持专项计划（一期）',
      issuer: '测试证券股份有限公司',
      regionCode: '370811',
      amount: 100_000_000,
      issuedOn: '2026-02-10',
      licenceRefs: ['许可合同 XK-2025-01'],
      originatorOrgIds: [entId],
      tranches: [
        { name: '优先级', amount: 95_000_000, ratePct: 3.2, termMonths: 24 },
        { name: '次级', amount: 6_000_000 },
      ],
    };
    const bad = await staff.post('/api/ip-insurance/securitizations', deal);
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ErrorBody>().messageCode).toBe('securitization.tranches_sum');
    expect((await staff.post('/api/ip-insurance/securitizations', { ...deal, regionCode: '370883' })).statusCode).toBe(403);
    const ok = await staff.post('/api/ip-insurance/securitizations', { ...deal, tranches: [deal.tranches[0], { name: '次级', amount: 5_000_000 }] });
    expect(ok.statusCode, ok.body).toBe(201);
    const d = ok.json<Securitization>();
    expect(d.originators).toEqual([{ id: entId, name: '投保测试企业' }]);
    expect((await ent.get(`/api/ip-insurance/securitizations/${d.id}`)).statusCode).toBe(200);
    expect((await other.get(`/api/ip-insurance/securitizations/${d.id}`)).statusCode).toBe(404);
    const after = await values(keys);
    expect(after.ip_securitization_first_tranche_yuan).toBe((before.ip_securitization_first_tranche_yuan ?? 0) + 100_000_000);
    expect(after.ip_securitization_enterprises).toBe((before.ip_securitization_enterprises ?? 0) + 1);
    expect((await ent.get('/api/enterprises/mine')).body).toContain('济宁知识产权资产支持专项计划（一期）');
  });
});
