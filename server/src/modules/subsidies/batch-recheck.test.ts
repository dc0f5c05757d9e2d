import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ErrorBody, type SubsidyApplication, type SubsidyBatchDetail } from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { buildCreditListing, buildEnterprise, buildOrg, buildUser, login, type Client } from '../../../test/factories.js';
import { buildSubsidyApplication } from './test-helpers.js';

/**
 * The re-check at a batch's approval, worked by hand with the Qingdao policy (each loan: 1,000,000 × 3.1 % × 60 %
 * = 18,600 yuan; at most 500,000 yuan per enterprise per subsidy year).
 */
const base = '/api/subsidies';
let env: TestEnv;
let staff: Client;
let bureauId: number;

beforeAll(async () => {
  env = await createTestEnv();
  bureauId = (await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370811' })).id;
  staff = await login(env.app, (await buildUser(env.ctx, { orgId: bureauId, role: 'bureau_staff' })).username);
});
afterAll(() => env.close());

async function batchOf(ids: number[]) {
  const b = await staff.post(`${base}/batches`, { name: `复核批次${ids.join('-')}`, applicationIds: ids });
  expect(b.statusCode, b.body).toBe(201);
  return b.json<{ id: number }>().id;
}

describe('batch approval re-checks credit and caps (批准时复核)', () => {
  it('holds out the application the caps no longer cover and the credit-listed firm; the rest is approved', async () => {
    const firm = (await buildEnterprise(env.ctx, { region: '370811002', name: '任城封顶测试有限公司' })).id;
    const listed = (await buildEnterprise(env.ctx, { region: '370811002', name: '任城失信测试有限公司' })).id;
    // Already paid this subsidy year: 470,000 of the 500,000 cap.
    await buildSubsidyApplication(env.ctx, { orgId: firm, regionCode: '370811002', status: 'paid', approvedAmount: 470_000 });
    // Two loans of the firm and one of the listed firm, each approved on review at 18,600.
    const first = await buildSubsidyApplication(env.ctx, { orgId: firm, regionCode: '370811002', status: 'verified' });
    const second = await buildSubsidyApplication(env.ctx, { orgId: firm, regionCode: '370811002', status: 'verified' });
    const third = await buildSubsidyApplication(env.ctx, { orgId: listed, regionCode: '370811002', status: 'verified' });
    await buildCreditListing(env.ctx, {
      orgId: listed,
      measures: ['funding_review'],
      startsOn: '2020-01-01',
      endsOn: '2099-12-31',
      decisionNo: '济市监信〔2026〕9号',
    });
    const batchId = await batchOf([first.id, second.id, third.id]);

    const ap = await staff.post(`${base}/batches/${batchId}/approve`, { approvalNo: '济知〔2026〕5号' });
    expect(ap.statusCode, ap.body).toBe(200);
    const detail = ap.json<SubsidyBatchDetail>();
    // The first fits: 500,000 − 470,000 = 30,000 left ≥ 18,600. It alone is approved.
    expect(detail).toMatchObject({ status: 'approved', count: 1, total: 18_600 });
    expect(detail.applications.map((a) => a.id)).toEqual([first.id]);
    // The second: 500,000 − 470,000 − 18,600 = 11,400 left < 18,600 → held, naming the cap and the figures.
    const held = new Map(detail.held.map((h) => [h.applicationId, h]));
    expect(held.get(second.id)).toMatchObject({
      code: 'subsidy.held_cap',
      params: { limit: '500,000.00', used: '488,600.00', amount: '11,400.00', approved: '18,600.00' },
    });
    // The third: on the credit list → held, naming the listing.
    const credit = held.get(third.id);
    expect(credit?.code).toBe('subsidy.held_credit');
    expect(String(credit?.params.listing)).toContain('济市监信〔2026〕9号');
    // Both are back in review with the reason as the note; the batch page shows them.
    const back = (await staff.get(`${base}/applications/${second.id}`)).json<SubsidyApplication>();
    expect(back.status).toBe('submitted');
    expect((await staff.get(`${base}/batches/${batchId}`)).json<SubsidyBatchDetail>().held).toHaveLength(2);
  });

  it('a batch whose every application fails is a 409 listing them, and nothing is written', async () => {
    const listed = (await buildEnterprise(env.ctx, { region: '370811002', name: '任城全暂缓测试有限公司' })).id;
    const a = await buildSubsidyApplication(env.ctx, { orgId: listed, regionCode: '370811002', status: 'verified' });
    await buildCreditListing(env.ctx, { orgId: listed, measures: ['funding_review'], startsOn: '2020-01-01', endsOn: '2099-12-31' });
    const batchId = await batchOf([a.id]);
    const res = await staff.post(`${base}/batches/${batchId}/approve`, { approvalNo: '济知〔2026〕6号' });
    expect(res.statusCode).toBe(409);
    expect(res.json<ErrorBody>().messageCode).toBe('subsidy.batch_all_held');
    const after = (await staff.get(`${base}/batches/${batchId}`)).json<SubsidyBatchDetail>();
    expect(after).toMatchObject({ status: 'draft', count: 1, held: [] });
  });
});
