import { z } from 'zod';
import { ZLineText, ZMultilineText } from './text.js';
import { ZPageQuery, ZPaged, ZRegionCode } from './common.js';
import { ZDecisionDate } from './credit.js';
import { ZCoded } from './messages.js';

/**
 * Exhibition IP protection (展会知识产权保护办法): the register of fairs, exhibitors' filings (报备) and
 * non-infringement commitments (不侵权承诺), on-site complaints at the fair's complaint desk with a clock
 * counted in hours, and the bar on repeat infringers.
 */

export const ZFairBody = z
  .object({
    /** The fair's name for this edition, e.g. 2026 中国（济宁）国际孔子文化节博览会. */
    name: ZLineText.trim().min(2, '请填写展会名称').max(100),
    /** The series the editions belong to (届次所属展会), e.g. 孔子文化节博览会; repeat infringers are counted per series. */
    series: ZLineText.trim().min(2, '请填写展会系列名称').max(100),
    edition: z.number().int().min(1).max(1000),
    venue: ZLineText.trim().min(2, '请填写举办地点').max(200),
    regionCode: ZRegionCode,
    /** The organiser (主办方), an organisation on the platform; it runs the complaint desk. */
    organiserOrgId: z.number().int().positive(),
    startsOn: ZDecisionDate,
    endsOn: ZDecisionDate,
    /** Where the complaint desk (投诉机构) sits and how to reach it. */
    deskLocation: ZLineText.trim().max(200).optional(),
    deskContact: ZLineText.trim().max(100).optional(),
    /** Set up a desk at a fair shorter than the required length too. */
    desk: z.boolean().default(false),
  })
  .superRefine((b, ctx) => {
    if (b.endsOn < b.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: '闭幕日期不能早于开幕日期' });
    else if ((Date.parse(b.endsOn) - Date.parse(b.startsOn)) / 86_400_000 > 90)
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: '展期超过90天，请核对日期' });
  });
export type FairBody = z.infer<typeof ZFairBody>;

export const fairStatuses = ['upcoming', 'open', 'ended'] as const;
export const ZFairStatus = z.enum(fairStatuses);

export const ZFair = z.object({
  id: z.number().int(),
  name: z.string(),
  series: z.string(),
  edition: z.number().int(),
  venue: z.string(),
  regionCode: z.string(),
  organiserOrgId: z.number().int(),
  organiserName: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  days: z.number().int(),
  status: ZFairStatus,
  /** A fair of `exhibitions.desk_min_days` days or more must have a complaint desk (the platform set it up). */
  deskRequired: z.boolean(),
  /** What the platform says about the desk (exhibitions.desk_required / desk_optional). */
  deskNote: ZCoded,
  desk: z.object({ location: z.string().nullable(), contact: z.string().nullable(), createdAt: z.string() }).nullable(),
  /** Exhibitors barred from this edition as repeat infringers of the series. */
  barred: z.array(z.object({ orgId: z.number().int(), name: z.string(), reason: z.string() })),
  filings: z.number().int(),
  commitments: z.number().int(),
  complaints: z.number().int(),
  isDemo: z.boolean(),
});
export type Fair = z.infer<typeof ZFair>;
export const ZFairList = ZPaged(ZFair);
export const ZFairQuery = ZPageQuery.extend({ status: ZFairStatus.optional(), q: ZLineText.trim().max(50).optional() });

export const ZExhibitFilingBody = z.object({
  patentId: z.number().int().positive(),
  exhibitName: ZLineText.trim().min(2, '请填写展品名称').max(100),
  booth: ZLineText.trim().max(50).optional(),
});
/** Why the exhibitor may show the patented exhibit: it holds the patent, or holds an open licence under it. */
export const exhibitBases = ['holder', 'open_licence'] as const;
export const ZExhibitFiling = z.object({
  id: z.number().int(),
  fairId: z.number().int(),
  fairName: z.string(),
  exhibitorOrgId: z.number().int(),
  exhibitorName: z.string(),
  patentId: z.number().int(),
  appNo: z.string(),
  patentTitle: z.string(),
  basis: z.enum(exhibitBases),
  exhibitName: z.string(),
  booth: z.string().nullable(),
  filedAt: z.string(),
});
export type ExhibitFiling = z.infer<typeof ZExhibitFiling>;
export const ZExhibitFilingList = z.object({ items: z.array(ZExhibitFiling) });

export const ZCommitmentBody = z.object({ accept: z.literal(true, { error: '请阅读并确认承诺内容' }) });
export const ZCommitment = z.object({
  fairId: z.number().int(),
  fairName: z.string(),
  exhibitorOrgId: z.number().int(),
  text: z.string(),
  signedAt: z.string(),
});

export const complaintOutcomes = ['infringing', 'not_infringing', 'settled', 'withdrawn'] as const;
export const ZComplaintOutcome = z.enum(complaintOutcomes);
export const complaintMeasures = ['exhibits_withdrawn', 'materials_removed', 'booth_closed', 'referred_for_enforcement'] as const;
export const ZComplaintMeasure = z.enum(complaintMeasures);
export const complaintStatuses = ['open', 'passed_on', 'resolved'] as const;
export const ZComplaintStatus = z.enum(complaintStatuses);

export const ZFairComplaintBody = z.object({
  /** The exhibitor complained of. */
  respondentOrgId: z.number().int().positive(),
  complainant: ZLineText.trim().min(2, '请填写投诉人').max(100),
  /** The right relied on (专利号、商标注册号). */
  rightNo: ZLineText.trim().min(2, '请填写权利证书号').max(50),
  description: ZMultilineText.trim().min(2, '请写明投诉事项').max(4000),
});
export const ZPassOnComplaintBody = z.object({
  /** Who it is passed to (the IP office of the venue's region by default). */
  to: ZLineText.trim().min(2).max(100),
  note: ZMultilineText.trim().max(1000).optional(),
});
export const ZResolveComplaintBody = z.object({
  outcome: ZComplaintOutcome,
  measures: z.array(ZComplaintMeasure).max(complaintMeasures.length).default([]),
  note: ZMultilineText.trim().max(1000).optional(),
});

export const ZFairComplaint = z.object({
  id: z.number().int(),
  fairId: z.number().int(),
  fairName: z.string(),
  respondentOrgId: z.number().int(),
  respondentName: z.string(),
  complainant: z.string(),
  rightNo: z.string(),
  description: z.string(),
  status: ZComplaintStatus,
  /** When the desk received it, and the answer deadline: 24 hours on (a setting), never later than the fair's last day. */
  receivedAt: z.string(),
  dueAt: z.string(),
  /** Hours allowed (due − received), hours taken (to the handling, or to now while open), hours left (null once handled). */
  hoursAllowed: z.number(),
  hoursTaken: z.number(),
  hoursLeft: z.number().nullable(),
  overdue: z.boolean(),
  /** Handled (passed on or resolved) within the clock; null while open. */
  inTime: z.boolean().nullable(),
  handledAt: z.string().nullable(),
  passedTo: z.string().nullable(),
  outcome: ZComplaintOutcome.nullable(),
  measures: z.array(ZComplaintMeasure),
  note: z.string().nullable(),
});
export type FairComplaint = z.infer<typeof ZFairComplaint>;
export const ZFairComplaintList = z.object({ items: z.array(ZFairComplaint) });

/** The exhibitor's own fairs: filings, commitments, complaints against it, and bars. */
export const ZMyExhibitions = z.object({
  filings: z.array(ZExhibitFiling),
  commitments: z.array(ZCommitment),
  complaints: z.array(ZFairComplaint),
});
