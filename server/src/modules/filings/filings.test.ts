import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { buildEnterprise, buildOrg, buildUser, login, type Client } from '../../../test/factories.js';
import { buildAttachment, buildDeclaration, buildHeldPatent, buildLicence } from '../open-licensing/test-helpers.js';
import { filingStats } from './stats.js';

type Json = Record<string, unknown>;
const rulesOf = (body: string) => (JSON.parse(body) as { details?: { rules?: { rule: string }[] } }).details?.rules?.map((r) => r.rule) ?? [];
let env: TestEnv;
let ent: Client;
let other: Client;
let staff: Client;
let siblingStaff: Client;
let entId: number;
let entUserId: number;
let otherId: number;

beforeAll(async () => {
  env = await createTestEnv();
  const bureau = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370811' });
  const sibling = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370883' });
  entId = (await buildEnterprise(env.ctx, { region: '370811002', name: '备案测试企业' })).id;
  const u = await buildUser(env.ctx, { orgId: entId, role: 'enterprise_user' });
  entUserId = u.id;
  ent = await login(env.app, u.username);
  otherId = (await buildEnterprise(env.ctx, { region: '370811' })).id;
  other = await login(env.app, (await buildUser(env.ctx, { orgId: otherId, role: 'enterprise_user' })).username);
  staff = await login(env.app, (await buildUser(env.ctx, { orgId: bureau.id, role: 'bureau_staff' })).username);
  siblingStaff = await login(env.app, (await buildUser(env.ctx, { orgId: sibling.id, role: 'bureau_staff' })).username);
});
afterAll(() => env.close());

async function filingBody(extra: Json = {}, patentIds?: number[]) {
  const ids = patentIds ?? [(await buildHeldPatent(env.ctx, entId)).id];
  return {
    kind: 'patent_intensive_product',
    title: '矿用智能巡检机器人 XJ-200',
    amount: 2_000_000,
    patentIds: ids,
    attachmentIds: [await buildAttachment(env.ctx, entId, entUserId, 'evidence')],
    ...extra,
  };
}

describe('filings', () => {
  it('submit → initial check (no number of the platform’s own) → the authority’s number and date → profile and statistics', async () => {
    const r = await ent.post('/api/filings', await filingBody());
    expect(r.statusCode, r.body).toBe(201);
    const id = r.json<{ id: number }>().id;
    expect((await staff.get('/api/work-queue')).json<{ items: { recordId: number; dueOn: string }[] }>().items.find((i) => i.recordId === id)?.dueOn).toBe(
      '2026-03-11',
    );
    expect((await siblingStaff.post(`/api/filings/${id}/approve`, {})).statusCode).toBe(404);
    const ok = await staff.post(`/api/filings/${id}/approve`, {});
    // The bureau's check is no filing: it forwards it, gives no number of its own.
    expect(ok.json<Json>()).toMatchObject({ status: 'forwarded', filingNo: null, authorityAct: null });
    const again = await staff.post(`/api/filings/${id}/return`, { reason: '重复' });
    expect(again.statusCode).toBe(409);
    expect(again.json<{ message: string }>().message).toBe('当前状态为“初审通过，待登记机关办理”，不能执行“退回补正”（仅“待受理初审”时可以）');
    expect((await ent.get('/api/work-queue')).json<{ items: { recordId: number; step: string }[] }>().items).toContainEqual(
      expect.objectContaining({ recordId: id, step: '待登记登记机关备案号' }),
    );
    const reg = await ent.post(`/api/filings/${id}/registration`, { number: 'CN专利密集型产品备案2026-0007', date: '2026-03-02' });
    expect(reg.statusCode, reg.body).toBe(200);
    expect(reg.json<Json>()).toMatchObject({
      status: 'approved',
      filingNo: 'CN专利密集型产品备案2026-0007',
      authorityAct: { kind: 'cnipa', name: '国家知识产权局', number: 'CN专利密集型产品备案2026-0007', date: '2026-03-02' },
    });
    // Patent-intensive products are assessed on the criteria kept as data, unverified parts said so.
    const assessment = reg.json<{ assessment: { source: string; items: { code: string; result: string; verified: boolean }[] } }>().assessment;
    expect(assessment.source).toContain('《企业专利密集型产品评价方法》');
    expect(assessment.items.find((i) => i.code === 'invention_patent')).toMatchObject({ result: 'met', verified: false });
    expect(assessment.items.find((i) => i.code === 'revenue_share')?.result).toBe('unknown');
    const profile = (await ent.get(`/api/enterprises/${entId}`)).json<{ sections: { link: string; items: { label: string; value: string }[] }[] }>();
    const util = profile.sections.find((s) => s.link === 'utilization')?.items ?? [];
    expect(util).toContainEqual(expect.objectContaining({ label: '专利密集型产品备案', value: '1 项' }));
    const stats = await filingStats(env.ctx, { regionPrefix: '3708' });
    expect(stats.find((s) => s.kind === 'patent_intensive_product')).toEqual({
      kind: 'patent_intensive_product',
      filings: 1,
      patents: 1,
      enterprises: 1,
      amount: 2_000_000,
    });
    expect(
      (await staff.get('/api/filings/stats')).json<{ byKind: { kind: string; filings: number }[] }>().byKind.find((s) => s.kind === 'patent_intensive_product')
        ?.filings,
    ).toBe(1);
  });

  it('return with reasons → the enterprise’s queue → resubmit → reject', async () => {
    const id = (await ent.post('/api/filings', await filingBody())).json<{ id: number }>().id;
    expect((await staff.post(`/api/filings/${id}/return`, { reason: '请补充销售证明' })).json<Json>().reviewNote).toBe('请补充销售证明');
    expect((await ent.get('/api/work-queue')).json<{ items: { recordId: number; step: string }[] }>().items).toContainEqual(
      expect.objectContaining({ recordId: id, step: '备案退回补正' }),
    );
    expect((await other.post(`/api/filings/${id}/resubmit`, await filingBody())).statusCode).toBe(404);
    const re = await ent.post(`/api/filings/${id}/resubmit`, await filingBody({ amount: 2_500_000 }));
    expect(re.json<Json>().status).toBe('submitted');
    expect((await ent.post(`/api/filings/${id}/resubmit`, await filingBody())).statusCode).toBe(409);
    expect((await staff.post(`/api/filings/${id}/reject`, { reason: '不属于专利密集型产品' })).json<Json>().status).toBe('rejected');
  });

  it('patents must be the enterprise’s (or openly licensed to it for products) and in force', async () => {
    const foreign = await buildHeldPatent(env.ctx, otherId);
    const r = await ent.post('/api/filings', await filingBody({}, [foreign.id]));
    expect(r.statusCode).toBe(409);
    expect(r.json<{ message: string }>().message).toContain('既非本企业持有也未获许可');
    const lapsed = await buildHeldPatent(env.ctx, entId, { events: [{ kind: 'lapse', date: '2025-01-01' }] });
    expect((await ent.post('/api/filings', await filingBody({}, [lapsed.id]))).statusCode).toBe(409);
    const contract = await ent.post('/api/filings', await filingBody({ kind: 'licence_contract', counterparty: null }));
    expect(contract.statusCode).toBe(400);
    expect(contract.body).toContain('counterparty');
  });

  it('a licence contract goes on the history only with the authority’s filing; an exclusive one is refused while an open licence stands', async () => {
    const d = await buildDeclaration(env.ctx, { orgId: entId, regionCode: '370811002', status: 'published' });
    const exclusive = await ent.post(
      '/api/filings',
      await filingBody(
        { kind: 'licence_contract', title: '独占许可合同', counterparty: '某公司', licenceKind: 'exclusive', startsOn: '2026-02-01', endsOn: '2028-12-31' },
        [d.patentId],
      ),
    );
    expect(exclusive.statusCode).toBe(409);
    expect(rulesOf(exclusive.body)).toEqual(['open_licence']);
    expect(exclusive.json<{ message: string }>().message).toContain('不能备案独占许可或排他许可');
    const p = await buildHeldPatent(env.ctx, entId);
    const sole = await ent.post(
      '/api/filings',
      await filingBody(
        { kind: 'licence_contract', title: '排他许可合同', counterparty: '某公司', licenceKind: 'sole', startsOn: '2026-03-01', endsOn: '2028-12-31' },
        [p.id],
      ),
    );
    expect(sole.statusCode).toBe(201);
    const soleId = sole.json<{ id: number }>().id;
    await staff.post(`/api/filings/${soleId}/approve`, {});
    const kinds = async () => (await staff.get(`/api/patents/${p.id}`)).json<{ events: { kind: string }[] }>().events.map((e) => e.kind);
    expect(await kinds()).not.toContain('licence_sole');
    // Dated on the filing's date, never before grant (the factory grants on 2020-06-01).
    const early = await staff.post(`/api/filings/${soleId}/registration`, { number: '2026370000000123', date: '2020-01-01' });
    expect(early.statusCode).toBe(400);
    expect(early.body).toContain('授权公告日');
    expect((await staff.post(`/api/filings/${soleId}/registration`, { number: '2026370000000123', date: '2026-03-02' })).statusCode).toBe(200);
    expect(await kinds()).toContain('licence_sole');
    const row = await env.ctx.db
      .selectFrom('patent_events')
      .selectAll()
      .where('patent_id', '=', p.id)
      .where('kind', '=', 'licence_sole')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ event_date: '2026-03-02', authority: 'cnipa', authority_no: '2026370000000123' });
    // The sole licence in force now blocks an open-licence declaration of that patent.
    const declare = await ent.post('/api/open-licences/declarations', {
      patentId: p.id,
      feeType: 'lump_sum',
      feeAmount: 1000,
      paymentMethod: 'one_off',
      termYears: 1,
    });
    expect(declare.statusCode).toBe(409);
    expect(declare.json<{ message: string }>().message).toContain('独占或排他许可');
  });
});

describe('the checks a 备案 officer makes (each a named rule, a 409 naming it)', () => {
  const licence = (extra: Json = {}) => ({
    kind: 'licence_contract',
    title: '专利实施许可合同',
    counterparty: '被许可测试公司',
    licenceKind: 'ordinary',
    startsOn: '2026-02-01',
    endsOn: '2027-12-31',
    ...extra,
  });

  it('filed_within_3_months: a licence contract is filed within 3 months of taking effect (细则 art. 15)', async () => {
    const late = await ent.post('/api/filings', await filingBody(licence({ startsOn: '2025-12-01' })));
    expect(late.statusCode).toBe(409);
    expect(rulesOf(late.body)).toEqual(['filed_within_3_months']);
    expect(late.json<{ message: string }>().message).toContain('2026-03-01 届满');
    expect((await ent.post('/api/filings', await filingBody(licence({ startsOn: '2025-12-02' })))).statusCode).toBe(201);
  });

  it('term_within_patent: the licence term ends within the patent’s term', async () => {
    const p = await buildHeldPatent(env.ctx, entId, { appDate: '2008-01-10', grantDate: '2011-01-01' });
    const r = await ent.post('/api/filings', await filingBody(licence({ endsOn: '2028-12-31' }), [p.id]));
    expect(rulesOf(r.body)).toEqual(['term_within_patent']);
    expect(r.json<{ message: string }>().message).toContain('2028-01-10 届满');
    expect((await ent.post('/api/filings', await filingBody(licence({ endsOn: '2028-01-10' }), [p.id]))).statusCode).toBe(201);
  });

  it('exclusive_conflict: no exclusive or sole licence for the same scope and period; another scope is free', async () => {
    const p = await buildHeldPatent(env.ctx, entId);
    expect((await ent.post('/api/filings', await filingBody(licence({ scope: '山东省' }), [p.id]))).statusCode).toBe(201);
    const clash = await ent.post('/api/filings', await filingBody(licence({ licenceKind: 'exclusive', scope: '山东省', startsOn: '2026-03-01' }), [p.id]));
    expect(rulesOf(clash.body)).toEqual(['exclusive_conflict']);
    expect(clash.json<{ message: string }>().message).toContain('已有普通许可合同备案');
    const later = await ent.post(
      '/api/filings',
      await filingBody(licence({ licenceKind: 'sole', scope: '山东省', startsOn: '2026-03-01', endsOn: '2026-12-31' }), [p.id]),
    );
    expect(rulesOf(later.body)).toEqual(['exclusive_conflict']);
    expect((await ent.post('/api/filings', await filingBody(licence({ licenceKind: 'exclusive', scope: '江苏省' }), [p.id]))).statusCode).toBe(201);
  });

  it('open_licence: an exclusive licence is refused while licences under a withdrawn declaration still run', async () => {
    const l = await buildLicence(env.ctx, { licensorOrgId: entId, licenseeOrgId: otherId, regionCode: '370811002' });
    await env.ctx.db
      .updateTable('open_licence_declarations')
      .set({ status: 'withdrawn', withdrawn_at: '2026-02-20T00:00:00.000Z' })
      .where('id', '=', l.declarationId)
      .execute();
    const r = await ent.post('/api/filings', await filingBody(licence({ licenceKind: 'exclusive' }), [l.patentId]));
    expect(rulesOf(r.body)).toEqual(['open_licence']);
    expect(r.json<{ message: string }>().message).toContain('虽已撤回');
    // An ordinary licence is not affected, and an exclusive one after the open licence has run out is fine.
    expect((await ent.post('/api/filings', await filingBody(licence(), [l.patentId]))).statusCode).toBe(201);
    const after = await ent.post(
      '/api/filings',
      await filingBody(licence({ licenceKind: 'exclusive', startsOn: '2026-02-01', endsOn: '2027-12-31' }), [l.patentId]),
    );
    expect(rulesOf(after.body)).toContain('open_licence');
  });

  it('fee_grace_period, suspended, pledged (without consent) and co_owners (without consent)', async () => {
    const overdue = await buildHeldPatent(env.ctx, entId);
    await env.ctx.db.updateTable('patents').set({ source_status: '未缴年费，滞纳期内' }).where('id', '=', overdue.id).execute();
    expect(rulesOf((await ent.post('/api/filings', await filingBody(licence(), [overdue.id]))).body)).toEqual(['fee_grace_period']);
    const preserved = await buildHeldPatent(env.ctx, entId);
    await env.ctx.db.updateTable('patents').set({ source_status: '法院保全' }).where('id', '=', preserved.id).execute();
    expect(rulesOf((await ent.post('/api/filings', await filingBody(licence(), [preserved.id]))).body)).toEqual(['suspended']);
    const pledged = await buildHeldPatent(env.ctx, entId, { events: [{ kind: 'pledge', date: '2025-05-01', details: { amount: 1_000_000 } }] });
    expect(rulesOf((await ent.post('/api/filings', await filingBody(licence(), [pledged.id]))).body)).toEqual(['pledged']);
    const consent = await buildAttachment(env.ctx, entId, entUserId, 'pledgee_consent');
    const withConsent = await ent.post('/api/filings', { ...(await filingBody(licence(), [pledged.id])), attachmentIds: [consent] });
    expect(withConsent.statusCode, withConsent.body).toBe(201);
    const shared = await buildHeldPatent(env.ctx, entId);
    await env.ctx.db.insertInto('patent_parties').values({ patent_id: shared.id, role: 'holder', seq: 2, name: '共有人', org_id: null }).execute();
    expect(
      rulesOf((await ent.post('/api/filings', await filingBody({ kind: 'transfer_contract', title: '转让合同', counterparty: '受让公司' }, [shared.id]))).body),
    ).toEqual(['co_owners']);
    const coConsent = await buildAttachment(env.ctx, entId, entUserId, 'co_owner_consent');
    const ok = await ent.post('/api/filings', {
      ...(await filingBody({ kind: 'transfer_contract', title: '转让合同', counterparty: '受让公司' }, [shared.id])),
      attachmentIds: [coConsent],
    });
    expect(ok.statusCode, ok.body).toBe(201);
  });

  it('change and cancellation (变更/注销) of a filed licence are the authority’s acts on the history', async () => {
    const p = await buildHeldPatent(env.ctx, entId);
    const id = (await ent.post('/api/filings', await filingBody(licence({ licenceKind: 'exclusive', scope: '全国' }), [p.id]))).json<{ id: number }>().id;
    expect((await ent.post(`/api/filings/${id}/change`, { number: 'BG-1', date: '2026-03-02', endsOn: '2028-06-30' })).statusCode).toBe(409);
    await staff.post(`/api/filings/${id}/approve`, {});
    await ent.post(`/api/filings/${id}/registration`, { number: '2026370000000200', date: '2026-03-02' });
    const changed = await ent.post(`/api/filings/${id}/change`, { number: '2026370000000200-BG1', date: '2026-03-02', endsOn: '2028-06-30' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json<Json>()).toMatchObject({ status: 'approved', endsOn: '2028-06-30' });
    const cancelled = await staff.post(`/api/filings/${id}/cancellation`, { number: '2026370000000200-ZX', date: '2026-03-02' });
    expect(cancelled.json<Json>()).toMatchObject({ status: 'cancelled', cancelledOn: '2026-03-02' });
    const history = await env.ctx.db.selectFrom('patent_events').select(['kind', 'authority_no']).where('patent_id', '=', p.id).orderBy('id').execute();
    expect(history.map((e) => [e.kind, e.authority_no])).toEqual([
      ['grant', null],
      ['licence_exclusive', '2026370000000200'],
      ['licence_change', '2026370000000200-BG1'],
      ['licence_end', '2026370000000200-ZX'],
    ]);
    // Cancelled: the exclusive licence no longer stands against a new one.
    expect((await ent.post('/api/filings', await filingBody(licence({ licenceKind: 'exclusive', scope: '全国' }), [p.id]))).statusCode).toBe(201);
  });

  it('a registered transfer moves the patent: holder, holder’s region; the transferee may then use it', async () => {
    const buyer = await buildEnterprise(env.ctx, { region: '370883', name: '邹城受让测试有限公司' });
    const buyerUser = await buildUser(env.ctx, { orgId: buyer.id, role: 'enterprise_user' });
    const buyerClient = await login(env.app, buyerUser.username);
    const p = await buildHeldPatent(env.ctx, entId, { region: '370811' });
    const id = (
      await ent.post('/api/filings', await filingBody({ kind: 'transfer_contract', title: '转让合同', counterparty: '邹城受让测试有限公司' }, [p.id]))
    ).json<{
      id: number;
    }>().id;
    await staff.post(`/api/filings/${id}/approve`, {});
    // Forwarded is not registered: the patent has not moved.
    expect((await env.ctx.db.selectFrom('patents').select('region_code').where('id', '=', p.id).executeTakeFirstOrThrow()).region_code).toBe('370811');
    expect((await ent.post(`/api/filings/${id}/registration`, { number: 'ZR2026-0001', date: '2026-03-02' })).statusCode).toBe(200);
    const moved = await env.ctx.db.selectFrom('patents').select(['region_code', 'holders']).where('id', '=', p.id).executeTakeFirstOrThrow();
    expect(moved).toEqual({ region_code: '370883', holders: JSON.stringify(['邹城受让测试有限公司']) });
    const holders = await env.ctx.db.selectFrom('patent_parties').select('org_id').where('patent_id', '=', p.id).where('role', '=', 'holder').execute();
    expect(holders.map((h) => Number(h.org_id))).toEqual([buyer.id]);
    const t = await env.ctx.db.selectFrom('patent_events').selectAll().where('patent_id', '=', p.id).where('kind', '=', 'transfer').executeTakeFirstOrThrow();
    expect(t).toMatchObject({ event_date: '2026-03-02', authority: 'cnipa', authority_no: 'ZR2026-0001' });
    const buyerUses = await buyerClient.post('/api/filings', {
      ...(await filingBody({ kind: 'patent_product', title: '受让后的产品' }, [p.id])),
      attachmentIds: [await buildAttachment(env.ctx, buyer.id, buyerUser.id, 'evidence')],
    });
    expect(buyerUses.statusCode, buyerUses.body).toBe(201);
    expect((await ent.post('/api/filings', await filingBody({ kind: 'patent_product', title: '转让后' }, [p.id]))).statusCode).toBe(409);
  });

  it('product filings: an ordinary licensee of a filed licence contract may file too', async () => {
    const licensee = await buildEnterprise(env.ctx, { region: '370811', name: '普通被许可测试有限公司' });
    const lu = await buildUser(env.ctx, { orgId: licensee.id, role: 'enterprise_user' });
    const lc = await login(env.app, lu.username);
    const p = await buildHeldPatent(env.ctx, entId);
    const product = async () =>
      lc.post('/api/filings', {
        kind: 'patent_product',
        title: '被许可人的产品',
        patentIds: [p.id],
        attachmentIds: [await buildAttachment(env.ctx, licensee.id, lu.id, 'evidence')],
      });
    expect((await product()).statusCode).toBe(409);
    const id = (await ent.post('/api/filings', await filingBody(licence({ counterparty: '普通被许可测试有限公司' }), [p.id]))).json<{ id: number }>().id;
    await staff.post(`/api/filings/${id}/approve`, {});
    await staff.post(`/api/filings/${id}/registration`, { number: '2026370000000300', date: '2026-03-02' });
    const r = await product();
    expect(r.statusCode, r.body).toBe(201);
  });

  it('where the deployment is a delegated authority (setting), the act is recorded under that authority’s name', async () => {
    await env.ctx.db
      .insertInto('settings')
      .values({
        key: 'authority.delegated',
        value: JSON.stringify({ name: '国家知识产权局专利局济南代办处', acts: ['licence_contract'] }),
        updated_at: '2026-03-02',
      })
      .execute();
    const p = await buildHeldPatent(env.ctx, entId);
    const id = (await ent.post('/api/filings', await filingBody(licence(), [p.id]))).json<{ id: number }>().id;
    await staff.post(`/api/filings/${id}/approve`, {});
    const r = await staff.post(`/api/filings/${id}/registration`, { number: 'JN-DB-2026-0009', date: '2026-03-02' });
    expect(r.json<Json>().authorityAct).toEqual({ kind: 'agency', name: '国家知识产权局专利局济南代办处', number: 'JN-DB-2026-0009', date: '2026-03-02' });
    const e = await env.ctx.db.selectFrom('patent_events').selectAll().where('patent_id', '=', p.id).where('kind', '=', 'licence').executeTakeFirstOrThrow();
    expect(e.authority).toBe('agency');
    expect(JSON.parse(e.details ?? '{}')).toMatchObject({ authorityName: '国家知识产权局专利局济南代办处' });
    await env.ctx.db.deleteFrom('settings').where('key', '=', 'authority.delegated').execute();
  });
});
