import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { buildCreditListing, buildEnterprise } from '../../../test/factories.js';
import { creditListedOrgs, creditRefusal, creditRestrictions } from './api.js';

describe('credit restrictions (信用管理名单)', () => {
  let env: TestEnv;
  let listed: number;
  let repaired: number;
  let clean: number;
  beforeAll(async () => {
    env = await createTestEnv();
    listed = (await buildEnterprise(env.ctx, { name: '失信测试有限公司' })).id;
    repaired = (await buildEnterprise(env.ctx)).id;
    clean = (await buildEnterprise(env.ctx)).id;
    await buildCreditListing(env.ctx, {
      orgId: listed,
      measures: ['funding_review'],
      startsOn: '2026-03-01',
      endsOn: '2027-02-28',
      decisionNo: '济市监信〔2026〕7号',
    });
    await buildCreditListing(env.ctx, { orgId: repaired, startsOn: '2026-01-01', endsOn: '2026-12-31', endedOn: '2026-07-01' });
  });
  afterAll(() => env.close());

  it('a listing applies from its first to its last day, and only for the measures it imposes', async () => {
    expect(await creditRestrictions(env.ctx.db, listed, '2026-02-28')).toEqual([]);
    expect(await creditRestrictions(env.ctx.db, listed, '2026-03-01')).toHaveLength(1);
    expect(await creditRestrictions(env.ctx.db, listed, '2027-02-28', 'funding_review')).toHaveLength(1);
    expect(await creditRestrictions(env.ctx.db, listed, '2027-03-01')).toEqual([]);
    expect(await creditRestrictions(env.ctx.db, listed, '2026-06-01', 'award_exclusion')).toEqual([]);
    expect(await creditRestrictions(env.ctx.db, clean, '2026-06-01')).toEqual([]);
  });

  it('a repair stops the listing from the day it takes effect', async () => {
    expect(await creditRestrictions(env.ctx.db, repaired, '2026-06-30')).toHaveLength(1);
    expect(await creditRestrictions(env.ctx.db, repaired, '2026-07-01')).toEqual([]);
  });

  it('the bulk form agrees with the single form', async () => {
    const all = await creditListedOrgs(env.ctx.db, '2026-06-15');
    expect([...all.keys()].sort()).toEqual([listed, repaired].sort());
    expect((await creditListedOrgs(env.ctx.db, '2026-06-15', 'award_exclusion')).has(listed)).toBe(false);
  });

  it('the refusal is a coded 409 naming the listing, its authority, number and dates', async () => {
    const [r] = await creditRestrictions(env.ctx.db, listed, '2026-06-01');
    if (!r) throw new Error('the listing should apply on 2026-06-01');
    const err = creditRefusal(r);
    expect(err.status).toBe(409);
    expect(err.coded?.code).toBe('credit.restricted');
    expect(err.message).toContain('失信测试有限公司');
    expect(err.message).toContain('济市监信〔2026〕7号');
    expect(err.message).toContain('2027-02-28');
    expect(err.coded?.params.behaviourEn).toMatch(/Abnormal patent applications/);
  });
});
