import { z } from 'zod';
import { ZUsccCode } from './uscc.js';
import { ZIsoDate, ZPageQuery, ZPaged, ZRegionCode } from './common.js';
import { ZLineText, ZMultilineText } from './text.js';
import { ZRecordClock } from './clocks.js';
import { addCodedIssue, ZMessage } from './messages.js';

/** A refinement context whose issues land on one field. */
const withPath = (ctx: z.RefinementCtx, field: string) => ({
  addIssue: (issue: { code: 'custom'; message: string; params: Record<string, unknown> }) => ctx.addIssue({ ...issue, path: [field] }),
});

type Labels<K extends string> = Record<K, { zh: string; en: string }>;

export const penaltyKinds = ['trademark_infringement', 'counterfeit_patent', 'gi_misuse', 'special_marks'] as const;
export const ZPenaltyKind = z.enum(penaltyKinds);
export type PenaltyKind = z.infer<typeof ZPenaltyKind>;
export const penaltyKindLabels: Labels<PenaltyKind> = {
  trademark_infringement: { zh: '商标侵权', en: 'Trademark infringement' },
  counterfeit_patent: { zh: '假冒专利', en: 'Counterfeit patent' },
  gi_misuse: { zh: '地理标志违法使用', en: 'GI misuse' },
  special_marks: { zh: '特殊标志侵权', en: 'Special marks' },
};

// ———————————————————————————————— Complaints and reports (投诉举报) ————————————————————————————————

/** A complaint (投诉: the complainant's own rights, accepted or refused within 7 working days) or a report (举报: a clue, may be anonymous). */
export const complaintKinds = ['complaint', 'report'] as const;
export const ZComplaintKind = z.enum(complaintKinds);
export type ComplaintKind = z.infer<typeof ZComplaintKind>;
export const complaintKindLabels: Labels<ComplaintKind> = {
  complaint: { zh: '投诉', en: 'Complaint' },
  report: { zh: '举报', en: 'Report' },
};

/** The right concerned. */
export const ipKinds = ['patent', 'trademark', 'geo_indication', 'special_mark', 'other'] as const;
export const ZIpKind = z.enum(ipKinds);
export type IpKind = z.infer<typeof ZIpKind>;
export const ipKindLabels: Labels<IpKind> = {
  patent: { zh: '专利', en: 'Patent' },
  trademark: { zh: '商标', en: 'Trademark' },
  geo_indication: { zh: '地理标志', en: 'Geographical indication' },
  special_mark: { zh: '特殊标志', en: 'Special mark' },
  other: { zh: '其他', en: 'Other' },
};

export const caseComplaintStatuses = ['submitted', 'accepted', 'refused', 'triaged', 'forwarded', 'closed'] as const;
export const ZCaseComplaintStatus = z.enum(caseComplaintStatuses);
export type ComplaintStatus = z.infer<typeof ZCaseComplaintStatus>;
export const complaintStatusLabels: Labels<ComplaintStatus> = {
  submitted: { zh: '待受理/核查', en: 'Awaiting acceptance or check' },
  accepted: { zh: '已受理，待分流', en: 'Accepted, awaiting triage' },
  refused: { zh: '不予受理', en: 'Refused' },
  triaged: { zh: '已分流办理', en: 'Sent for handling' },
  forwarded: { zh: '已移交有管辖权的机关', en: 'Forwarded to the competent authority' },
  closed: { zh: '已办结', en: 'Closed' },
};

/** Where the bureau sends an item (分流). */
export const triageOutcomes = ['patent_dispute', 'penalty_case', 'ecommerce_opinion', 'forwarded', 'closed'] as const;
export const ZTriageOutcome = z.enum(triageOutcomes);
export type TriageOutcome = z.infer<typeof ZTriageOutcome>;
export const triageOutcomeLabels: Labels<TriageOutcome> = {
  patent_dispute: { zh: '转专利侵权纠纷行政裁决', en: 'Patent infringement dispute' },
  penalty_case: { zh: '转行政处罚案件线索', en: 'Administrative penalty case' },
  ecommerce_opinion: { zh: '转电商侵权判定咨询意见', en: 'E-commerce infringement opinion' },
  forwarded: { zh: '移交有管辖权的机关', en: 'Forwarded to the competent authority' },
  closed: { zh: '办结（不予处理）', en: 'Closed' },
};

/** The public form (投诉举报表). A complaint names its complainant; a report may be anonymous. */
export const ZSubmitComplaintBody = z
  .object({
    kind: ZComplaintKind,
    anonymous: z.boolean().default(false),
    complainantName: ZLineText.trim().max(100).nullable().default(null),
    /** A telephone or e-mail to reach the complainant. */
    complainantContact: ZLineText.trim().max(100).nullable().default(null),
    respondentName: ZLineText.trim().min(2).max(200),
    respondentAddress: ZLineText.trim().max(300).nullable().default(null),
    /** The county (or town) where the infringement happened: it decides the handling bureau. */
    regionCode: ZRegionCode,
    ipKind: ZIpKind,
    /** Patent, registration or GI number concerned, if known. */
    rightNumber: ZLineText.trim().max(100).nullable().default(null),
    title: ZLineText.trim().min(2).max(200),
    description: ZMultilineText.trim().min(10).max(5000),
    /** Evidence uploaded beforehand (signed-in submitters only: an upload belongs to an organisation). */
    attachmentIds: z.array(z.number().int().positive()).max(20).default([]),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'complaint' && v.anonymous) addCodedIssue(withPath(ctx, 'anonymous'), 'cases.complaint_not_anonymous');
    if (!v.anonymous && !v.complainantName) addCodedIssue(withPath(ctx, 'complainantName'), 'validation.required');
  });
export type SubmitComplaintBody = z.infer<typeof ZSubmitComplaintBody>;

/** What the submitter receives: the tracking code (查询码) to follow the item publicly. */
export const ZComplaintReceipt = z.object({
  id: z.number().int(),
  trackingCode: z.string(),
  kind: ZComplaintKind,
  status: ZCaseComplaintStatus,
  dueOn: z.string().nullable(),
});
export type ComplaintReceipt = z.infer<typeof ZComplaintReceipt>;

export const ZTrackingParams = z.object({ code: ZLineText.trim().min(8).max(40) });

/** One step the complainant sees (no handler's name, no respondent's reaction). */
export const ZComplaintStep = z.object({ on: z.string(), label: z.string(), labelEn: z.string(), note: z.string().nullable() });

/** The public tracking view: status, steps and the outcome — never who handled it or anything of the case file. */
export const ZComplaintTracking = z.object({
  trackingCode: z.string(),
  kind: ZComplaintKind,
  title: z.string(),
  status: ZCaseComplaintStatus,
  submittedOn: z.string(),
  dueOn: z.string().nullable(),
  outcome: ZTriageOutcome.nullable(),
  outcomeReason: z.string().nullable(),
  steps: z.array(ZComplaintStep),
});
export type ComplaintTracking = z.infer<typeof ZComplaintTracking>;

/** A complaint as its handlers (and, without the masked parts, its submitter) see it. */
export const ZComplaint = z.object({
  id: z.number().int(),
  trackingCode: z.string().nullable(),
  kind: ZComplaintKind,
  status: ZCaseComplaintStatus,
  anonymous: z.boolean(),
  /** Masked (张*) except for the handlers of the bureau and the submitter themself. */
  complainantName: z.string().nullable(),
  complainantContact: z.string().nullable(),
  respondentName: z.string(),
  respondentAddress: z.string().nullable(),
  regionCode: z.string(),
  ipKind: ZIpKind,
  rightNumber: z.string().nullable(),
  title: z.string(),
  description: z.string(),
  submittedAt: z.string(),
  dueOn: z.string().nullable(),
  outcome: ZTriageOutcome.nullable(),
  outcomeReason: z.string().nullable(),
  forwardedTo: z.string().nullable(),
  caseId: z.number().int().nullable(),
  clocks: z.array(ZRecordClock),
  steps: z.array(ZComplaintStep),
});
export type Complaint = z.infer<typeof ZComplaint>;
export const ZComplaintList = ZPaged(ZComplaint.omit({ clocks: true, steps: true, description: true }));
export type ComplaintList = z.infer<typeof ZComplaintList>;

export const ZComplaintListQuery = ZPageQuery.extend({
  status: ZCaseComplaintStatus.optional(),
  kind: ZComplaintKind.optional(),
  regionCode: ZRegionCode.optional(),
});

export const ZCaseReasonBody = z.object({ reason: ZLineText.trim().min(2).max(500) });
export const ZTriageBody = z
  .object({
    outcome: ZTriageOutcome,
    reason: ZLineText.trim().min(2).max(500),
    /** The authority it goes to (forwarded). */
    authority: ZLineText.trim().max(200).nullable().default(null),
    /** The penalty case's kind (penalty_case). */
    caseKind: ZPenaltyKind.nullable().default(null),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === 'forwarded' && !v.authority) addCodedIssue(withPath(ctx, 'authority'), 'validation.required');
    if (v.outcome === 'penalty_case' && !v.caseKind) addCodedIssue(withPath(ctx, 'caseKind'), 'validation.required');
  });
export type TriageBody = z.infer<typeof ZTriageBody>;

// ———————————————————————————————— Administrative penalty cases (行政处罚) ————————————————————————————————

export const penaltyStatuses = ['clue', 'declined', 'investigating', 'notified', 'hearing', 'decided', 'published', 'closed'] as const;
export const ZPenaltyStatus = z.enum(penaltyStatuses);
export type PenaltyStatus = z.infer<typeof ZPenaltyStatus>;
export const penaltyStatusLabels: Labels<PenaltyStatus> = {
  clue: { zh: '线索核查', en: 'Clue being checked' },
  declined: { zh: '不予立案', en: 'Not opened' },
  investigating: { zh: '已立案调查', en: 'Opened, under investigation' },
  notified: { zh: '已告知（陈述申辩/听证）', en: 'Party notified of rights' },
  hearing: { zh: '听证程序', en: 'Hearing' },
  decided: { zh: '已作出处罚决定', en: 'Decided' },
  published: { zh: '已公示', en: 'Published' },
  closed: { zh: '已结案（不予处罚/撤销）', en: 'Closed without penalty' },
};

/** Why a clock stands still (time that does not count: 行政处罚程序规定). */
export const pauseReasons = ['hearing', 'testing', 'expert_opinion', 'public_notice', 'invalidation', 'other'] as const;
export const ZPauseReason = z.enum(pauseReasons);
export type PauseReason = z.infer<typeof ZPauseReason>;
export const pauseReasonLabels: Labels<PauseReason> = {
  hearing: { zh: '听证', en: 'Hearing' },
  testing: { zh: '检测、检验', en: 'Testing' },
  expert_opinion: { zh: '鉴定、专家意见', en: 'Expert opinion' },
  public_notice: { zh: '公告', en: 'Public notice' },
  invalidation: { zh: '无效宣告请求已受理（中止）', en: 'Invalidation request accepted (suspension)' },
  other: { zh: '其他法定事由', en: 'Other lawful reason' },
};

/** Amounts in yuan: at most a trillion (anything larger is a typing error). */
const ZAmount = z.number().min(0).max(1e12);

/** The fine calculator's input (罚款幅度). */
export const ZFineRangeQuery = z.object({
  kind: ZPenaltyKind,
  /** Illegal gains (违法所得, Patent Law art. 68) or illegal turnover (违法经营额, Trademark Law art. 60), yuan; absent = none. */
  amount: z.coerce.number().min(0).max(1e12).optional(),
  repeat: z
    .enum(['0', '1', 'true', 'false'])
    .optional()
    .transform((v) => v === '1' || v === 'true'),
});
/** The legal range: staff choose within it and give reasons; it never decides. */
export const ZFineRange = z.object({
  min: z.number(),
  max: z.number(),
  basis: ZMessage,
  /** Heavier punishment is due (a repeat offence within 5 years): the reasons must say how. */
  heavier: z.boolean(),
  notes: z.array(ZMessage),
});
export type FineRange = z.infer<typeof ZFineRange>;

export const ZOpenPenaltyBody = z.object({
  kind: ZPenaltyKind,
  title: ZLineText.trim().min(2).max(200),
  respondentName: ZLineText.trim().min(2).max(200),
  /** The respondent's organisation on the platform, if registered: it becomes a party of the case. */
  respondentOrgId: z.number().int().positive().nullable().default(null),
  /** The respondent's unified social credit code, if known (a repeat offence is matched on it). */
  respondentCreditCode: ZUsccCode.nullable().default(null),
  regionCode: ZRegionCode,
  /** The day the clue was received (线索接收日): the 15 working days to open the case run from it. */
  clueOn: ZIsoDate,
  summary: ZMultilineText.trim().max(5000).default(''),
});
export type OpenPenaltyBody = z.infer<typeof ZOpenPenaltyBody>;

export const ZCaseDateBody = z.object({ on: ZIsoDate });
export const ZPauseBody = z.object({ on: ZIsoDate, reason: ZPauseReason, note: ZLineText.trim().max(300).default('') });
export const ZExtendBody = z.object({ clock: z.enum(['open', 'decide', 'check']), reason: ZLineText.trim().min(2).max(500) });
export const ZHearingNoticeBody = z.object({
  on: ZIsoDate,
  /** The penalty proposed in the notice (拟处罚): fine in yuan. */
  proposedFine: ZAmount,
});
export const ZDecisionBody = z.object({
  on: ZIsoDate,
  /** The bureau's decision number (处罚决定书文号): the bureau is the competent authority for this act. */
  decisionNo: ZLineText.trim().min(2).max(100),
  /** Illegal gains or turnover found (yuan); null = none. */
  amount: ZAmount.nullable(),
  repeatOffence: z.boolean().default(false),
  fine: ZAmount,
  /** Why this amount within the legal range (自由裁量理由). */
  fineReason: ZMultilineText.trim().min(5).max(2000),
  confiscatedGains: ZAmount.default(0),
  /** Goods and tools confiscated (没收、销毁侵权商品和工具). */
  confiscatedItems: ZLineText.trim().max(500).default(''),
});
export type DecisionBody = z.infer<typeof ZDecisionBody>;
export const ZPublicationBody = z.object({ on: ZIsoDate, where: ZLineText.trim().min(2).max(200) });

export const ZPenaltyCase = z.object({
  id: z.number().int(),
  caseNo: z.string(),
  kind: ZPenaltyKind,
  status: ZPenaltyStatus,
  title: z.string(),
  respondentName: z.string(),
  regionCode: z.string(),
  summary: z.string(),
  clueOn: z.string(),
  openedOn: z.string().nullable(),
  /** The complaint or report it came from; null to anyone but the handlers (the respondent never sees who complained). */
  complaintId: z.number().int().nullable(),
  complainantName: z.string().nullable(),
  hearingNoticeOn: z.string().nullable(),
  proposedFine: z.number().nullable(),
  hearingRequestedOn: z.string().nullable(),
  decisionOn: z.string().nullable(),
  decisionNo: z.string().nullable(),
  amount: z.number().nullable(),
  repeatOffence: z.boolean(),
  fine: z.number().nullable(),
  fineReason: z.string().nullable(),
  confiscatedGains: z.number().nullable(),
  confiscatedItems: z.string().nullable(),
  publishedOn: z.string().nullable(),
  publishedWhere: z.string().nullable(),
  closedReason: z.string().nullable(),
  clocks: z.array(ZRecordClock),
  /** Steps this caller may take now. */
  allowedActions: z.array(z.object({ action: z.string(), label: z.string() })),
  history: z.array(z.object({ at: z.string(), action: z.string(), actor: z.string().nullable() })),
});
export type PenaltyCase = z.infer<typeof ZPenaltyCase>;

export const ZPenaltyCaseRow = ZPenaltyCase.pick({
  id: true,
  caseNo: true,
  kind: true,
  status: true,
  title: true,
  respondentName: true,
  regionCode: true,
  clueOn: true,
  openedOn: true,
  fine: true,
}).extend({ dueOn: z.string().nullable(), dueLabel: z.string().nullable(), paused: z.boolean() });
export const ZPenaltyCaseList = ZPaged(ZPenaltyCaseRow);
export type PenaltyCaseList = z.infer<typeof ZPenaltyCaseList>;

export const ZPenaltyCaseListQuery = ZPageQuery.extend({
  status: ZPenaltyStatus.optional(),
  kind: ZPenaltyKind.optional(),
  regionCode: ZRegionCode.optional(),
  /** Only cases whose running clock is past its due date. */
  overdue: z
    .enum(['0', '1'])
    .optional()
    .transform((v) => v === '1'),
  q: ZLineText.trim().max(100).optional(),
});

// ———————————————————————————————— Statistics (保护统计) ————————————————————————————————

export const ZCaseStatsQuery = z.object({ regionCode: ZRegionCode.optional(), year: z.coerce.number().int().min(2000).max(2100).optional() });
export const ZCaseStats = z.object({
  regionCode: z.string(),
  year: z.number().int(),
  complaints: z.number().int(),
  reports: z.number().int(),
  penaltyCases: z.number().int(),
  byKind: z.array(z.object({ kind: ZPenaltyKind, count: z.number().int() })),
  byRegion: z.array(z.object({ regionCode: z.string(), count: z.number().int() })),
  byMonth: z.array(z.object({ month: z.string(), count: z.number().int() })),
  decided: z.number().int(),
  fines: z.number(),
  /** 1 − mean actual days ÷ statutory days over cases decided in the year (压缩比例); null with no decided case. */
  compression: z.number().nullable(),
  meanDays: z.number().nullable(),
  statutoryDays: z.number().int(),
});
export type CaseStats = z.infer<typeof ZCaseStats>;

// ———————————————————————————————— Patent infringement disputes (专利侵权纠纷行政裁决) ————————————————————————————————

export const disputeStatuses = ['requested', 'refused', 'accepted', 'served', 'decided', 'mediated', 'withdrawn'] as const;
export const ZDisputeStatus = z.enum(disputeStatuses);
export type DisputeStatus = z.infer<typeof ZDisputeStatus>;
export const disputeStatusLabels: Labels<DisputeStatus> = {
  requested: { zh: '待受理', en: 'Awaiting acceptance' },
  refused: { zh: '不予受理', en: 'Refused' },
  accepted: { zh: '已受理，待送达', en: 'Accepted, copy to be served' },
  served: { zh: '审理中', en: 'Being heard' },
  decided: { zh: '已作出处理决定', en: 'Decided' },
  mediated: { zh: '调解结案', en: 'Settled by mediation' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
};

const disputePatentKinds = ['invention', 'utility_model', 'design'] as const;
export const ZPatentKindForDispute = z.enum(disputePatentKinds);

/** The requester's standing (请求人资格). */
export const standings = ['patentee', 'exclusive_licensee', 'sole_licensee', 'ordinary_licensee_authorised', 'successor'] as const;
export const ZStanding = z.enum(standings);
export const standingLabels: Labels<z.infer<typeof ZStanding>> = {
  patentee: { zh: '专利权人', en: 'Patentee' },
  exclusive_licensee: { zh: '独占实施许可被许可人', en: 'Exclusive licensee' },
  sole_licensee: { zh: '排他实施许可被许可人（专利权人不请求时）', en: 'Sole licensee (when the patentee does not act)' },
  ordinary_licensee_authorised: { zh: '经专利权人明确授权的普通许可被许可人', en: 'Ordinary licensee expressly authorised' },
  successor: { zh: '专利权的合法继承人', en: 'Lawful successor' },
};

export const disputeOutcomes = ['infringement', 'no_infringement', 'dismissed'] as const;
export const ZDisputeOutcome = z.enum(disputeOutcomes);
export const disputeOutcomeLabels: Labels<z.infer<typeof ZDisputeOutcome>> = {
  infringement: { zh: '认定侵权，责令停止侵权', en: 'Infringement found; ordered to stop' },
  no_infringement: { zh: '不构成侵权', en: 'No infringement' },
  dismissed: { zh: '驳回请求', en: 'Request dismissed' },
};

/** 繁简分流 criteria answers (criteria.ts names each with its source). */
export const ZSimpleCriteria = z.record(z.string(), z.boolean());

export const ZRequestDisputeBody = z.object({
  requesterName: ZLineText.trim().min(2).max(200),
  standing: ZStanding,
  respondentName: ZLineText.trim().min(2).max(200),
  respondentOrgId: z.number().int().positive().nullable().default(null),
  regionCode: ZRegionCode,
  patentNo: ZLineText.trim().min(5).max(40),
  patentKind: ZPatentKindForDispute,
  claims: ZMultilineText.trim().min(10).max(5000),
  attachmentIds: z.array(z.number().int().positive()).max(20).default([]),
});
export type RequestDisputeBody = z.infer<typeof ZRequestDisputeBody>;

export const ZAcceptDisputeBody = z.object({ on: ZIsoDate, criteria: ZSimpleCriteria });
export const ZDisputeDecisionBody = z
  .object({
    on: ZIsoDate,
    decisionNo: ZLineText.trim().min(2).max(100),
    outcome: ZDisputeOutcome,
    /** The acts ordered to stop (infringement found). */
    stopOrder: ZLineText.trim().max(1000).nullable().default(null),
    reasons: ZMultilineText.trim().min(5).max(5000),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === 'infringement' && !v.stopOrder) addCodedIssue(withPath(ctx, 'stopOrder'), 'validation.required');
  });
export const ZHearingBody = z.object({ on: ZIsoDate, place: ZLineText.trim().min(2).max(200) });
export const ZAssignExpertBody = z.object({ orgId: z.number().int().positive(), role: z.enum(['investigator', 'expert']) });
export const ZExpertOpinionBody = z.object({ attachmentId: z.number().int().positive(), summary: ZLineText.trim().min(2).max(500) });
export const ZCaseAgreementBody = z.object({ on: ZIsoDate, summary: ZMultilineText.trim().min(5).max(2000) });

export const ZPatentDispute = z.object({
  id: z.number().int(),
  caseNo: z.string(),
  status: ZDisputeStatus,
  regionCode: z.string(),
  requesterName: z.string(),
  standing: ZStanding,
  respondentName: z.string(),
  patentNo: z.string(),
  patentKind: ZPatentKindForDispute,
  claims: z.string(),
  procedure: z.enum(['simple', 'ordinary']).nullable(),
  criteria: z.array(z.object({ key: z.string(), label: z.string(), labelEn: z.string(), met: z.boolean().nullable() })),
  requestedOn: z.string(),
  acceptedOn: z.string().nullable(),
  refusedReason: z.string().nullable(),
  servedOn: z.string().nullable(),
  answeredOn: z.string().nullable(),
  hearings: z.array(z.object({ on: z.string(), place: z.string(), noticeOn: z.string() })),
  experts: z.array(z.object({ orgId: z.number().int(), role: z.string() })),
  opinions: z.array(z.object({ attachmentId: z.number().int(), summary: z.string(), on: z.string() })),
  outcome: z.string().nullable(),
  decisionOn: z.string().nullable(),
  decisionNo: z.string().nullable(),
  stopOrder: z.string().nullable(),
  /** The last day to sue after the decision (15 days, Patent Law art. 65). */
  sueBy: z.string().nullable(),
  agreementOn: z.string().nullable(),
  agreementSummary: z.string().nullable(),
  /** The last day for the joint application for judicial confirmation (30 days from the agreement). */
  confirmationBy: z.string().nullable(),
  clocks: z.array(ZRecordClock),
  allowedActions: z.array(z.object({ action: z.string(), label: z.string() })),
});
export type PatentDispute = z.infer<typeof ZPatentDispute>;
export const ZPatentDisputeList = ZPaged(
  ZPatentDispute.pick({
    id: true,
    caseNo: true,
    status: true,
    regionCode: true,
    requesterName: true,
    respondentName: true,
    patentNo: true,
    procedure: true,
    requestedOn: true,
  }),
);
export const ZDisputeListQuery = ZPageQuery.extend({ status: ZDisputeStatus.optional(), regionCode: ZRegionCode.optional() });
