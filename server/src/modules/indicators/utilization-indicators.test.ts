import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Indicator, IndicatorValues } from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { buildEnterprise, buildOrg, buildUser, login, type Client } from '../../../test/factories.js';
import { buildAttachment, buildHeldPatent } from '../open-licensing/test-helpers.js';

// Utilization indicators computed from the open-licensing, filings and tech-matching modules.
let env: TestEnv;
let patentee: Client;
let licensee: Client;
let staff: Client;
let reviewer: Client;
let siblingStaff: Client;
let entId: number;
let entUserId: number;
let smeId: number;
let smeUserId: number;

beforeAll(async () => {
  env = await createTestEnv({ UPLOAD_DIR: mkdtempSync(path.join(tmpdir(), 'zc-files-')) });
  const bureau = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370811' });
  const sibling = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370883' });
  entId = (await buildEnterprise(env.ctx, { region: '370811002', name: '任城测试专利权人有限公司' })).id;
  const u = await buildUser(env.ctx, { orgId: entId, role: 'enterprise_user' });
  entUserId = u.id;
  patentee = await login(env.app, u.username);
  smeId = (await buildEnterprise(env.ctx, { region: '370883', name: '邹城测试小微企业' })).id;
  const su = await buildUser(env.ctx, { orgId: smeId, role: 'enterprise_user' });
  smeUserId = su.id;
  licensee = await login(env.app, su.username);
  staff = await login(env.app, (await buildUser(env.ctx, { orgId: bureau.id, role: 'bureau_staff' })).username);
  reviewer = await login(env.app, (await buildUser(env.ctx, { orgId: bureau.id, role: 'bureau_staff' })).username);
  siblingStaff = await login(env.app, (await buildUser(env.ctx, { orgId: sibling.id, role: 'bureau_staff' })).username);
});
afterAll(() => env.close());

const OL = ['open_license_declarations', 'open_license_deals', 'open_license_smes_benefited', 'open_license_fees_yuan'];
async function values(c: Client, region: string, keys: string[], period = '2026'): Promise<IndicatorValues> {
  const res = await c.get(`/api/indicators/values?regionCode=${region}&period=${period}&includeChildren=true&keys=${keys.join(',')}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<IndicatorValues>();
}
const valueOf = (v: IndicatorValues, key: string, region: string) => v.rows.find((r) => r.indicatorKey === key && r.regionCode === region);

describe('utilization indicators are computed from the modules', () => {
  it('the catalogue names them computed', async () => {
    const items = (await staff.get('/api/indicators/catalogue')).json<{ items: Indicator[] }>().items;
    for (const k of [...OL, 'transfer_contracts', 'transferred_patents', 'transfer_contract_amount_yuan', 'patent_intensive_products_filed', 'tech_deals']) {
      expect(items.find((i) => i.key === k)?.definition, k).toBe('computed');
    }
  });

  it('declaring, approving and granting an open licence moves the region’s values; jurisdiction holds', async () => {
    const before = await values(staff, '370811', OL);
    for (const k of OL) expect(valueOf(before, k, '370811')?.value, k).toBe(0);

    const p = await buildHeldPatent(env.ctx, entId, { title: '矿用输送带纠偏装置' });
    const decl = await patentee.post('/api/open-licences/declarations', {
      feeType: 'lump_sum',
      feeAmount: 30000,
      paymentMethod: 'one_off',
      termYears: 3,
      patentId: p.id,
    });
    expect(decl.statusCode, decl.body).toBe(201);
    const id = decl.json<{ id: number }>().id;
    expect(valueOf(await values(staff, '370811', OL), 'open_license_declarations', '370811')?.value).toBe(0); // not yet published
    expect((await staff.post(`/api/open-licences/declarations/${id}/approve`, {})).statusCode).toBe(200);
    // Recommended by the bureau is not published: CNIPA's announcement is.
    expect(valueOf(await values(staff, '370811', OL), 'open_license_declarations', '370811')?.value).toBe(0);
    expect((await staff.post(`/api/open-licences/declarations/${id}/announcement`, { number: 'CN2026-OL-9', date: '2026-03-02' })).statusCode).toBe(200);
    expect(valueOf(await values(staff, '370811', OL), 'open_license_declarations', '370811')?.value).toBe(1);

    const proof = await buildAttachment(env.ctx, smeId, smeUserId, 'payment_proof');
    const ok = await licensee.post(`/api/open-licences/declarations/${id}/licences`, {
      noticeText: '我公司依照贵方开放许可声明，书面通知实施该专利。',
      paidOn: '2026-03-01',
      sme: true,
      paidAmount: 30000,
      attachmentIds: [proof],
    });
    expect(ok.statusCode, ok.body).toBe(201);

    const after = await values(staff, '370811', OL);
    const expected: Record<string, number> = {
      open_license_declarations: 1,
      open_license_deals: 1,
      open_license_smes_benefited: 1,
      open_license_fees_yuan: 30000,
    };
    for (const [k, n] of Object.entries(expected)) {
      // The county and the patentee's town both count it; the provenance says it is computed.
      expect(valueOf(after, k, '370811')?.value, k).toBe(n);
      expect(valueOf(after, k, '370811')?.provenance?.kind).toBe('computed');
      expect(valueOf(after, k, '370811002')?.value, k).toBe(n);
    }
    // Last year is untouched.
    expect(valueOf(await values(staff, '370811', OL, '2025'), 'open_license_deals', '370811')?.value).toBe(0);
    // Another county cannot read this one, and its own figures count its own patentees only.
    expect((await siblingStaff.get('/api/indicators/values?regionCode=370811&period=2026&keys=open_license_deals')).statusCode).toBe(403);
    expect(valueOf(await values(siblingStaff, '370883', OL), 'open_license_deals', '370883')?.value).toBe(0);

    // An approved reported figure for the same region and period still wins; the computed value stays visible.
    const r = await staff.post('/api/indicators/reported', {
      indicatorKey: 'open_license_deals',
      regionCode: '370811',
      period: '2026',
      value: 48,
      source: '测试公报',
    });
    expect(r.statusCode, r.body).toBe(201);
    expect((await reviewer.post(`/api/indicators/reported/${r.json<{ id: number }>().id}/review`, { decision: 'approve' })).statusCode).toBe(200);
    const reported = valueOf(await values(staff, '370811', ['open_license_deals']), 'open_license_deals', '370811');
    expect(reported?.value).toBe(48);
    expect(reported?.provenance?.kind).toBe('reported');
    expect(reported?.computedValue).toBe(1);
  });

  it('an approved transfer-contract filing counts as a contract, its patents and its amount', async () => {
    const keys = ['transfer_contracts', 'transferred_patents', 'transfer_contract_amount_yuan'];
    const patents = [(await buildHeldPatent(env.ctx, entId)).id, (await buildHeldPatent(env.ctx, entId)).id];
    const sub = await patentee.post('/api/filings', {
      kind: 'transfer_contract',
      title: '专利权转让合同',
      counterparty: '受让方测试公司',
      amount: 975_800,
      patentIds: patents,
      attachmentIds: [await buildAttachment(env.ctx, entId, entUserId, 'evidence')],
    });
    expect(sub.statusCode, sub.body).toBe(201);
    const id = sub.json<{ id: number }>().id;
    expect(valueOf(await values(staff, '370811', keys), 'transfer_contracts', '370811')?.value).toBe(0);
    expect((await staff.post(`/api/filings/${id}/approve`, {})).statusCode).toBe(200);
    // Passed the bureau's check is not filed: CNIPA's registration is.
    expect(valueOf(await values(staff, '370811', keys), 'transfer_contracts', '370811')?.value).toBe(0);
    expect((await staff.post(`/api/filings/${id}/registration`, { number: 'ZR-2026-9', date: '2026-03-02' })).statusCode).toBe(200);
    const v = await values(staff, '370811', keys);
    expect(valueOf(v, 'transfer_contracts', '370811')?.value).toBe(1);
    expect(valueOf(v, 'transferred_patents', '370811')?.value).toBe(2);
    expect(valueOf(v, 'transfer_contract_amount_yuan', '370811')?.value).toBe(975_800);
    expect(valueOf(await values(siblingStaff, '370883', keys), 'transfer_contracts', '370883')?.value).toBe(0);
  });
});
