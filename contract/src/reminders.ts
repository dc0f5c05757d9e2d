import { z } from 'zod';
import { ZPageQuery, ZPaged } from './common.js';
import { ZMessage } from './messages.js';
import { ZPolicyLine } from './policy.js';
import { ZMultilineText } from './text.js';

/** Proactive reminders (主动提醒, 免申即享, #16 §2): API schemas. */

/** A patent type as the fee table names it. */
export const feeKinds = ['invention', 'utility', 'design'] as const;
export const ZFeeKind = z.enum(feeKinds);
export type FeeKind = z.infer<typeof ZFeeKind>;

/** How close an annual fee is: 90, 30 or 7 days before its due date, or in the 6-month grace period. */
export const feeStages = ['d90', 'd30', 'd7', 'grace'] as const;
export const ZFeeStage = z.enum(feeStages);
export type FeeStage = z.infer<typeof ZFeeStage>;

/** One band of the annual-fee table (yuan per year, years inclusive), with its source. */
export const ZFeeScheduleRow = z.object({
  kind: ZFeeKind,
  fromYear: z.number().int(),
  toYear: z.number().int(),
  feeYuan: z.number(),
  source: z.string(),
  verified: z.boolean(),
});
export type FeeScheduleRow = z.infer<typeof ZFeeScheduleRow>;
export const ZFeeSchedule = z.object({ rows: z.array(ZFeeScheduleRow), note: ZMessage });
export type FeeSchedule = z.infer<typeof ZFeeSchedule>;

/** An annual fee coming due (or overdue in the grace period) on one of the enterprise's patents. */
export const ZAnnualFeeReminder = z.object({
  patentId: z.number().int(),
  appNo: z.string(),
  title: z.string(),
  kind: ZFeeKind,
  /** The patent year the fee pays for (第 n 年度). */
  feeYear: z.number().int(),
  dueOn: z.string(),
  /** Days from today to the due date (negative: late). */
  daysLeft: z.number().int(),
  stage: ZFeeStage,
  /** The year's fee in the table (yuan). */
  fee: z.number(),
  /** The open-licence reduction applied, if any (not stacked). */
  reduction: z.object({ percent: z.number(), basis: z.string() }).nullable(),
  /** The fee after the reduction. */
  amount: z.number(),
  graceEndsOn: z.string(),
  /** Months late (started), 0 before the due date. */
  monthsLate: z.number().int(),
  /** Surcharge (滞纳金) = fee × 5 % × months late. */
  surcharge: z.number(),
  total: z.number(),
  /** The computation as coded lines. */
  lines: z.array(ZMessage),
});
export type AnnualFeeReminder = z.infer<typeof ZAnnualFeeReminder>;

/** A pledge or licence of the enterprise ending soon. */
export const ZExpiryReminder = z.object({
  kind: z.enum(['pledge', 'open_licence', 'licence_filing']),
  recordId: z.number().int(),
  title: z.string(),
  endsOn: z.string(),
  daysLeft: z.number().int(),
  note: ZMessage,
});
export type ExpiryReminder = z.infer<typeof ZExpiryReminder>;

/** A published subsidy/award policy the enterprise qualifies for (or may, once a figure is given), with the reason. */
export const ZPolicyMatch = z.object({
  policyKey: z.string(),
  name: z.string(),
  nameEn: z.string(),
  outcome: z.enum(['qualifies', 'check']),
  lines: z.array(ZPolicyLine),
  reason: ZMessage,
  link: z.string(),
});
export type PolicyMatch = z.infer<typeof ZPolicyMatch>;

/** The weekly digest (每周提醒摘要) last prepared for the enterprise. */
export const ZReminderDigest = z.object({
  week: z.string(),
  createdAt: z.string(),
  items: z.number().int(),
  emailedTo: z.string().nullable(),
  emailedAt: z.string().nullable(),
});
export type ReminderDigest = z.infer<typeof ZReminderDigest>;

/** 我的提醒: everything the platform tells an enterprise before it asks. */
export const ZMyReminders = z.object({
  today: z.string(),
  fees: z.array(ZAnnualFeeReminder),
  expiries: z.array(ZExpiryReminder),
  policies: z.array(ZPolicyMatch),
  digest: ZReminderDigest.nullable(),
});
export type MyReminders = z.infer<typeof ZMyReminders>;

/** 到期风险 (bureau): high-value patents of the jurisdiction whose annual fees are overdue. */
export const ZLapseRiskQuery = ZPageQuery;
export const ZLapseRisk = z.object({
  patentId: z.number().int(),
  appNo: z.string(),
  title: z.string(),
  holders: z.array(z.string()),
  regionCode: z.string().nullable(),
  kind: ZFeeKind,
  feeYear: z.number().int(),
  dueOn: z.string(),
  graceEndsOn: z.string(),
  monthsLate: z.number().int(),
  fee: z.number(),
  surcharge: z.number(),
  /** Whether a holder enterprise has an account to remind. */
  remindable: z.boolean(),
  lastRemindedAt: z.string().nullable(),
});
export type LapseRisk = z.infer<typeof ZLapseRisk>;
export const ZLapseRiskList = ZPaged(ZLapseRisk).extend({
  /** Patents of the jurisdiction with a fee due within 90 / 30 / 7 days (all, not only high-value). */
  dueSoon: z.object({ d90: z.number().int(), d30: z.number().int(), d7: z.number().int(), computedFor: z.number().int() }),
});
export type LapseRiskList = z.infer<typeof ZLapseRiskList>;

export const ZLapseRemindBody = z.object({ note: ZMultilineText.trim().max(500).default('') });
export type LapseRemindBody = z.infer<typeof ZLapseRemindBody>;
export const ZLapseRemindResult = z.object({ patentId: z.number().int(), notified: z.number().int(), remindedAt: z.string() });
export type LapseRemindResult = z.infer<typeof ZLapseRemindResult>;
