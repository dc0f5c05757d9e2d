import { z } from 'zod';
import { ZLineText, ZMultilineText } from './text.js';
import { ZPageQuery, ZPaged, ZRegionCode } from './common.js';
import { ZDecisionDate } from './credit.js';

/**
 * Fast pre-examination (专利快速预审) at a protection centre: the centre's approved industry fields (IPC lists
 * held as data per centre), entity registration (备案主体: local review, then CNIPA's result with its number and
 * date, valid for a period and renewable), pre-examination requests from registered entities with working-day
 * clocks, defect notices and corrections, the outcome, and CNIPA's final result linked to the registry patent.
 */

/** An IPC prefix (subclass or group), e.g. H01M or G06F16. */
export const ZIpcPrefix = ZLineText.trim()
  .toUpperCase()
  .regex(/^[A-H]\d{2}[A-Z](\d{1,4}(\/\d{1,6})?)?$/, 'IPC 分类号格式不正确（例：H01M、G06F16/35）');

export const ZPreexamFieldBody = z.object({
  /** The centre's city (its approved fields hold for entities there). */
  centreRegion: ZRegionCode,
  ipcPrefix: ZIpcPrefix,
  label: ZLineText.trim().min(2, '请填写产业领域名称').max(100),
});
export const ZPreexamField = z.object({
  id: z.number().int(),
  centreRegion: z.string(),
  ipcPrefix: z.string(),
  label: z.string(),
  isDemo: z.boolean(),
});
export type PreexamField = z.infer<typeof ZPreexamField>;
export const ZPreexamFieldList = z.object({ items: z.array(ZPreexamField) });
export const ZPreexamFieldQuery = z.object({ centreRegion: ZRegionCode.optional() });

export const preexamEntityStatuses = ['applied', 'local_approved', 'registered', 'rejected'] as const;
export const ZPreexamEntityStatus = z.enum(preexamEntityStatuses);

export const ZPreexamEntityBody = z.object({
  /** The fields (IPC prefixes of the centre's list) the entity works in. */
  ipcPrefixes: z.array(ZIpcPrefix).min(1, '请至少选择一个产业领域').max(20),
  contact: ZLineText.trim().min(2, '请填写联系人').max(50),
  phone: ZLineText.trim().regex(/^[0-9+\-() ]{5,20}$/, '电话号码格式不正确'),
  note: ZMultilineText.trim().max(1000).optional(),
});
export const ZPreexamEntityStepBody = z
  .object({
    action: z.enum(['local_approve', 'local_reject', 'cnipa_approve', 'cnipa_reject']),
    note: ZMultilineText.trim().max(1000).optional(),
    /** CNIPA's number and date for its result (required with cnipa_approve / cnipa_reject). */
    cnipaNo: ZLineText.trim().min(2).max(50).optional(),
    cnipaOn: ZDecisionDate.optional(),
  })
  .superRefine((b, ctx) => {
    if (b.action.startsWith('cnipa_') && !b.cnipaNo) ctx.addIssue({ code: 'custom', path: ['cnipaNo'], message: '请填写国家知识产权局的备案文号' });
    if (b.action.startsWith('cnipa_') && !b.cnipaOn) ctx.addIssue({ code: 'custom', path: ['cnipaOn'], message: '请填写国家知识产权局的备案日期' });
  });
export const ZPreexamEntity = z.object({
  id: z.number().int(),
  orgId: z.number().int(),
  orgName: z.string(),
  regionCode: z.string(),
  centreRegion: z.string(),
  ipcPrefixes: z.array(z.string()),
  contact: z.string(),
  phone: z.string(),
  status: ZPreexamEntityStatus,
  renewal: z.boolean(),
  cnipaNo: z.string().nullable(),
  cnipaOn: z.string().nullable(),
  validUntil: z.string().nullable(),
  /** Registered and within its validity period today. */
  valid: z.boolean(),
  note: z.string().nullable(),
  createdAt: z.string(),
  isDemo: z.boolean(),
});
export type PreexamEntity = z.infer<typeof ZPreexamEntity>;
export const ZPreexamEntityList = ZPaged(ZPreexamEntity);
export const ZPreexamEntityQuery = ZPageQuery.extend({ status: ZPreexamEntityStatus.optional() });

export const preexamPatentTypes = ['invention', 'utility', 'design'] as const;
export const ZPreexamPatentType = z.enum(preexamPatentTypes);
export const preexamRequestStatuses = ['submitted', 'examining', 'correcting', 'passed', 'not_passed', 'refused', 'withdrawn'] as const;
export const ZPreexamRequestStatus = z.enum(preexamRequestStatuses);

export const ZPreexamRequestBody = z.object({
  title: ZLineText.trim().min(2, '请填写发明创造名称').max(200),
  patentType: ZPreexamPatentType,
  /** The main IPC of the application; it must fall in the centre's approved fields. */
  ipc: ZIpcPrefix,
  summary: ZMultilineText.trim().max(4000).optional(),
  /** Uploaded documents (请求书、说明书、权利要求书…), by attachment id. */
  attachmentIds: z.array(z.number().int().positive()).max(20).default([]),
});
export const preexamStepActions = ['accept', 'refuse', 'defect', 'pass', 'fail', 'cnipa_result'] as const;
export const preexamCnipaResults = ['granted', 'rejected', 'pending'] as const;
export const ZPreexamStepBody = z
  .object({
    action: z.enum(preexamStepActions),
    note: ZMultilineText.trim().max(2000).optional(),
    /** Reasons for not passing, or the defects notified (one per line item). */
    reasons: z.array(ZLineText.trim().min(2).max(300)).max(20).default([]),
    /** With cnipa_result: CNIPA's application number, its result and date. */
    appNo: ZLineText.trim().min(5).max(30).optional(),
    result: z.enum(preexamCnipaResults).optional(),
    resultOn: ZDecisionDate.optional(),
  })
  .superRefine((b, ctx) => {
    if ((b.action === 'defect' || b.action === 'fail' || b.action === 'refuse') && b.reasons.length === 0)
      ctx.addIssue({ code: 'custom', path: ['reasons'], message: '请写明理由或缺陷' });
    if (b.action === 'cnipa_result') {
      if (!b.appNo) ctx.addIssue({ code: 'custom', path: ['appNo'], message: '请填写专利申请号' });
      if (!b.result) ctx.addIssue({ code: 'custom', path: ['result'], message: '请选择国家知识产权局的结果' });
      if (!b.resultOn) ctx.addIssue({ code: 'custom', path: ['resultOn'], message: '请填写结果日期' });
    }
  });
export const ZPreexamCorrectBody = z.object({
  note: ZMultilineText.trim().min(2, '请说明补正内容').max(2000),
  attachmentIds: z.array(z.number().int().positive()).max(20).default([]),
});

export const ZPreexamRequest = z.object({
  id: z.number().int(),
  entityId: z.number().int(),
  orgId: z.number().int(),
  orgName: z.string(),
  regionCode: z.string(),
  title: z.string(),
  patentType: ZPreexamPatentType,
  ipc: z.string(),
  summary: z.string().nullable(),
  status: ZPreexamRequestStatus,
  examinerUserId: z.number().int().nullable(),
  examinerName: z.string().nullable(),
  receivedOn: z.string(),
  /** The current step's due date (working days, from the settings). */
  dueOn: z.string().nullable(),
  overdue: z.boolean(),
  defects: z.array(z.string()),
  corrections: z.number().int(),
  reasons: z.array(z.string()),
  finishedOn: z.string().nullable(),
  cnipaAppNo: z.string().nullable(),
  cnipaResult: z.enum(preexamCnipaResults).nullable(),
  cnipaResultOn: z.string().nullable(),
  /** The registry patent with that application number, once it appears. */
  patentId: z.number().int().nullable(),
  attachments: z.array(z.object({ id: z.number().int(), name: z.string(), step: z.string().nullable() })),
  allowedActions: z.array(z.string()),
  isDemo: z.boolean(),
});
export type PreexamRequest = z.infer<typeof ZPreexamRequest>;
export const ZPreexamRequestList = ZPaged(ZPreexamRequest);
export const ZPreexamRequestQuery = ZPageQuery.extend({ status: ZPreexamRequestStatus.optional() });

export const ZPreexamMine = z.object({
  entity: ZPreexamEntity.nullable(),
  requests: z.array(ZPreexamRequest),
});

export const ZPreexamExaminerBody = z.object({
  userId: z.number().int().positive(),
  ipcPrefixes: z.array(ZIpcPrefix).min(1).max(30),
});
export const ZPreexamExaminer = z.object({
  userId: z.number().int(),
  name: z.string(),
  regionCode: z.string(),
  ipcPrefixes: z.array(z.string()),
  openRequests: z.number().int(),
});

export const ZPreexamStatsQuery = z.object({ regionCode: ZRegionCode.optional() });
/** Statistics: computed from the records, and reported figures kept apart (never summed with them). */
export const ZPreexamStats = z.object({
  computed: z.object({
    received: z.number().int(),
    finished: z.number().int(),
    passed: z.number().int(),
    /** passed ÷ finished with an outcome; null before any. */
    passRate: z.number().nullable(),
    /** Median calendar days from receipt to outcome; null before any. */
    medianDays: z.number().nullable(),
    entitiesApplied: z.number().int(),
    entitiesRegistered: z.number().int(),
  }),
  examiners: z.array(ZPreexamExaminer),
  reported: z.array(z.object({ source: z.string(), label: z.string(), value: z.number(), unit: z.string(), isDemo: z.boolean() })),
});
export type PreexamStats = z.infer<typeof ZPreexamStats>;
