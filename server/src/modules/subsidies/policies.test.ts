import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, PolicyTrial, SubsidyApplication, SubsidyPolicyVersion, SubsidyPolicyVersionList } from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { buildEnterprise, buildOrg, buildUser, login, type Client } from '../../../test/factories.js';
import { buildAttachment } from '../open-licensing/test-helpers.js';
import { findPolicyTemplate } from './templates.js';
import { ensureLpr, qingdaoLoan } from './test-helpers.js';

/** Policies as data: staff of a city save new versions; applications keep the rule they were computed under. */
const base = '/api/subsidies';
let env: TestEnv;
let cityStaff: Client;
let countyStaff: Client;
let ent: Client;
let entId: number;
let entUserId: number;

beforeAll(async () => {
  env = await createTestEnv({ UPLOAD_DIR: mkdtempSync(path.join(tmpdir(), 'zc-files-')) });
  const city = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370800' });
  const county = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370811' });
  cityStaff = await login(env.app, (await buildUser(env.ctx, { orgId: city.id, role: 'bureau_staff' })).username);
  countyStaff = await login(env.app, (await buildUser(env.ctx, { orgId: county.id, role: 'bureau_staff' })).username);
  entId = (await buildEnterprise(env.ctx, { region: '370811002', name: '任城政策版本测试有限公司' })).id;
  const u = await buildUser(env.ctx, { orgId: entId, role: 'enterprise_user' });
  entUserId = u.id;
  ent = await login(env.app, u.username);
  await ensureLpr(env.ctx, '2025-01', 3.1);
});
afterAll(() => env.close());

const qingdao = findPolicyTemplate('qingdao');
const edited = (cap: number) => ({
  name: '青岛市专利权质押贷款贴息（修订）',
  nameEn: 'Qingdao patent pledge loan interest subsidy (revised)',
  scope: '青岛市',
  scopeEn: 'Qingdao',
  summary: '同模板，每家企业每个申报年度上限调整。',
  summaryEn: 'As the template, with another yearly cap per firm.',
  rule: { ...qingdao?.rule, caps: [{ scope: 'enterprise_year', amount: cap }] },
  note: '年度上限调整',
});

async function apply(bank: string) {
  const att = (kind: string) => buildAttachment(env.ctx, entId, entUserId, kind);
  return ent.post(`${base}/applications`, {
    ...qingdaoLoan,
    bank,
    contractAttachmentIds: [await att('loan_contract')],
    evidenceAttachmentIds: [await att('interest_evidence')],
  });
}

describe('policies staff maintain (政策维护)', () => {
  it('a revision is a new version: new applications use it, an earlier one keeps the rule it was computed under', async () => {
    const before = await apply('版本测试银行甲');
    expect(before.statusCode, before.body).toBe(201);
    expect(before.json<SubsidyApplication>().evaluation.amount).toBe(18_600);

    const res = await cityStaff.request('PUT', `${base}/policies/qingdao`, edited(10_000));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<SubsidyPolicyVersion>()).toMatchObject({ key: 'qingdao', versionNo: 1, note: '年度上限调整' });

    // 1,000,000 × 3.1 % × 60 % = 18,600, now capped at 10,000 a year.
    const after = await apply('版本测试银行乙');
    expect(after.statusCode, after.body).toBe(201);
    expect(after.json<SubsidyApplication>().evaluation.amount).toBe(10_000);
    const kept = (await ent.get(`${base}/applications/${before.json<SubsidyApplication>().id}`)).json<SubsidyApplication>();
    expect(kept.evaluation.amount).toBe(18_600);

    const versions = (await cityStaff.get(`${base}/policies/qingdao/versions`)).json<SubsidyPolicyVersionList>();
    expect(versions.items.map((v) => v.versionNo)).toEqual([1, 0]);
    const audit = await env.ctx.db.selectFrom('audit_log').select(['action']).where('action', '=', 'subsidy.policy_revise').execute();
    expect(audit).toHaveLength(1);
  });

  it('a bad rule is a 400 naming the field, and nothing is saved', async () => {
    const body = edited(10_000);
    const res = await cityStaff.request('PUT', `${base}/policies/fujian`, {
      ...body,
      rule: { ...body.rule, caps: [{ scope: 'enterprise_year', amount: -5 }] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<ErrorBody>().fields).toHaveProperty(['rule.caps.0.amount']);
    const versions = (await cityStaff.get(`${base}/policies/fujian/versions`)).json<SubsidyPolicyVersionList>();
    expect(versions.items.map((v) => v.versionNo)).toEqual([0]);
  });

  it('only a city office edits policies; a new key starts at version 1 and cannot be taken twice', async () => {
    const county = await countyStaff.request('PUT', `${base}/policies/fujian`, edited(10_000));
    expect(county.statusCode).toBe(403);
    expect(county.json<ErrorBody>().messageCode).toBe('policy_admin.city_only');
    expect((await ent.request('PUT', `${base}/policies/fujian`, edited(10_000))).statusCode).toBe(403);
    const created = await cityStaff.post(`${base}/policies`, { ...edited(20_000), key: 'jining_test' });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json<SubsidyPolicyVersion>().versionNo).toBe(1);
    const again = await cityStaff.post(`${base}/policies`, { ...edited(20_000), key: 'jining_test' });
    expect(again.statusCode).toBe(409);
    expect(again.json<ErrorBody>().messageCode).toBe('policy_admin.key_taken');
  });

  it('试算 computes a draft rule for a sample loan without saving it', async () => {
    const res = await cityStaff.post(`${base}/policies/trial`, { rule: edited(5_000).rule, sample: qingdaoLoan });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<PolicyTrial>().evaluation.amount).toBe(5_000);
  });
});
