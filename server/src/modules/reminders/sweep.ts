import dayjs from 'dayjs';
import { message, type Message } from '@zhichan/contract';
import type { AppContext } from '../../platform/context.js';
import { nowIso, todayIso } from '../../platform/context.js';
import { notifyUsers, type NotificationInput } from '../../platform/notify.js';
import { moveWorkItem } from '../../platform/work-items.js';
import { feeToRemind } from './fee-reminders.js';
import { expiriesOf } from './expiries.js';
import { policyMatches } from './policies.js';
import {
  claimDigest,
  closeReminderItem,
  findAllHeldPatentsInForce,
  findEnterpriseEmail,
  findOpenReminderItems,
  findReminderItem,
  findUsersOfOrgs,
  insertReminderItem,
  markDigestEmailed,
  updateReminderStage,
} from './repository.js';
import { loadFeeRules } from './rules.js';
import { sendMail, smtpUrl } from './mailer.js';

/** What the sweep wants open for an enterprise: one reminder per fee year, pledge or licence. */
interface Wanted {
  orgId: number;
  key: string;
  kind: 'annual_fee' | 'expiry';
  patentId: number | null;
  regionCode: string;
  title: string;
  dueOn: string;
  stage: string;
  step: Message;
}

const RECORD_TYPE = 'reminder';

async function wantedItems(ctx: AppContext, today: string): Promise<Wanted[]> {
  const rules = await loadFeeRules(ctx.db);
  const out: Wanted[] = [];
  const orgs = new Map<number, string>();
  for (const p of await findAllHeldPatentsInForce(ctx.db, today)) {
    const orgId = Number(p.org_id);
    orgs.set(orgId, p.org_region);
    const c = feeToRemind({ ...p, id: Number(p.id) }, today, rules);
    if (!c || c.stage === null) continue;
    const late = c.stage === 'grace';
    out.push({
      orgId,
      key: `fee:${p.id}:${c.feeYear}:${orgId}`,
      kind: 'annual_fee',
      patentId: Number(p.id),
      regionCode: p.org_region,
      title: `${p.app_no} ${p.title}：第${c.feeYear}年度年费 ${c.fee} 元，${late ? `宽限期至 ${c.graceEndsOn}` : `${c.dueOn} 前缴纳`}`,
      dueOn: late ? c.graceEndsOn : c.dueOn,
      stage: c.stage,
      step: message(late ? 'work.annual_fee_overdue' : 'work.annual_fee_due'),
    });
  }
  for (const [orgId, regionCode] of orgs) {
    for (const e of await expiriesOf(ctx.db, orgId, today)) {
      out.push({
        orgId,
        key: `${e.kind}:${e.recordId}:${orgId}`,
        kind: 'expiry',
        patentId: null,
        regionCode,
        title: `${e.title}：${e.endsOn} 到期`,
        dueOn: e.endsOn,
        stage: e.daysLeft <= 7 ? 'd7' : e.daysLeft <= 30 ? 'd30' : 'd90',
        step: message('work.expiry_due'),
      });
    }
  }
  return out;
}

/**
 * The periodic reminder sweep (hourly with the work-item sweep; no actor, no audit row, like the deadline sweep):
 * opens a work item (待我处理) for each fee year, pledge or licence within its horizon, moves it when the stage
 * changes (90 → 30 → 7 days → grace) and tells the enterprise's users each time, closes the ones no longer due,
 * and once a week prepares each enterprise's digest (in-app, and e-mailed when SMTP is configured).
 * Returns the notices sent.
 */
export async function sweepReminders(ctx: AppContext): Promise<number> {
  const today = todayIso(ctx);
  const at = nowIso(ctx);
  const wanted = await wantedItems(ctx, today);
  const keys = new Set(wanted.map((w) => w.key));
  const notices: NotificationInput[] = [];
  const usersOf = new Map<number, number[]>();
  const users = async (orgId: number) => {
    let u = usersOf.get(orgId);
    if (!u) usersOf.set(orgId, (u = await findUsersOfOrgs(ctx.db, [orgId])));
    return u;
  };
  for (const w of wanted) {
    const had = await findReminderItem(ctx.db, w.key);
    if (had && had.stage === w.stage && had.closed_at === null) continue;
    const recipients = await users(w.orgId);
    await ctx.db.transaction().execute(async (trx) => {
      const id = had
        ? Number(had.id)
        : await insertReminderItem(trx, {
            org_id: w.orgId,
            kind: w.kind,
            subject_key: w.key,
            patent_id: w.patentId,
            region_code: w.regionCode,
            title: w.title,
            due_on: w.dueOn,
            stage: w.stage,
            at,
          });
      if (had) await updateReminderStage(trx, id, w.stage, at);
      const days = Math.max(0, dayjs(w.dueOn).diff(dayjs(today), 'day'));
      await moveWorkItem(ctx, trx, RECORD_TYPE, id, {
        recordType: RECORD_TYPE,
        recordId: id,
        step: w.step.text,
        title: w.title,
        link: '/reminders',
        regionCode: w.regionCode,
        assignee: { orgId: w.orgId },
        clock: { days, unit: 'calendar', label: w.step.text },
        clockStart: today,
      });
    });
    for (const userId of recipients) notices.push({ userId, kind: 'reminder', title: w.step.text, body: w.title, link: '/reminders' });
  }
  for (const open of await findOpenReminderItems(ctx.db)) {
    if (keys.has(open.subject_key)) continue;
    await ctx.db.transaction().execute(async (trx) => {
      await closeReminderItem(trx, Number(open.id), at);
      await moveWorkItem(ctx, trx, RECORD_TYPE, Number(open.id), null);
    });
  }
  await notifyUsers(ctx, notices);
  return notices.length + (await sendDigests(ctx, wanted, today));
}

/** The Monday of `today`'s week (the digest's key). */
export function weekOf(today: string): string {
  const d = dayjs(today);
  return d.subtract((d.day() + 6) % 7, 'day').format('YYYY-MM-DD');
}

/**
 * The weekly digest (每周提醒摘要) per enterprise with anything to tell: its reminders and the policies it
 * qualifies for, claimed once per week (a unique key), in-app to its users, and by e-mail to its contact
 * address when `SMTP_URL` is set. Returns the notices sent.
 */
export async function sendDigests(ctx: AppContext, wanted: readonly Wanted[], today: string): Promise<number> {
  const week = weekOf(today);
  const byOrg = new Map<number, Wanted[]>();
  for (const w of wanted) byOrg.set(w.orgId, [...(byOrg.get(w.orgId) ?? []), w]);
  let sent = 0;
  for (const [orgId, items] of byOrg) {
    const policies = await policyMatches(ctx, orgId, today);
    const lines = [...items.map((w) => `· ${w.title}`), ...policies.map((p) => `· ${p.reason.text}`)];
    const body = `本周提醒（${week} 起）：\n${lines.join('\n')}\n详情请登录知产通“我的提醒”。`;
    const id = await ctx.db.transaction().execute((trx) => claimDigest(trx, { org_id: orgId, week, items: lines.length, body, created_at: nowIso(ctx) }));
    if (id === null) continue;
    const recipients = await findUsersOfOrgs(ctx.db, [orgId]);
    await notifyUsers(
      ctx,
      recipients.map((userId) => ({ userId, kind: 'reminder_digest', title: `每周提醒摘要（${week}）`, body, link: '/reminders' })),
    );
    sent += recipients.length;
    const url = smtpUrl();
    const to = url ? await findEnterpriseEmail(ctx.db, orgId) : null;
    if (url && to) {
      await sendMail(url, to, `知产通每周提醒摘要（${week}）`, body);
      await markDigestEmailed(ctx.db, id, to, nowIso(ctx));
    }
  }
  return sent;
}
