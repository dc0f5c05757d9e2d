import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { anonymousClient, auditCount, buildEnterprise, buildOrg, buildUser, login, type Client } from '../../../test/factories.js';
import { creditRestrictions } from './api.js';
import { listForTest } from './test-helpers.js';

type Json = Record<string, unknown>;
const base = '/api/credit';

let env: TestEnv;
let staff: Client;
let siblingStaff: Client;
let ent: Client;
let entId: number;
let staffUser: string;
let entUser: string;
/** Moves the clock (sessions idle past their limit end) and signs the enterprise and the staff in again. */
async function jumpTo(iso: string) {
  env.clock.setTo(iso);
  ent = await login(env.app, entUser);
  staff = await login(env.app, staffUser);
}
const today = () => env.ctx.clock.now().toISOString().slice(0, 10);

const listing = (extra: Json = {}) => ({
  subjectKind: 'org',
  orgId: entId,
  behaviour: 'abnormal_patent_application',
  measures: ['funding_review', 'award_exclusion'],
  evidence: '经国家知识产权局通报，该企业2025年提交非正常专利申请 41 件。',
  authority: '济宁市市场监督管理局',
  decisionNo: `济市监信〔2026〕${Math.floor(Math.random() * 1e6)}号`,
  decidedOn: '2026-01-05',
  startsOn: '2026-01-05',
  published: true,
  ...extra,
});

beforeAll(async () => {
  env = await createTestEnv();
  const bureau = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370811' });
  const sibling = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370883' });
  entId = (await buildEnterprise(env.ctx, { region: '370811002', name: '济宁失信测试有限公司' })).id;
  entUser = (await buildUser(env.ctx, { orgId: entId, role: 'enterprise_user' })).username;
  staffUser = (await buildUser(env.ctx, { orgId: bureau.id, role: 'bureau_staff' })).username;
  ent = await login(env.app, entUser);
  staff = await login(env.app, staffUser);
  siblingStaff = await login(env.app, (await buildUser(env.ctx, { orgId: sibling.id, role: 'bureau_staff' })).username);
});
afterAll(() => env.close());

describe('listing an organisation (列入信用管理名单)', () => {
  it('lists with the default term of 12 months (a setting), and creditRestrictions then restricts the enterprise', async () => {
    const r = await staff.post(`${base}/listings`, listing());
    expect(r.statusCode, r.body).toBe(201);
    const l = r.json<{ id: number; endsOn: string; inForce: boolean; repairOpensOn: string; status: string }>();
    expect(l).toMatchObject({ endsOn: '2027-01-04', inForce: true, repairOpensOn: '2026-07-05', status: 'in_force' });
    const restrictions = await creditRestrictions(env.ctx.db, entId, today(), 'funding_review');
    expect(restrictions.map((x) => x.listingId)).toContain(l.id);
    expect(await creditRestrictions(env.ctx.db, entId, today(), 'key_supervision')).toEqual([]);
  });

  it('a bureau of another county cannot list an enterprise outside its jurisdiction (404, nothing written)', async () => {
    const before = await auditCount(env.ctx);
    const r = await siblingStaff.post(`${base}/listings`, listing());
    expect(r.statusCode).toBe(404);
    expect(await auditCount(env.ctx)).toBe(before);
  });

  it.each([
    ['startsOn', { startsOn: '1800-01-01', decidedOn: '1800-01-01' }],
    ['decidedOn', { decidedOn: '2026-02-30' }],
    ['endsOn before start → startsOn', { startsOn: '2025-12-01' }],
    ['months', { months: 0 }],
    ['orgId', { orgId: undefined }],
    ['measures', { measures: [] }],
  ])('absurd input is a 400 naming the field: %s', async (name, extra) => {
    const before = await auditCount(env.ctx);
    const r = await staff.post(`${base}/listings`, listing(extra));
    expect(r.statusCode).toBe(400);
    const field = name.split(' ').pop() as string;
    expect(Object.keys(r.json<ErrorBody>().fields ?? {})).toContain(field);
    expect(await auditCount(env.ctx)).toBe(before);
  });

  it('a person is listed by name and region; the public list masks the name and never shows the ID number', async () => {
    const r = await staff.post(
      `${base}/listings`,
      listing({
        subjectKind: 'person',
        orgId: undefined,
        personName: '张三丰',
        personIdNo: '370811199001011234',
        regionCode: '370811',
        behaviour: 'illegal_agency',
      }),
    );
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json<Json>()).toMatchObject({ subjectName: '张三丰', subjectIdNoMasked: '3708**********1234' });
    const pub = await anonymousClient(env.app).get(`${base}/public?pageSize=200`);
    expect(pub.statusCode).toBe(200);
    expect(pub.body).toContain('张**');
    expect(pub.body).not.toContain('张三丰');
    expect(pub.body).not.toContain('1234');
    expect(pub.body).toContain('济宁失信测试有限公司');
  });

  it('an unpublished listing stays off the public list', async () => {
    const r = await staff.post(`${base}/listings`, listing({ published: false, decisionNo: '济市监信〔2026〕内部1号' }));
    expect(r.statusCode).toBe(201);
    const pub = await anonymousClient(env.app).get(`${base}/public?pageSize=200`);
    expect(pub.body).not.toContain('内部1号');
  });

  it('the enterprise sees its own listings with dates, and its profile shows them', async () => {
    const mine = await ent.get(`${base}/mine`);
    expect(mine.statusCode).toBe(200);
    expect(mine.json<{ listings: unknown[] }>().listings.length).toBeGreaterThan(0);
    const profile = await staff.get(`/api/enterprises/${entId}`);
    expect(profile.statusCode).toBe(200);
    expect(profile.body).toContain('信用管理名单');
    expect(profile.body).toContain('2026-01-05 至 2027-01-04');
  });

  it('revoking ends the restriction; revoking twice is a coded 409', async () => {
    const r = await staff.post(`${base}/listings`, listing({ measures: ['key_supervision'] }));
    const id = r.json<{ id: number }>().id;
    expect(await creditRestrictions(env.ctx.db, entId, today(), 'key_supervision')).toHaveLength(1);
    const v = await staff.post(`${base}/listings/${id}/revoke`, { reason: '原认定决定被行政复议撤销' });
    expect(v.statusCode, v.body).toBe(200);
    expect(v.json<Json>()).toMatchObject({ status: 'revoked', inForce: false, revokeReason: '原认定决定被行政复议撤销' });
    expect(await creditRestrictions(env.ctx.db, entId, today(), 'key_supervision')).toEqual([]);
    const again = await staff.post(`${base}/listings/${id}/revoke`, { reason: '重复' });
    expect(again.statusCode).toBe(409);
    expect(again.json<ErrorBody>().messageCode).toBe('workflow.wrong_status');
  });
});

describe('credit repair (信用修复)', () => {
  let listingId: number;
  beforeAll(async () => {
    env.clock.setTo('2026-03-02T01:00:00.000Z');
    const r = await staff.post(`${base}/listings`, listing({ measures: ['no_credit_commitment'], startsOn: '2026-02-10', decidedOn: '2026-02-10' }));
    listingId = r.json<{ id: number }>().id;
  });

  it('before 6 months (a setting) the application is a 409 naming the date it opens, and nothing is written', async () => {
    const before = await auditCount(env.ctx);
    const r = await ent.post(`${base}/listings/${listingId}/repairs`, { statement: '已全部撤回非正常申请并完成整改。' });
    expect(r.statusCode).toBe(409);
    const body = r.json<ErrorBody>();
    expect(body.messageCode).toBe('credit.repair_not_yet');
    expect(body.params).toMatchObject({ opensOn: '2026-08-10', months: 6 });
    expect(body.message).toContain('2026-08-10');
    expect(await auditCount(env.ctx)).toBe(before);
  });

  it('another enterprise cannot apply on it (404)', async () => {
    await jumpTo('2026-08-10T01:00:00.000Z');
    const other = (await buildEnterprise(env.ctx, { region: '370811002' })).id;
    const c = await login(env.app, (await buildUser(env.ctx, { orgId: other, role: 'enterprise_user' })).username);
    expect((await c.post(`${base}/listings/${listingId}/repairs`, { statement: '已全部撤回非正常申请并完成整改。' })).statusCode).toBe(404);
  });

  it('from the opening day: applied, rejected with a reason (still restricted), applied again, approved → repaired, no longer restricted', async () => {
    await jumpTo('2026-08-10T01:00:00.000Z');
    const a = await ent.post(`${base}/listings/${listingId}/repairs`, { statement: '已全部撤回非正常申请并完成整改。' });
    expect(a.statusCode, a.body).toBe(201);
    const dup = await ent.post(`${base}/listings/${listingId}/repairs`, { statement: '再次申请，已全部整改完毕。' });
    expect(dup.json<ErrorBody>().messageCode).toBe('credit.repair_pending');
    const rej = await staff.post(`${base}/repairs/${a.json<{ id: number }>().id}/reject`, { reason: '未提交整改证明' });
    expect(rej.statusCode, rej.body).toBe(200);
    expect(rej.json<Json>()).toMatchObject({ status: 'rejected', decisionNote: '未提交整改证明' });
    expect(await creditRestrictions(env.ctx.db, entId, '2026-08-10', 'no_credit_commitment')).toHaveLength(1);

    const b = await ent.post(`${base}/listings/${listingId}/repairs`, { statement: '补充提交整改证明及信用承诺书。' });
    expect(b.statusCode).toBe(201);
    const ok = await staff.post(`${base}/repairs/${b.json<{ id: number }>().id}/approve`, {});
    expect(ok.statusCode, ok.body).toBe(200);
    const l = await staff.get(`${base}/listings/${listingId}`);
    expect(l.json<Json>()).toMatchObject({ status: 'repaired', endedOn: '2026-08-10', inForce: false });
    expect(await creditRestrictions(env.ctx.db, entId, '2026-08-10', 'no_credit_commitment')).toEqual([]);
    expect(await creditRestrictions(env.ctx.db, entId, '2026-08-09', 'no_credit_commitment')).toHaveLength(1);
    const again = await ent.post(`${base}/listings/${listingId}/repairs`, { statement: '已全部撤回非正常申请并完成整改。' });
    expect(again.json<ErrorBody>().messageCode).toBe('credit.not_in_force');
  });

  it('credit listings and repairs are computed indicators by region and period', async () => {
    const admin = await login(
      env.app,
      (await buildUser(env.ctx, { orgId: (await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370800' })).id, role: 'bureau_admin' })).username,
    );
    const r = await admin.get('/api/indicators/values?keys=credit_listings,credit_repairs&regionCode=370811&period=2026');
    expect(r.statusCode, r.body).toBe(200);
    const rows = r.json<{ rows: { indicatorKey: string; value: number | null; provenance: { kind: string } | null }[] }>().rows;
    const listings = rows.find((x) => x.indicatorKey === 'credit_listings');
    const repairs = rows.find((x) => x.indicatorKey === 'credit_repairs');
    expect(listings?.provenance?.kind).toBe('computed');
    // Started in 2026 in 任城区: the default, the unpublished and the repaired org listings, and the person; the revoked one is not counted.
    expect(listings?.value).toBe(4);
    expect(repairs?.value).toBe(1);
  });
});

describe('listForTest (for other modules’ tests)', () => {
  it('lists an organisation with one audit row, from the database alone, for a year less a day', async () => {
    const org = (await buildEnterprise(env.ctx, { region: '370883' })).id;
    const before = await auditCount(env.ctx);
    await listForTest(env.ctx.db, { orgId: org, measures: ['award_exclusion'], startsOn: '2026-04-01' });
    expect(await auditCount(env.ctx)).toBe(before + 1);
    const [r] = await creditRestrictions(env.ctx.db, org, '2027-03-31', 'award_exclusion');
    expect(r?.endsOn).toBe('2027-03-31');
    expect(await creditRestrictions(env.ctx.db, org, '2027-04-01')).toEqual([]);
  });
});
