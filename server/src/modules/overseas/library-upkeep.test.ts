import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, ExportProfile, LegalInstitution, OverseasCase, PublicExpert, RetiredEntry, Workstation } from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { auditCount, buildEnterprise, buildOrg, buildPatent, buildUser, login, type Client } from '../../../test/factories.js';
import { buildCase, buildExpert, buildInstitution, buildRequest, buildWorkstation } from './test-helpers.js';

const base = '/api/overseas';
let env: TestEnv;
let staff: Client;
let siblingStaff: Client;

beforeAll(async () => {
  env = await createTestEnv();
  const bureau = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370811' });
  const sibling = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370883' });
  staff = await login(env.app, (await buildUser(env.ctx, { orgId: bureau.id, role: 'bureau_staff' })).username);
  siblingStaff = await login(env.app, (await buildUser(env.ctx, { orgId: sibling.id, role: 'bureau_staff' })).username);
});
afterAll(() => env.close());

const inbox = async (c: Client) => (await c.get('/api/notifications')).json<{ items: { title: string; body: string }[] }>().items;

describe('early warnings matched on the export profile', () => {
  it('an enterprise declares its markets and product classes; a warning notifies it by its exports, its patents, or both, saying why', async () => {
    const enterprise = async (name: string, region = '370811002') => {
      const orgId = (await buildEnterprise(env.ctx, { region, name })).id;
      const u = await buildUser(env.ctx, { orgId, role: 'enterprise_user' });
      return { orgId, client: await login(env.app, u.username) };
    };
    const exporter = await enterprise('德国出口输送机公司');
    const patentee = await enterprise('输送机专利公司');
    const both = await enterprise('既出口又有专利公司');
    const wrongMarket = await enterprise('只出口日本公司');
    const otherCounty = await enterprise('邹城出口公司', '370883');

    // The profile is the enterprise's own: empty until declared, country codes and IPC classes normalised.
    expect((await exporter.client.get(`${base}/export-profile`)).json<ExportProfile>()).toEqual({ markets: [], products: '', ipcClasses: [], updatedAt: null });
    const audits = await auditCount(env.ctx);
    const saved = await exporter.client.request('PUT', `${base}/export-profile`, { markets: ['de', 'FR'], products: '带式输送机', ipcClasses: ['b65g 15/00'] });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<ExportProfile>()).toMatchObject({ markets: ['DE', 'FR'], products: '带式输送机', ipcClasses: ['B65G15/00'] });
    expect(await auditCount(env.ctx)).toBe(audits + 1);
    const bad = await exporter.client.request('PUT', `${base}/export-profile`, { markets: ['德国'], ipcClasses: [] });
    expect(bad.statusCode).toBe(400);
    expect((await exporter.client.get(`${base}/export-profile`)).json<ExportProfile>().markets).toEqual(['DE', 'FR']);
    // Staff have no export profile of their own to declare.
    expect((await staff.request('PUT', `${base}/export-profile`, { markets: ['DE'] })).statusCode).toBe(403);

    await both.client.request('PUT', `${base}/export-profile`, { markets: ['DE'], ipcClasses: ['B65G'] });
    await wrongMarket.client.request('PUT', `${base}/export-profile`, { markets: ['JP'], ipcClasses: ['B65G'] });
    await otherCounty.client.request('PUT', `${base}/export-profile`, { markets: ['DE'], ipcClasses: ['B65G'] });
    for (const holder of [patentee, both]) {
      const p = await buildPatent(env.ctx, { ipc: ['B65G47/00'], family: [{ country: 'DE', number: 'DE1', granted: true }] });
      await env.ctx.db.insertInto('patent_parties').values({ patent_id: p.id, role: 'holder', seq: 1, name: 'x', org_id: holder.orgId }).execute();
    }

    const res = await staff.post(`${base}/warnings`, { title: '德国输送机专利诉讼增多', body: '请出口德国的企业注意。', country: 'DE', ipcPrefix: 'B65G' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ notifiedEnterprises: 3 });
    const title = '海外知识产权风险预警：德国输送机专利诉讼增多';
    const note = async (c: Client) => (await inbox(c)).find((n) => n.title === title);
    expect((await note(exporter.client))?.body).toContain('贵单位申报的出口情况与本预警相符（出口市场 DE，产品 IPC B65G15/00）');
    expect((await note(exporter.client))?.body).not.toContain('登记簿');
    expect((await note(patentee.client))?.body).toContain('贵单位在登记簿中的专利与本预警相符（IPC B65G，在DE有同族专利）');
    expect((await note(patentee.client))?.body).not.toContain('出口情况');
    const bothBody = (await note(both.client))?.body ?? '';
    expect(bothBody).toContain('登记簿中的专利');
    expect(bothBody).toContain('出口情况');
    expect(await note(wrongMarket.client)).toBeUndefined();
    expect(await note(otherCounty.client)).toBeUndefined();

    // A warning by country alone reaches the exporters to that market, whatever their products.
    const byCountry = await staff.post(`${base}/warnings`, { title: '日本海关扣押增多', body: '注意', country: 'jp' });
    expect(byCountry.json()).toMatchObject({ notifiedEnterprises: 1 });
    expect((await inbox(wrongMarket.client)).map((n) => n.title)).toContain('海外知识产权风险预警：日本海关扣押增多');
  });
});

describe('library upkeep: edit, retire and restore entries', () => {
  it('staff of the keeping region edit a workstation, a case and an institution; others get 404 and nothing is written', async () => {
    const w = await buildWorkstation(env.ctx, { regionCode: '370811' });
    const body = {
      name: '济宁市海外知识产权保护工作站（任城）',
      address: '任城区科技大厦',
      countries: ['de', 'US'],
      industries: ['工程机械'],
      contactName: '李站长',
      contactPhone: '0537-2222222',
      establishedOn: '2024-06-01',
    };
    const before = await auditCount(env.ctx);
    expect((await siblingStaff.request('PATCH', `${base}/workstations/${w.id}`, body)).statusCode).toBe(404);
    expect(await auditCount(env.ctx)).toBe(before);
    const edited = await staff.request('PATCH', `${base}/workstations/${w.id}`, body);
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json<Workstation>()).toMatchObject({ name: body.name, countries: ['DE', 'US'], contactName: '李站长' });
    expect(await auditCount(env.ctx)).toBe(before + 1);

    const c = await buildCase(env.ctx, { regionCode: '370811' });
    const caseBody = {
      title: '输送机企业应对德国专利诉讼',
      country: 'DE',
      kind: 'patent',
      industry: '工程机械',
      year: 2025,
      summary: '德国杜塞尔多夫地区法院诉讼',
      outcome: '和解',
      lessons: '提前检索德国专利',
    };
    expect((await staff.request('PATCH', `${base}/cases/${c.id}`, caseBody)).json<OverseasCase>()).toMatchObject({ title: caseBody.title, country: 'DE' });
    // The case is found by its new words (its search text follows the edit).
    expect((await staff.get(`${base}/cases?q=${encodeURIComponent('杜塞尔多夫')}`)).json<{ items: OverseasCase[] }>().items.map((x) => x.id)).toEqual([c.id]);

    const i = await buildInstitution(env.ctx, { regionCode: '370811' });
    const inst = await staff.request('PATCH', `${base}/institutions/${i.id}`, { country: 'DE', kind: 'agency', name: '慕尼黑专利代理所', city: 'München' });
    expect(inst.json<LegalInstitution>()).toMatchObject({ kind: 'agency', name: '慕尼黑专利代理所' });
    expect(
      (await staff.request('PATCH', `${base}/experts/${(await buildExpert(env.ctx, { regionCode: '370811' })).id}`, { name: '赵德语', languages: ['德语'] }))
        .statusCode,
    ).toBe(200);
  });

  it('a retired entry leaves the public libraries and cannot be assigned; restoring brings it back', async () => {
    const e = await buildExpert(env.ctx, {
      regionCode: '370811',
      name: '停用专家',
      countries: ['US'],
      orgId: (await buildOrg(env.ctx, { kind: 'ip_agency', region: '370800' })).id,
    });
    const i = await buildInstitution(env.ctx, { regionCode: '370811', country: 'FR' });
    const publicExperts = async () => (await staff.get(`${base}/experts`)).json<{ items: PublicExpert[] }>().items.map((x) => x.id);
    const publicInstitutions = async () => (await staff.get(`${base}/institutions?country=FR`)).json<{ items: LegalInstitution[] }>().items.map((x) => x.id);
    expect(await publicExperts()).toContain(e.id);

    expect((await siblingStaff.post(`${base}/library/expert/${e.id}/retired`, { retired: true })).statusCode).toBe(404);
    const before = await auditCount(env.ctx);
    const r = await staff.post(`${base}/library/expert/${e.id}/retired`, { retired: true });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json<RetiredEntry>()).toMatchObject({ library: 'expert', entryId: e.id, name: '停用专家' });
    expect(await auditCount(env.ctx)).toBe(before + 1);
    // Retiring again writes nothing.
    await staff.post(`${base}/library/expert/${e.id}/retired`, { retired: true });
    expect(await auditCount(env.ctx)).toBe(before + 1);
    await staff.post(`${base}/library/institution/${i.id}/retired`, { retired: true });
    expect(await publicExperts()).not.toContain(e.id);
    expect(await publicInstitutions()).not.toContain(i.id);
    const retired = (await staff.get(`${base}/library/retired`)).json<{ items: RetiredEntry[] }>().items;
    expect(retired.map((x) => `${x.library}:${x.entryId}`)).toEqual(expect.arrayContaining([`expert:${e.id}`, `institution:${i.id}`]));
    expect((await siblingStaff.get(`${base}/library/retired`)).json<{ items: RetiredEntry[] }>().items).toEqual([]);

    // A request cannot be assigned to the retired expert (409 naming them).
    const ent = (await buildEnterprise(env.ctx, { region: '370811002', name: '求助企业' })).id;
    const req = await buildRequest(env.ctx, { orgId: ent, regionCode: '370811002' });
    const refused = await staff.post(`${base}/requests/${req.id}/assign`, { expertId: e.id });
    expect(refused.statusCode).toBe(409);
    expect(refused.json<ErrorBody>().message).toBe('“停用专家”已停用，不能指派');

    await staff.post(`${base}/library/expert/${e.id}/retired`, { retired: false });
    expect(await publicExperts()).toContain(e.id);
    expect((await staff.post(`${base}/requests/${req.id}/assign`, { expertId: e.id })).statusCode).toBe(200);
  });
});
