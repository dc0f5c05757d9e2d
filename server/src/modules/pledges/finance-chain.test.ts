import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, PledgeApplication, PledgeApplicationList, PledgePrefill, PledgeStats } from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { buildEnterprise, buildOrg, buildUser, login, type Client } from '../../../test/factories.js';
import { HolidayCalendar, holidayCalendar, setHolidayCalendar } from '../../platform/deadlines.js';
import { buildAttachment, buildHeldPatent } from '../open-licensing/test-helpers.js';
import { buildApplication } from '../finance/test-helpers.js';

let env: TestEnv;
let ent: Client;
let other: Client;
let bank: Client;
let staff: Client;
let entId: number;
let entUserId: number;
let otherId: number;
let bankId: number;
let otherBankId: number;

/** Signs the three actors in (again, after the clock moves past their sessions). */
async function signIn() {
  ent = await login(env.app, 'chain-ent');
  bank = await login(env.app, 'chain-bank');
  staff = await login(env.app, 'chain-staff');
}

beforeAll(async () => {
  env = await createTestEnv();
  const bureau = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370811' });
  entId = (await buildEnterprise(env.ctx, { region: '370811002', name: '链条测试企业' })).id;
  entUserId = (await buildUser(env.ctx, { orgId: entId, role: 'enterprise_user', username: 'chain-ent' })).id;
  otherId = (await buildEnterprise(env.ctx, { region: '370811' })).id;
  other = await login(env.app, (await buildUser(env.ctx, { orgId: otherId, role: 'enterprise_user' })).username);
  bankId = (await buildOrg(env.ctx, { kind: 'bank', region: '370800', name: '链条测试银行' })).id;
  await buildUser(env.ctx, { orgId: bankId, role: 'bank_officer', username: 'chain-bank' });
  otherBankId = (await buildOrg(env.ctx, { kind: 'bank', region: '370800', name: '另一家银行' })).id;
  await buildUser(env.ctx, { orgId: bureau.id, role: 'bureau_staff', username: 'chain-staff' });
  await signIn();
});
afterAll(() => env.close());

/** An approved patent-pledge-loan application of the enterprise (enterprise A unless told), offering a fresh patent. */
async function approvedLoan(o: { enterpriseOrgId?: number; status?: string; productKind?: 'ip_credit_loan' } = {}) {
  const enterpriseOrgId = o.enterpriseOrgId ?? entId;
  const patent = await buildHeldPatent(env.ctx, enterpriseOrgId);
  const collateral = [{ kind: 'patent' as const, id: patent.id, label: `发明专利 ${patent.id}` }];
  const a = await buildApplication(env.ctx, {
    enterpriseOrgId,
    bankOrgId: bankId,
    regionCode: '370811002',
    status: o.status ?? 'approved',
    collateral,
    ...(o.productKind ? { productKind: o.productKind } : {}),
  });
  return { id: a.id, patentId: patent.id };
}

async function pledgeBody(p: PledgePrefill, extra: Record<string, unknown> = {}) {
  return {
    assetKind: p.assetKind,
    pledgeeOrgId: p.pledgeeOrgId,
    assetIds: p.assetIds,
    contractNo: `ZY-LINK-${Math.floor(Math.random() * 1e6)}`,
    securedAmount: p.securedAmount,
    loanAmount: p.loanAmount,
    debtStartsOn: p.debtStartsOn,
    debtEndsOn: '2027-12-31',
    financingApplicationId: p.financingApplicationId,
    attachmentIds: [await buildAttachment(env.ctx, entId, entUserId, 'contract'), await buildAttachment(env.ctx, entId, entUserId, 'identity_document')],
    ...extra,
  };
}

const countPledges = async () =>
  Number(
    (
      await env.ctx.db
        .selectFrom('pledge_applications')
        .select((e) => e.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('发起质押登记 from an approved financing application', () => {
  it('prefills the joint application from the approved loan and links both ways', async () => {
    const loan = await approvedLoan();
    const pre = await ent.get(`/api/pledges/from-financing/${loan.id}`);
    expect(pre.statusCode, pre.body).toBe(200);
    const p = pre.json<PledgePrefill>();
    // The bank that approved, the patent offered as collateral, the approved amount (1,000,000) and term start.
    expect(p).toMatchObject({
      financingApplicationId: loan.id,
      assetKind: 'patent',
      pledgeeOrgId: bankId,
      pledgeeName: '链条测试银行',
      assetIds: [loan.patentId],
      securedAmount: 1_000_000,
      loanAmount: 1_000_000,
      debtStartsOn: '2026-03-02',
    });

    const created = await ent.post('/api/pledges', await pledgeBody(p));
    expect(created.statusCode, created.body).toBe(201);
    const pledge = created.json<PledgeApplication>();
    expect(pledge).toMatchObject({ financingApplicationId: loan.id, status: 'awaiting_pledgee', pledgeeName: '链条测试银行' });

    // Both sides find the pledge from the financing application (the application page lists it).
    const mine = (await ent.get(`/api/pledges/mine?financingApplicationId=${loan.id}`)).json<PledgeApplicationList>();
    expect(mine.items.map((x) => x.id)).toEqual([pledge.id]);
    const banks = (await bank.get(`/api/pledges/bank?financingApplicationId=${loan.id}`)).json<PledgeApplicationList>();
    expect(banks.items.map((x) => x.id)).toEqual([pledge.id]);
    const bureau = (await staff.get(`/api/pledges?financingApplicationId=${loan.id}`)).json<PledgeApplicationList>();
    expect(bureau.items.map((x) => x.id)).toEqual([pledge.id]);
    // Another application's filter finds nothing.
    expect((await ent.get(`/api/pledges/mine?financingApplicationId=${loan.id + 1000}`)).json<PledgeApplicationList>().total).toBe(0);

    // A second pledge on the same loan is refused, naming the first one; nothing is written.
    const n = await countPledges();
    const again = await ent.get(`/api/pledges/from-financing/${loan.id}`);
    expect(again.statusCode).toBe(409);
    expect(again.json<ErrorBody>().error).toBe('pledge_financing_already_linked');
    expect(again.json<ErrorBody>().message).toContain(String(pledge.id));
    expect((await ent.post('/api/pledges', await pledgeBody(p))).statusCode).toBe(409);
    expect(await countPledges()).toBe(n);

    // Once the bank declines, the loan may be pledged again.
    expect((await bank.post(`/api/pledges/${pledge.id}/decline`, { reason: '合同条款待调整' })).statusCode).toBe(200);
    expect((await ent.get(`/api/pledges/from-financing/${loan.id}`)).statusCode).toBe(200);
  });

  it('registered, the pledge counts by month, county and bank alike in the statistics 融资监管 shows', async () => {
    const before = (await staff.get('/api/pledges/stats?regionCode=370811')).json<PledgeStats>();
    const loan = await approvedLoan();
    const p = (await ent.get(`/api/pledges/from-financing/${loan.id}`)).json<PledgePrefill>();
    const pledge = (await ent.post('/api/pledges', await pledgeBody(p))).json<PledgeApplication>();
    expect((await bank.post(`/api/pledges/${pledge.id}/confirm`, {})).statusCode).toBe(200);
    const reg = await staff.post(`/api/pledges/${pledge.id}/registration`, { number: 'Y2026370000777', date: '2026-03-02' });
    expect(reg.json<PledgeApplication>()).toMatchObject({ status: 'registered', registrationNo: 'Y2026370000777', financingApplicationId: loan.id });
    const s = (await staff.get('/api/pledges/stats?regionCode=370811')).json<PledgeStats>();
    expect(s.registrations).toBe(before.registrations + 1);
    const sum = (rows: { registrations: number; amountYuan: number }[]) =>
      rows.reduce<[number, number]>((a, r) => [a[0] + r.registrations, a[1] + r.amountYuan], [0, 0]);
    // Each grouping adds up to the totals.
    for (const rows of [s.byMonth, s.byCounty, s.byBank]) expect(sum(rows)).toEqual([s.registrations, s.amountYuan]);
    expect(s.byCounty.find((c) => c.regionCode === '370811')).toMatchObject({
      registrations: (before.byCounty.find((c) => c.regionCode === '370811')?.registrations ?? 0) + 1,
    });
    expect(s.byBank.find((b) => b.bank === '链条测试银行')?.amountYuan).toBeGreaterThanOrEqual(1_000_000);
  });

  it('refuses (409, coded) an application not approved, of another enterprise, not a pledge loan, or to another bank; nothing is written', async () => {
    const n = await countPledges();
    const submitted = await approvedLoan({ status: 'accepted' });
    const r1 = await ent.get(`/api/pledges/from-financing/${submitted.id}`);
    expect(r1.statusCode).toBe(409);
    expect(r1.json<ErrorBody>().error).toBe('pledge_financing_not_approved');
    expect(r1.json<ErrorBody>().message).toContain('未获银行批准');
    const fake: PledgePrefill = {
      financingApplicationId: submitted.id,
      assetKind: 'patent',
      pledgeeOrgId: bankId,
      pledgeeName: '',
      assetIds: [submitted.patentId],
      assetLabels: [],
      securedAmount: 1_000_000,
      loanAmount: 1_000_000,
      debtStartsOn: '2026-03-02',
      debtEndsOn: '2027-12-31',
      contractNo: null,
    };
    const c1 = await ent.post('/api/pledges', await pledgeBody(fake));
    expect(c1.statusCode).toBe(409);
    expect(c1.json<ErrorBody>().fields).toHaveProperty('financingApplicationId');

    // Enterprise B's approved loan: A cannot link to it, and B's own view works.
    const ofOther = await approvedLoan({ enterpriseOrgId: otherId });
    const r2 = await ent.get(`/api/pledges/from-financing/${ofOther.id}`);
    expect(r2.statusCode).toBe(409);
    expect(r2.json<ErrorBody>().error).toBe('pledge_financing_other_enterprise');
    const own = await approvedLoan();
    const c2 = await ent.post('/api/pledges', await pledgeBody({ ...fake, financingApplicationId: ofOther.id, assetIds: [own.patentId] }));
    expect(c2.json<ErrorBody>().error).toBe('pledge_financing_other_enterprise');
    expect((await other.get(`/api/pledges/from-financing/${ofOther.id}`)).statusCode).toBe(200);

    // Naming another bank than the one that approved.
    const c3 = await ent.post(
      '/api/pledges',
      await pledgeBody({ ...fake, financingApplicationId: own.id, assetIds: [own.patentId], pledgeeOrgId: otherBankId }),
    );
    expect(c3.statusCode).toBe(409);
    expect(c3.json<ErrorBody>().error).toBe('pledge_financing_other_bank');
    expect(c3.json<ErrorBody>().message).toContain('链条测试银行');

    // A credit loan needs no pledge registration.
    const credit = await approvedLoan({ productKind: 'ip_credit_loan' });
    expect((await ent.get(`/api/pledges/from-financing/${credit.id}`)).json<ErrorBody>().error).toBe('pledge_financing_not_pledge_loan');
    // A bank has no prefill to ask for (the pledgor files).
    expect((await bank.get(`/api/pledges/from-financing/${own.id}`)).statusCode).toBe(403);
    expect(await countPledges()).toBe(n);
  });
});

/**
 * The pledge decision clock (setting `pledges.decision_days`, 7 working days) on the 2026 arrangement of the State
 * Council's notice (国办发明电〔2025〕7号): Spring Festival 15–23 Feb off, Sat 14 and Sat 28 Feb worked;
 * Mid-Autumn 25–27 Sep and National Day 1–7 Oct off, Sat 10 Oct worked.
 */
describe('the pledge decision clock across the 2026 holidays', () => {
  let before: HolidayCalendar;
  beforeAll(() => {
    before = holidayCalendar();
    setHolidayCalendar(
      new HolidayCalendar([
        {
          year: 2026,
          days: [
            ...['14', '28'].map((d) => ({ date: `2026-02-${d}`, kind: 'workday' as const })),
            ...['15', '16', '17', '18', '19', '20', '21', '22', '23'].map((d) => ({ date: `2026-02-${d}`, kind: 'holiday' as const })),
            { date: '2026-09-20', kind: 'workday' as const },
            ...['25', '26', '27'].map((d) => ({ date: `2026-09-${d}`, kind: 'holiday' as const })),
            ...['01', '02', '03', '04', '05', '06', '07'].map((d) => ({ date: `2026-10-${d}`, kind: 'holiday' as const })),
            { date: '2026-10-10', kind: 'workday' as const },
          ],
        },
        { year: 2027, days: [] },
      ]),
    );
  });
  afterAll(() => setHolidayCalendar(before));

  /** Files on the day given and has the bank confirm the same day; returns the decision due date and the work item's. */
  async function jointlyFiledOn(iso: string) {
    env.clock.setTo(`${iso}T01:00:00.000Z`);
    await signIn();
    const patent = await buildHeldPatent(env.ctx, entId);
    const body = await pledgeBody(
      {
        financingApplicationId: 0,
        assetKind: 'patent',
        pledgeeOrgId: bankId,
        pledgeeName: '',
        assetIds: [patent.id],
        assetLabels: [],
        securedAmount: 2_000_000,
        loanAmount: 2_000_000,
        debtStartsOn: iso,
        debtEndsOn: '2027-12-31',
        contractNo: null,
      },
      { financingApplicationId: null },
    );
    const created = await ent.post('/api/pledges', body);
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<PledgeApplication>().id;
    const confirmed = await bank.post(`/api/pledges/${id}/confirm`, {});
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const item = (await staff.get('/api/work-queue')).json<{ items: { recordId: number; dueOn: string }[] }>().items.find((i) => i.recordId === id);
    return { due: confirmed.json<PledgeApplication>().decisionDueOn, itemDue: item?.dueOn };
  }

  it('filed jointly Thu 12 Feb 2026: Fri 13, Sat 14 (worked), the festival skipped, 24–27 Feb, Sat 28 (worked) → due Sat 28 Feb', async () => {
    // On the weekday-only count it would be Mon 23 Feb, a holiday.
    const r = await jointlyFiledOn('2026-02-12');
    expect(r).toEqual({ due: '2026-02-28', itemDue: '2026-02-28' });
  });

  it('filed jointly Wed 23 Sep 2026: Thu 24, Mid-Autumn and National Day skipped, 28–30 Sep, 8–9 Oct, Sat 10 Oct (worked) → due Sat 10 Oct', async () => {
    const r = await jointlyFiledOn('2026-09-23');
    expect(r).toEqual({ due: '2026-10-10', itemDue: '2026-10-10' });
  });
});
