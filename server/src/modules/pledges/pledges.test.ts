import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, IndicatorValues, PatentDetail, PledgeApplication, WorkbenchCard } from '@zhichan/contract';
import { messageText } from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { buildEnterprise, buildOrg, buildPatent, buildUser, login, type Client } from '../../../test/factories.js';
import { buildAttachment, buildDeclaration, buildHeldPatent } from '../open-licensing/test-helpers.js';

type Json = Record<string, unknown>;
const rulesOf = (body: string) => (JSON.parse(body) as { details?: { rules?: { rule: string }[] } }).details?.rules?.map((r) => r.rule) ?? [];

let env: TestEnv;
let ent: Client;
let other: Client;
let bank: Client;
let otherBank: Client;
let staff: Client;
let siblingStaff: Client;
let entId: number;
let entUserId: number;
let otherId: number;
let bankId: number;
let bankUserId: number;

beforeAll(async () => {
  env = await createTestEnv();
  const bureau = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370811' });
  const sibling = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370883' });
  entId = (await buildEnterprise(env.ctx, { region: '370811002', name: '质押测试企业' })).id;
  const u = await buildUser(env.ctx, { orgId: entId, role: 'enterprise_user' });
  entUserId = u.id;
  ent = await login(env.app, u.username);
  otherId = (await buildEnterprise(env.ctx, { region: '370811' })).id;
  other = await login(env.app, (await buildUser(env.ctx, { orgId: otherId, role: 'enterprise_user' })).username);
  bankId = (await buildOrg(env.ctx, { kind: 'bank', region: '370800', name: '济宁测试银行' })).id;
  const bu = await buildUser(env.ctx, { orgId: bankId, role: 'bank_officer' });
  bankUserId = bu.id;
  bank = await login(env.app, bu.username);
  const ob = (await buildOrg(env.ctx, { kind: 'bank', region: '370800' })).id;
  otherBank = await login(env.app, (await buildUser(env.ctx, { orgId: ob, role: 'bank_officer' })).username);
  staff = await login(env.app, (await buildUser(env.ctx, { orgId: bureau.id, role: 'bureau_staff' })).username);
  siblingStaff = await login(env.app, (await buildUser(env.ctx, { orgId: sibling.id, role: 'bureau_staff' })).username);
});
afterAll(() => env.close());

async function docs(orgId = entId, userId = entUserId) {
  return [await buildAttachment(env.ctx, orgId, userId, 'contract'), await buildAttachment(env.ctx, orgId, userId, 'identity_document')];
}

async function body(extra: Json = {}, assetIds?: number[]) {
  return {
    pledgeeOrgId: bankId,
    assetIds: assetIds ?? [(await buildHeldPatent(env.ctx, entId)).id],
    contractNo: `ZY-2026-${Math.floor(Math.random() * 1e6)}`,
    securedAmount: 12_000_000,
    loanAmount: 12_000_000,
    debtStartsOn: '2026-03-02',
    debtEndsOn: '2027-03-01',
    attachmentIds: await docs(),
    ...extra,
  };
}

const indicators = async (keys: string) =>
  Object.fromEntries(
    (await staff.get(`/api/indicators/values?regionCode=370811&period=2026&keys=${keys}`))
      .json<IndicatorValues>()
      .rows.map((r) => [r.indicatorKey, r.value ?? 0]),
  );

describe('pledge registration', () => {
  it('joint application → CNIPA registers → 质押 on the patent page, criterion 4 flips, indicators move → release', async () => {
    const patent = await buildHeldPatent(env.ctx, entId);
    const keys = 'patent_pledge_registrations,patent_pledge_amount_yuan,banks_registering_ip_pledge_loans,inclusive_patent_pledge_loans,ip_pledge_amount_yuan';
    const before = await indicators(keys);
    const page0 = (await ent.get(`/api/patents/${patent.id}`)).json<PatentDetail>();
    expect(page0.highValue.criteria.find((c) => c.criterion === 'high_pledge')?.met).toBe(false);

    const created = await ent.post('/api/pledges', await body({}, [patent.id]));
    expect(created.statusCode, created.body).toBe(201);
    const app = created.json<PledgeApplication>();
    expect(app).toMatchObject({ status: 'awaiting_pledgee', pledgeeName: '济宁测试银行', registrationNo: null });
    // The bank's queue and workbench card; another bank sees nothing of it.
    expect((await bank.get('/api/pledges/bank?status=awaiting_pledgee')).json<{ total: number }>().total).toBe(1);
    const cards = (await bank.get('/api/workbench')).json<{ cards: WorkbenchCard[] }>().cards;
    expect(cards.find((c) => c.key === 'pledges.awaitingConfirmation')?.count).toBe(1);
    expect((await otherBank.get(`/api/pledges/${app.id}`)).statusCode).toBe(404);
    expect((await otherBank.post(`/api/pledges/${app.id}/confirm`, {})).statusCode).toBe(404);
    expect((await other.get(`/api/pledges/${app.id}`)).statusCode).toBe(404);
    // The registration cannot be entered before both have confirmed.
    const early = await staff.post(`/api/pledges/${app.id}/registration`, { number: 'Y2026000001', date: '2026-03-02' });
    expect(early.statusCode).toBe(409);
    // Only the pledgee confirms.
    expect((await ent.post(`/api/pledges/${app.id}/confirm`, {})).statusCode).toBe(403);

    const confirmed = await bank.post(`/api/pledges/${app.id}/confirm`, {
      attachmentIds: [await buildAttachment(env.ctx, bankId, bankUserId, 'identity_document')],
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    // The decision clock: 7 working days from Monday 2 March 2026.
    expect(confirmed.json<PledgeApplication>()).toMatchObject({ status: 'submitted', decisionDueOn: '2026-03-11' });
    const item = (await staff.get('/api/work-queue'))
      .json<{ items: { recordId: number; step: string; dueOn: string }[] }>()
      .items.find((i) => i.recordId === app.id);
    expect(item).toMatchObject({ step: '质押登记待登记机关办理', dueOn: '2026-03-11' });
    expect((await siblingStaff.get(`/api/pledges/${app.id}`)).statusCode).toBe(404);

    // A date after today or before the joint filing is refused, naming the field.
    const future = await staff.post(`/api/pledges/${app.id}/registration`, { number: 'Y2026000001', date: '2026-03-09' });
    expect(future.statusCode).toBe(400);
    expect(future.json<ErrorBody>().fields).toHaveProperty('date');

    const reg = await staff.post(`/api/pledges/${app.id}/registration`, { number: 'Y2026370000123', date: '2026-03-02' });
    expect(reg.statusCode, reg.body).toBe(200);
    expect(reg.json<PledgeApplication>()).toMatchObject({
      status: 'registered',
      registrationNo: 'Y2026370000123',
      registeredOn: '2026-03-02',
      authorityName: '国家知识产权局',
    });

    const page = (await ent.get(`/api/patents/${patent.id}`)).json<PatentDetail>();
    const ev = page.events.find((e) => e.kind === 'pledge');
    expect(ev?.label).toBe('质押登记');
    expect(ev?.summary).toContain('Y2026370000123');
    expect(page.highValue.criteria.find((c) => c.criterion === 'high_pledge')?.met).toBe(true);
    expect(page.pledges).toEqual([expect.objectContaining({ registrationNo: 'Y2026370000123', pledgee: '济宁测试银行', amount: 12_000_000 })]);

    const after = await indicators(keys);
    expect(after.patent_pledge_registrations).toBe((before.patent_pledge_registrations ?? 0) + 1);
    expect(after.patent_pledge_amount_yuan).toBe((before.patent_pledge_amount_yuan ?? 0) + 12_000_000);
    expect(after.ip_pledge_amount_yuan).toBe((before.ip_pledge_amount_yuan ?? 0) + 12_000_000);
    expect(after.banks_registering_ip_pledge_loans).toBeGreaterThanOrEqual(1);
    // 12 million is above the inclusive ceiling (10 million by default).
    expect(after.inclusive_patent_pledge_loans ?? 0).toBe(before.inclusive_patent_pledge_loans ?? 0);
    const stats = (await staff.get('/api/pledges/stats?regionCode=370811')).json<{ registrations: number; byBank: { bank: string }[] }>();
    expect(stats.registrations).toBeGreaterThanOrEqual(1);
    expect(stats.byBank.map((b) => b.bank)).toContain('济宁测试银行');

    // The pledged patent cannot be pledged again: the refusal names that registration's number.
    const again = await ent.post('/api/pledges', await body({}, [patent.id]));
    expect(again.statusCode).toBe(409);
    expect(again.json<ErrorBody>()).toMatchObject({ messageCode: 'pledge.rule.already_pledged', params: { registrationNo: 'Y2026370000123' } });
    expect(messageText({ code: 'pledge.rule.already_pledged', params: again.json<ErrorBody>().params ?? {} }, 'en')).toContain('Y2026370000123');

    // Change: the secured amount falls below the threshold; criterion 4 follows the register.
    const changed = await bank.post(`/api/pledges/${app.id}/change`, { number: 'BG2026-1', date: '2026-03-02', securedAmount: 5_000_000 });
    expect(changed.statusCode, changed.body).toBe(200);
    const page2 = (await ent.get(`/api/patents/${patent.id}`)).json<PatentDetail>();
    expect(page2.events.map((e) => e.kind)).toContain('pledge_change');
    expect(page2.highValue.criteria.find((c) => c.criterion === 'high_pledge')?.met).toBe(false);

    // Release (注销): the pledge ends on the register and the page; the patent may be pledged again.
    const released = await ent.post(`/api/pledges/${app.id}/release`, { number: 'ZX2026-1', date: '2026-03-02' });
    expect(released.statusCode, released.body).toBe(200);
    expect(released.json<PledgeApplication>()).toMatchObject({ status: 'released', releaseNo: 'ZX2026-1' });
    const page3 = (await ent.get(`/api/patents/${patent.id}`)).json<PatentDetail>();
    expect(page3.events.map((e) => e.kind)).toContain('pledge_release');
    expect(page3.pledges).toEqual([]);
    expect((await ent.post('/api/pledges', await body({}, [patent.id]))).statusCode).toBe(201);
    // The enterprise profile's 运用 section lists the registration.
    const profile = await ent.get('/api/enterprises/mine');
    expect(profile.body).toContain('Y2026370000123');
  });

  it('refuses each registration rule with a coded 409 naming it', async () => {
    const expectRule = async (b: Json, rule: string, code: string) => {
      const r = await ent.post('/api/pledges', b);
      expect(r.statusCode, r.body).toBe(409);
      expect(rulesOf(r.body)).toContain(rule);
      expect(r.json<ErrorBody>().messageCode).toBe(code);
    };
    // Not the registry's holder.
    const foreign = await buildHeldPatent(env.ctx, otherId);
    await expectRule(await body({}, [foreign.id]), 'not_holder', 'pledge.rule.not_holder');
    // Co-owned without every co-owner's consent; with it, accepted.
    const shared = await buildHeldPatent(env.ctx, entId);
    await env.ctx.db.insertInto('patent_parties').values({ patent_id: shared.id, role: 'holder', seq: 2, name: '共有人', org_id: otherId }).execute();
    await expectRule(await body({}, [shared.id]), 'co_owners', 'pledge.rule.co_owners');
    const consent = await buildAttachment(env.ctx, entId, entUserId, 'co_owner_consent');
    expect((await ent.post('/api/pledges', await body({ attachmentIds: [...(await docs()), consent] }, [shared.id]))).statusCode).toBe(201);
    // Not in force (lapsed).
    const lapsed = await buildPatent(env.ctx, { events: [{ kind: 'lapse', date: '2025-06-01' }] });
    await env.ctx.db.insertInto('patent_parties').values({ patent_id: lapsed.id, role: 'holder', seq: 1, name: '本企业', org_id: entId }).execute();
    await expectRule(await body({}, [lapsed.id]), 'not_in_force', 'pledge.rule.not_in_force');
    // The patent lapses before the debt term ends (a utility model filed 2017 expires 2027-01-10).
    const shortTerm = await buildHeldPatent(env.ctx, entId, { kind: 'utility', appDate: '2017-01-10', grantDate: '2017-08-01' });
    await expectRule(await body({ debtEndsOn: '2027-06-30' }, [shortTerm.id]), 'lapses_before_debt', 'pledge.rule.lapses_before_debt');
    // Another open application already holds it.
    const held = await buildHeldPatent(env.ctx, entId);
    const first = await ent.post('/api/pledges', await body({}, [held.id]));
    expect(first.statusCode).toBe(201);
    await expectRule(await body({}, [held.id]), 'application_pending', 'pledge.rule.application_pending');
    // Suspended or preserved; annual fees unpaid.
    const preserved = await buildHeldPatent(env.ctx, entId);
    await env.ctx.db.updateTable('patents').set({ source_status: '保全' }).where('id', '=', preserved.id).execute();
    await expectRule(await body({}, [preserved.id]), 'suspended', 'pledge.rule.suspended');
    const unpaid = await buildHeldPatent(env.ctx, entId);
    await env.ctx.db.updateTable('patents').set({ source_status: '未缴年费专利权终止，等恢复' }).where('id', '=', unpaid.id).execute();
    await expectRule(await body({}, [unpaid.id]), 'fees_unpaid', 'pledge.rule.fees_unpaid');
    // A standing open-licence declaration needs the pledgee's written consent.
    const declared = await buildDeclaration(env.ctx, { orgId: entId, regionCode: '370811002', status: 'published' });
    await expectRule(await body({}, [declared.patentId]), 'open_licence', 'pledge.rule.open_licence');
    const pledgeeConsent = await buildAttachment(env.ctx, entId, entUserId, 'pledgee_consent');
    expect((await ent.post('/api/pledges', await body({ attachmentIds: [...(await docs()), pledgeeConsent] }, [declared.patentId]))).statusCode).toBe(201);
    // Several failures at once: one 409 listing every rule, in both languages.
    const both = await ent.post('/api/pledges', await body({}, [foreign.id, lapsed.id]));
    expect(both.statusCode).toBe(409);
    expect(both.json<ErrorBody>().messageCode).toBe('pledge.rules_failed');
    expect(rulesOf(both.body)).toEqual(expect.arrayContaining(['not_holder', 'not_in_force']));
  });

  it('bad input: a clear 400 naming the field, nothing written', async () => {
    const count = async () =>
      Number(
        (
          await env.ctx.db
            .selectFrom('pledge_applications')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirst()
        )?.n,
      );
    const n = await count();
    const bad = async (b: Json, field: string) => {
      const r = await ent.post('/api/pledges', b);
      expect(r.statusCode, r.body).toBe(400);
      expect(r.json<ErrorBody>().fields, r.body).toHaveProperty(field);
    };
    await bad(await body({ securedAmount: -1 }), 'securedAmount');
    await bad(await body({ securedAmount: 2e12 }), 'securedAmount');
    await bad(await body({ loanAmount: 'many' }), 'loanAmount');
    await bad(await body({ debtStartsOn: '2027-01-01', debtEndsOn: '2026-06-01' }), 'debtEndsOn');
    await bad(await body({ pledgeeOrgId: otherId }), 'pledgeeOrgId');
    await bad(await body({ assetIds: [99_999_999] }), 'assetIds');
    await bad(await body({ attachmentIds: [await buildAttachment(env.ctx, entId, entUserId, 'identity_document')] }), 'attachmentIds');
    await bad(await body({ attachmentIds: [await buildAttachment(env.ctx, entId, entUserId, 'contract')] }), 'attachmentIds');
    expect(await count()).toBe(n);
  });

  it('a bank declines, either party withdraws; the authority refuses on a named rule', async () => {
    const a = (await ent.post('/api/pledges', await body())).json<PledgeApplication>();
    const declined = await bank.post(`/api/pledges/${a.id}/decline`, { reason: '授信额度不足' });
    expect(declined.json<PledgeApplication>()).toMatchObject({ status: 'declined', note: '授信额度不足' });
    const b = (await ent.post('/api/pledges', await body())).json<PledgeApplication>();
    await bank.post(`/api/pledges/${b.id}/confirm`, {});
    expect((await bank.post(`/api/pledges/${b.id}/withdraw`, { reason: '合同解除' })).json<PledgeApplication>().status).toBe('withdrawn');
    const c = (await ent.post('/api/pledges', await body())).json<PledgeApplication>();
    await bank.post(`/api/pledges/${c.id}/confirm`, {});
    const refused = await staff.post(`/api/pledges/${c.id}/refusal`, { number: 'BY2026-7', date: '2026-03-02', rule: 'fees_unpaid', note: '年费未缴' });
    expect(refused.json<PledgeApplication>()).toMatchObject({ status: 'refused', refusalRule: 'fees_unpaid' });
    expect((await staff.post(`/api/pledges/${c.id}/registration`, { number: 'Y1', date: '2026-03-02' })).statusCode).toBe(409);
  });

  it('trademark pledges become events on the trademark and count in the trademark pledge amount', async () => {
    const at = env.ctx.clock.now().toISOString();
    const tm = await env.ctx.db
      .insertInto('trademarks')
      .values({
        reg_no: `T${Date.now()}`,
        mark: '测试商标',
        classes: '["09"]',
        owner_name: '质押测试企业',
        owner_org_id: entId,
        region_code: '370811002',
        app_date: '2019-01-01',
        reg_date: '2020-01-01',
        expires_on: '2030-01-01',
        status: '注册',
        madrid: 0,
        well_known: 0,
        is_demo: 0,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const before = await indicators('trademark_pledge_amount_yuan');
    const a = await ent.post('/api/pledges', await body({ assetKind: 'trademark', securedAmount: 800_000, loanAmount: 800_000 }, [Number(tm.id)]));
    expect(a.statusCode, a.body).toBe(201);
    const id = a.json<PledgeApplication>().id;
    await bank.post(`/api/pledges/${id}/confirm`, {});
    expect((await staff.post(`/api/pledges/${id}/registration`, { number: 'SBZY2026-1', date: '2026-03-02' })).statusCode).toBe(200);
    const events = await env.ctx.db.selectFrom('trademark_events').selectAll().where('trademark_id', '=', Number(tm.id)).execute();
    expect(events.map((e) => [e.kind, e.authority, e.authority_no])).toEqual([['pledge', 'cnipa', 'SBZY2026-1']]);
    const after = await indicators('trademark_pledge_amount_yuan');
    expect(after.trademark_pledge_amount_yuan).toBe((before.trademark_pledge_amount_yuan ?? 0) + 800_000);
    const again = await ent.post('/api/pledges', await body({ assetKind: 'trademark' }, [Number(tm.id)]));
    expect(again.json<ErrorBody>().messageCode).toBe('pledge.rule.already_pledged');
  });

  it('the decision clock is a setting: 3 working days where the centre promises 3', async () => {
    const at = env.ctx.clock.now().toISOString();
    await env.ctx.db.insertInto('settings').values({ key: 'pledges.decision_days', value: '3', updated_at: at }).execute();
    const a = (await ent.post('/api/pledges', await body())).json<PledgeApplication>();
    const c = await bank.post(`/api/pledges/${a.id}/confirm`, {});
    // Monday 2 March 2026 + 3 working days.
    expect(c.json<PledgeApplication>().decisionDueOn).toBe('2026-03-05');
    const item = (await staff.get('/api/work-queue')).json<{ items: { recordId: number; dueOn: string }[] }>().items.find((i) => i.recordId === a.id);
    expect(item?.dueOn).toBe('2026-03-05');
    await env.ctx.db.deleteFrom('settings').where('key', '=', 'pledges.decision_days').execute();
  });

  it('a delegated 代办处 registers under its own name', async () => {
    await env.ctx.db
      .insertInto('settings')
      .values({
        key: 'authority.delegated',
        value: JSON.stringify({ name: '国家知识产权局专利局济南代办处', acts: ['pledge'] }),
        updated_at: env.ctx.clock.now().toISOString(),
      })
      .execute();
    const a = (await ent.post('/api/pledges', await body())).json<PledgeApplication>();
    await bank.post(`/api/pledges/${a.id}/confirm`, {});
    const reg = await staff.post(`/api/pledges/${a.id}/registration`, { number: 'JN-ZY-2026-9', date: '2026-03-02' });
    expect(reg.json<PledgeApplication>().authorityName).toBe('国家知识产权局专利局济南代办处');
    const ev = await env.ctx.db
      .selectFrom('patent_events')
      .select(['authority', 'authority_no'])
      .where('kind', '=', 'pledge')
      .where('authority_no', '=', 'JN-ZY-2026-9')
      .executeTakeFirst();
    expect(ev).toEqual({ authority: 'agency', authority_no: 'JN-ZY-2026-9' });
    await env.ctx.db.deleteFrom('settings').where('key', '=', 'authority.delegated').execute();
  });
});
