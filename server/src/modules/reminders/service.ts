import dayjs from 'dayjs';
import { message, type FeeSchedule, type LapseRemindResult, type LapseRisk, type LapseRiskList, type MyReminders } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import { mutate } from '../../platform/audit.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso, todayIso } from '../../platform/context.js';
import { conflict, notFound } from '../../platform/errors.js';
import { assertCanAccess } from '../../platform/jurisdiction.js';
import { notifyUsers } from '../../platform/notify.js';
import { annualFeesOverdue } from '../open-licensing/api.js';
import { isInForceOn } from '../patents/api.js';
import { dueSoonCounts } from './fee-index.js';
import { feePatentOf, feeRemindersOf } from './fee-reminders.js';
import { computeFee, graceFeeYear } from './fees.js';
import { expiriesOf } from './expiries.js';
import { policyMatches } from './policies.js';
import {
  findHeldPatentsInForce,
  findHolderOrgIds,
  findLapseCandidates,
  findLastLapseReminders,
  findLatestDigest,
  findPatentForLapse,
  findUsersOfOrgs,
  insertLapseReminder,
  isHighValue,
} from './repository.js';
import { loadFeeRules } from './rules.js';

const tenYearsBefore = (today: string) => dayjs(today).subtract(10, 'year').format('YYYY-MM-DD');

/** The fee table with its sources (a setting; unverified bands marked). */
export async function feeSchedule(ctx: AppContext): Promise<FeeSchedule> {
  const rules = await loadFeeRules(ctx.db);
  return { rows: [...rules.schedule], note: message('reminders.fee.schedule_note') };
}

/** 我的提醒: the enterprise's annual fees, pledge and licence expiries, the policies it qualifies for, its digest. */
export async function myReminders(ctx: AppContext, actor: Actor): Promise<MyReminders> {
  const today = todayIso(ctx);
  const rules = await loadFeeRules(ctx.db);
  const held = await findHeldPatentsInForce(ctx.db, actor.orgId, today);
  const fees = await feeRemindersOf(
    ctx.db,
    held.map((p) => ({ ...p, id: Number(p.id) })),
    today,
    rules,
  );
  const expiries = await expiriesOf(ctx.db, actor.orgId, today);
  const policies = await policyMatches(ctx, actor.orgId, today);
  const d = await findLatestDigest(ctx.db, actor.orgId);
  return {
    today,
    fees,
    expiries,
    policies,
    digest: d ? { week: d.week, createdAt: d.created_at, items: Number(d.items), emailedTo: d.emailed_to, emailedAt: d.emailed_at } : null,
  };
}

/**
 * 到期风险: high-value patents of the caller's jurisdiction whose registry status says a fee is unpaid and that are
 * within the grace period of a fee year, with the surcharge so far and the last reminder sent; and how many
 * patents of the jurisdiction have a fee due within 90/30/7 days (from the fee index).
 */
export async function lapseRisk(ctx: AppContext, actor: Actor, q: { page: number; pageSize: number }): Promise<LapseRiskList> {
  const today = todayIso(ctx);
  const rules = await loadFeeRules(ctx.db);
  const rows = await findLapseCandidates(ctx.db, actor.regionCode, today, tenYearsBefore(today));
  const items: LapseRisk[] = [];
  for (const r of rows) {
    const fp = feePatentOf(r);
    const year = fp ? graceFeeYear(fp, today, rules.graceMonths) : null;
    const c = fp && year !== null ? computeFee(fp, year, today, rules, []) : null;
    if (!fp || !c) continue;
    items.push({
      patentId: Number(r.id),
      appNo: r.app_no,
      title: r.title,
      holders: JSON.parse(r.holders) as string[],
      regionCode: r.region_code,
      kind: fp.kind,
      feeYear: c.feeYear,
      dueOn: c.dueOn,
      graceEndsOn: c.graceEndsOn,
      monthsLate: c.monthsLate,
      fee: c.fee,
      surcharge: c.surcharge,
      remindable: Number(r.holder_orgs) > 0,
      lastRemindedAt: null,
    });
  }
  // Nearest to lapsing first.
  items.sort((a, b) => (a.graceEndsOn < b.graceEndsOn ? -1 : a.graceEndsOn > b.graceEndsOn ? 1 : a.patentId - b.patentId));
  const page = items.slice((q.page - 1) * q.pageSize, q.page * q.pageSize);
  const last = await findLastLapseReminders(
    ctx.db,
    page.map((i) => i.patentId),
  );
  for (const i of page) i.lastRemindedAt = last.get(i.patentId) ?? null;
  return { items: page, total: items.length, page: q.page, pageSize: q.pageSize, dueSoon: await dueSoonCounts(ctx, actor.regionCode, today, rules) };
}

/** Staff remind the holders of a high-value patent of its overdue fee (in-app; one audit row). */
export async function sendLapseReminder(ctx: AppContext, actor: Actor, patentId: number, note: string): Promise<LapseRemindResult> {
  const today = todayIso(ctx);
  const p = await findPatentForLapse(ctx.db, patentId);
  if (!p || !p.region_code) throw notFound('专利');
  assertCanAccess(actor, { regionCode: p.region_code, orgId: null }, '专利');
  const rules = await loadFeeRules(ctx.db);
  const fp = feePatentOf(p);
  const inForce = isInForceOn({ grant: p.grant_date, terminated: p.terminated_on, expires: p.expires_on }, today);
  const year = fp && inForce && annualFeesOverdue(p.source_status) ? graceFeeYear(fp, today, rules.graceMonths) : null;
  const c = fp && year !== null ? computeFee(fp, year, today, rules, []) : null;
  if (!c || !(await isHighValue(ctx.db, patentId, today, tenYearsBefore(today)))) throw conflict(message('reminders.lapse.not_at_risk'));
  const users = await findUsersOfOrgs(ctx.db, await findHolderOrgIds(ctx.db, patentId));
  if (users.length === 0) throw conflict(message('reminders.lapse.no_account'));
  const at = nowIso(ctx);
  await mutate(ctx, actor, async (trx) => {
    const id = await insertLapseReminder(trx, {
      patent_id: patentId,
      fee_year: c.feeYear,
      sender_org_id: actor.orgId,
      sent_by: actor.userId,
      note,
      recipients: users.length,
      sent_at: at,
    });
    return {
      value: id,
      audit: {
        action: 'reminders.lapse_remind',
        entityType: 'patent',
        entityId: patentId,
        regionCode: p.region_code ?? actor.regionCode,
        after: { feeYear: c.feeYear, dueOn: c.dueOn, surcharge: c.surcharge, recipients: users.length, note },
      },
    };
  });
  const body = `${c.lines.map((l) => l.text).join('；')}${note ? `。${note}` : ''}`;
  await notifyUsers(
    ctx,
    users.map((userId) => ({ userId, kind: 'fee_lapse_risk', title: `专利年费逾期提醒：${p.app_no} ${p.title}`, body, link: '/reminders' })),
  );
  return { patentId, notified: users.length, remindedAt: at };
}
