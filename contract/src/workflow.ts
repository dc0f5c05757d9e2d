import { z } from 'zod';
import { ZMessage } from './messages.js';

/** How a deadline counts: calendar days (自然日) or official working days (工作日). */
export const dayUnits = ['calendar', 'working'] as const;
export const ZDayUnit = z.enum(dayUnits);
export type DayUnit = z.infer<typeof ZDayUnit>;

/** One row of a workflow's transition table as the record page renders it. */
export const ZWorkflowTransitionView = z.object({
  action: z.string(),
  label: z.string(),
  from: z.array(z.string()),
  fromLabels: z.array(z.string()),
  to: z.string(),
  toLabel: z.string(),
  /** Who may take the step, in words (申报企业 / 知识产权局工作人员). */
  who: z.string(),
});

/** A step's clock, e.g. "审核时限 7 个工作日". */
export const ZWorkflowClockView = z.object({ status: z.string(), days: z.number().int(), unit: ZDayUnit, label: z.string() });

/**
 * Where a record stands in its workflow: current status, the steps this user may take now, the full
 * transition table, the open step's deadline and the record's step history.
 */
export const ZWorkflowView = z.object({
  workflow: z.string(),
  title: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  statuses: z.array(z.object({ value: z.string(), label: z.string(), terminal: z.boolean() })),
  transitions: z.array(ZWorkflowTransitionView),
  clocks: z.array(ZWorkflowClockView),
  allowedActions: z.array(z.object({ action: z.string(), label: z.string() })),
  dueOn: z.string().nullable(),
  /** Notes on the due date, e.g. that it is estimated because a year's holiday arrangement is missing. */
  dueNotes: z.array(ZMessage),
  history: z.array(z.object({ at: z.string(), action: z.string(), actor: z.string().nullable() })),
});
export type WorkflowView = z.infer<typeof ZWorkflowView>;
export const ZWorkflowParams = z.object({ recordType: z.string().regex(/^[a-z_]+$/), id: z.coerce.number().int().positive() });

/** Urgency of an open work item. */
export const workUrgencies = ['overdue', 'due_soon', 'normal'] as const;
export const ZWorkUrgency = z.enum(workUrgencies);

/** One item waiting for the caller (待我处理). */
export const ZWorkItem = z.object({
  id: z.number().int(),
  recordType: z.string(),
  recordId: z.number().int(),
  title: z.string(),
  step: z.string(),
  /** The step coded (`work.*`), so the web app shows it in the interface language; null for a step the catalogue lacks. */
  stepMessage: ZMessage.nullable(),
  link: z.string(),
  regionCode: z.string(),
  openedAt: z.string(),
  dueOn: z.string().nullable(),
  /** Notes on the due date (see ZWorkflowView.dueNotes). */
  dueNotes: z.array(ZMessage),
  /** The day the step's clock was suspended (期限中止), while it stands still (no due date then). */
  pausedOn: z.string().nullable().optional(),
  urgency: ZWorkUrgency,
});
export type WorkItem = z.infer<typeof ZWorkItem>;
export const ZWorkQueue = z.object({ items: z.array(ZWorkItem), overdue: z.number().int(), dueSoon: z.number().int(), total: z.number().int() });
export type WorkQueue = z.infer<typeof ZWorkQueue>;

/** Attachment kinds (附件类型). */
export const attachmentKinds = [
  'evaluation_report',
  'pledgee_consent',
  'payment_proof',
  'licence_notice',
  'contract',
  'evidence',
  'other',
  'identity_document',
  'co_owner_consent',
] as const;
export const ZAttachmentKind = z.enum(attachmentKinds);
export type AttachmentKind = z.infer<typeof ZAttachmentKind>;
export const attachmentKindLabels: Record<AttachmentKind, { zh: string; en: string }> = {
  evaluation_report: { zh: '专利权评价报告', en: 'Patent right evaluation report' },
  pledgee_consent: { zh: '质权人同意书', en: "Pledgee's consent" },
  payment_proof: { zh: '付款凭证', en: 'Proof of payment' },
  licence_notice: { zh: '书面许可通知', en: 'Written licence notice' },
  contract: { zh: '合同文本', en: 'Contract' },
  evidence: { zh: '证明材料', en: 'Evidence' },
  other: { zh: '其他材料', en: 'Other' },
  identity_document: { zh: '身份证明文件', en: 'Identity document' },
  co_owner_consent: { zh: '共有人同意书', en: "Co-owners' consent" },
};

/** A stored attachment (stored once per content hash; linked to a record and a step). */
export const ZAttachment = z.object({
  id: z.number().int(),
  kind: ZAttachmentKind,
  fileName: z.string(),
  mimeType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  recordType: z.string().nullable(),
  recordId: z.number().int().nullable(),
  step: z.string().nullable(),
  createdAt: z.string(),
});
export type Attachment = z.infer<typeof ZAttachment>;
export const ZAttachmentList = z.object({ items: z.array(ZAttachment) });
export const ZAttachmentListQuery = z.object({ recordType: z.string().regex(/^[a-z_]+$/), recordId: z.coerce.number().int().positive() });
