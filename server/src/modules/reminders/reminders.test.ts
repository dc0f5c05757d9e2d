import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import type { ErrorBody, LapseRiskList, MyReminders, WorkQueue } from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { auditCount, buildCreditListing, buildEnterprise, buildOrg, buildPatent, buildUser, login, type Client } from '../../../test/factories.js';
import { buildDeclaration } from '../open-licensing/test-helpers.js';
import { buildOverduePatent, buildPatentDueIn } from './test-helpers.js';
import { sweepReminders } from './sweep.js';

const base = '/api/reminders';
let env: TestEnv;
let ent: Client;
let entId: number;
let entUsername: string;
let staff: Client;
let sibling: Client;
let smtp: SMTPServer;
const mails: { to: string[]; raw: string }[] = [];

/** The text of a received mail: its body decoded from quoted-printable or base64. */
function bodyText(raw: string): string {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  if (/content-transfer-encoding:\s*base64/i.test(head)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/content-transfer-encoding:\s*quoted-printable/i.test(head)) {
    const joined = body.replace(/=\r?\n/g, '');
    const bytes: number[] = [];
    for (let i = 0; i < joined.length; i++) {
      const m = /^=([0-9A-F]{2})/i.exec(joined.slice(i, i + 3));
      if (m?.[1]) {
        bytes.push(parseInt(m[1], 16));
        i += 2;
      } else bytes.push(...Buffer.from(joined[i] ?? '', 'utf8'));
    }
    return Buffer.from(bytes).toString('utf8');
  }
  return body;
}

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (c: Buffer) => (raw += c.toString('utf8')));
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  env = await createTestEnv();
  const e = await buildEnterprise(env.ctx, { name: '年费提醒测试有限公司', region: '370811002' });
  entId = e.id;
  await env.ctx.db.updateTable('enterprise_contacts').set({ email: 'ip@reminder-test.example' }).where('org_id', '=', entId).execute();
  entUsername = (await buildUser(env.ctx, { orgId: entId, role: 'enterprise_user' })).username;
  ent = await login(env.app, entUsername);
  const bureau = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370811' });
  staff = await login(env.app, (await buildUser(env.ctx, { orgId: bureau.id, role: 'bureau_staff' })).username);
  const other = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370883' });
  sibling = await login(env.app, (await buildUser(env.ctx, { orgId: other.id, role: 'bureau_staff' })).username);
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await env.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

describe('我的提醒: annual fees, policies (enterprise)', () => {
  it('shows a fee due in 20 days with its due date, amount and the 30-day stage; one due in 200 days is not shown', async () => {
    const due = await buildPatentDueIn(env.ctx, { orgId: entId, daysAhead: 20, years: 5 });
    await buildPatentDueIn(env.ctx, { orgId: entId, daysAhead: 200, years: 5 });
    const res = await ent.get(`${base}/mine`);
    expect(res.statusCode).toBe(200);
    const mine = res.json<MyReminders>();
    expect(mine.today).toBe('2026-03-02');
    expect(mine.fees).toHaveLength(1);
    // Filed 5 years before the anniversary on 2026-03-23: year 6's fee (invention band 4–6: 1,200 yuan), due 2026-03-22.
    expect(mine.fees[0]).toMatchObject({
      patentId: due.id,
      feeYear: 6,
      dueOn: '2026-03-22',
      daysLeft: 20,
      stage: 'd30',
      fee: 1200,
      amount: 1200,
      surcharge: 0,
    });
  });

  it('tells no policy while the enterprise has no pledge, and the interest subsidies once a pledge stands, with the reason', async () => {
    expect((await ent.get(`${base}/mine`)).json<MyReminders>().policies).toEqual([]);
    const p = await buildPatent(env.ctx, { events: [{ kind: 'pledge', date: '2026-01-10', details: { pledgee: '测试农商银行', amount: 3_000_000 } }] });
    await env.ctx.db.insertInto('patent_parties').values({ patent_id: p.id, role: 'holder', seq: 1, name: '年费提醒测试有限公司', org_id: entId }).execute();
    const { policies } = (await ent.get(`${base}/mine`)).json<MyReminders>();
    const fujian = policies.find((x) => x.policyKey === 'fujian');
    expect(fujian).toMatchObject({ outcome: 'qualifies', link: '/subsidies/mine' });
    expect(fujian?.reason.text).toContain('各项条件均已满足');
    // Qingdao asks whether the firm is an SME, which the profile does not say: "check", with the met and missing conditions.
    const qingdao = policies.find((x) => x.policyKey === 'qingdao');
    expect(qingdao?.outcome).toBe('check');
    expect(qingdao?.lines.map((l) => l.code)).toEqual(['policy.fact_missing', 'policy.flag_met', 'policy.flag_met', 'policy.flag_met']);
  });

  it('a credit listing restricting funding withholds every policy', async () => {
    await buildCreditListing(env.ctx, { orgId: entId, measures: ['funding_review'], startsOn: '2026-03-01', endsOn: '2026-03-01' });
    // The listing ended on 2026-03-01: today (03-02) the policies are told again.
    expect((await ent.get(`${base}/mine`)).json<MyReminders>().policies.length).toBeGreaterThan(0);
    await buildCreditListing(env.ctx, { orgId: entId, measures: ['funding_review'], startsOn: '2026-03-01', endsOn: '2027-02-28' });
    expect((await ent.get(`${base}/mine`)).json<MyReminders>().policies).toEqual([]);
  });

  it('the fee table is data with its source; the unverified band is marked', async () => {
    const res = await ent.get(`${base}/fee-schedule`);
    const rows = res.json<{ rows: { kind: string; fromYear: number; feeYuan: number; verified: boolean }[] }>().rows;
    expect(rows.find((r) => r.kind === 'invention' && r.fromYear === 16)?.feeYuan).toBe(8000);
    expect(rows.filter((r) => !r.verified).map((r) => `${r.kind}:${r.fromYear}`)).toEqual(['design:11']);
  });
});

describe('到期风险: lapse risk (bureau)', () => {
  it('staff see the high-value patent of their jurisdiction in its grace period, with the surcharge; the sibling county does not', async () => {
    const { id } = await buildOverduePatent(env.ctx, { orgId: entId, monthsAgo: 2 });
    // Same dates but the registry does not say the fee is unpaid: not at risk.
    await buildOverduePatent(env.ctx, { orgId: entId, monthsAgo: 2, status: '有效' });
    const list = (await staff.get(`${base}/lapse-risk?page=1`)).json<LapseRiskList>();
    expect(list.items.map((i) => i.patentId)).toEqual([id]);
    // Year 12 (invention band 10–12: 4,000) fell due 2 months and a day ago: the third month, 4,000 × 5 % × 3 = 600.
    expect(list.items[0]).toMatchObject({ feeYear: 12, monthsLate: 3, fee: 4000, surcharge: 600, remindable: true, lastRemindedAt: null });
    expect(list.dueSoon.d30).toBeGreaterThanOrEqual(1);
    expect((await sibling.get(`${base}/lapse-risk?page=1`)).json<LapseRiskList>().total).toBe(0);
  });

  it('a reminder tells the holder in-app and writes one audit row; a sibling county gets 404, a patent not at risk 409', async () => {
    const { id } = await buildOverduePatent(env.ctx, { orgId: entId, monthsAgo: 1 });
    expect((await sibling.post(`${base}/lapse-risk/${id}/remind`, { note: '' })).statusCode).toBe(404);
    const before = await auditCount(env.ctx);
    const res = await staff.post(`${base}/lapse-risk/${id}/remind`, { note: '请于宽限期内补缴。' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ patentId: id, notified: 1 });
    expect(await auditCount(env.ctx)).toBe(before + 1);
    const inbox = (await ent.get('/api/notifications')).json<{ items: { title: string; body: string }[] }>();
    expect(inbox.items[0]?.title).toContain('专利年费逾期提醒');
    expect(inbox.items[0]?.body).toContain('请于宽限期内补缴。');
    const list = (await staff.get(`${base}/lapse-risk?page=1`)).json<LapseRiskList>();
    expect(list.items.find((i) => i.patentId === id)?.lastRemindedAt).not.toBeNull();
    const fine = await buildOverduePatent(env.ctx, { orgId: entId, status: '有效' });
    const refused = await staff.post(`${base}/lapse-risk/${fine.id}/remind`, { note: '' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json<ErrorBody>().messageCode).toBe('reminders.lapse.not_at_risk');
    const orphan = await buildOverduePatent(env.ctx, { orgId: null });
    expect((await staff.post(`${base}/lapse-risk/${orphan.id}/remind`, { note: '' })).json<ErrorBody>().messageCode).toBe('reminders.lapse.no_account');
  });
});

describe('delivery: 待我处理 and the weekly digest by e-mail', () => {
  it('the sweep opens a work item per reminder, e-mails the digest once a week through SMTP, and moves the item at the next stage', async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
    const sent = await sweepReminders(env.ctx);
    expect(sent).toBeGreaterThan(0);
    const queue = (await ent.get('/api/work-queue')).json<WorkQueue>();
    const fee = queue.items.find((i) => i.recordType === 'reminder' && i.title.includes('第6年度年费'));
    expect(fee).toMatchObject({ dueOn: '2026-03-22', link: '/reminders' });
    expect(fee?.stepMessage?.code).toBe('work.annual_fee_due');
    // The overdue patents held by the enterprise are on the list too, due at the end of the grace period.
    expect(queue.items.some((i) => i.stepMessage?.code === 'work.annual_fee_overdue')).toBe(true);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.to).toEqual(['ip@reminder-test.example']);
    const text = bodyText(mails[0]?.raw ?? '');
    expect(text).toContain('本周提醒（2026-03-02 起）');
    expect(text).toContain('第6年度年费 1200 元，2026-03-22 前缴纳');
    const mine = (await ent.get(`${base}/mine`)).json<MyReminders>();
    expect(mine.digest).toMatchObject({ week: '2026-03-02', emailedTo: 'ip@reminder-test.example' });
    // Again the same week: nothing new to tell, no second mail.
    expect(await sweepReminders(env.ctx)).toBe(0);
    expect(mails).toHaveLength(1);
    // 15 days later the fee is 5 days away: the item moves to the 7-day stage (told again), and a new week's digest goes out.
    env.clock.setTo('2026-03-17T01:00:00.000Z');
    ent = await login(env.app, entUsername); // the session of two weeks ago has expired
    await sweepReminders(env.ctx);
    const moved = (await ent.get('/api/work-queue')).json<WorkQueue>().items.filter((i) => i.title.includes('第6年度年费'));
    expect(moved).toHaveLength(1);
    expect(mails).toHaveLength(2);
  });

  it('an open licence standing on the due date takes 15 % off the fee', async () => {
    // A declaration announced today on a patent filed 2018-03-01 (year 10 due 2027-02-28, invention band 10–12: 4,000).
    const d = await buildDeclaration(env.ctx, { orgId: entId, regionCode: '370811002', status: 'published' });
    env.clock.setTo('2027-01-15T01:00:00.000Z');
    ent = await login(env.app, entUsername);
    const mine = (await ent.get(`${base}/mine`)).json<MyReminders>();
    const f = mine.fees.find((x) => x.patentId === d.patentId);
    expect(f).toMatchObject({ dueOn: '2027-02-28', feeYear: 10 });
    // The same dates without a declaration: the full fee.
    expect(mine.fees.find((x) => x.patentId !== d.patentId && x.dueOn === '2027-02-28')).toMatchObject({ fee: 4000, amount: 4000, reduction: null });
    expect(f).toMatchObject({ fee: 4000, amount: 3400, reduction: { percent: 15 } });
    expect(f?.lines.map((l) => l.code)).toContain('reminders.fee.reduction');
  });
});
