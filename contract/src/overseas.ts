import { z } from 'zod';
import { ZIsoDate, ZPageQuery, ZPaged, ZRegionCode } from './common.js';
import { ZLineText, ZMultilineText } from './text.js';

/**
 * Overseas IP dispute guidance (海外知识产权纠纷应对指导): workstations, the expert pool, the case and
 * legal-institution libraries, enterprises' assistance requests and early warnings.
 */

/** ISO 3166-1 alpha-2 country or area code (US, DE, JP …), upper case. */
export const ZCountryCode = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{2}$/, '国家/地区代码应为两位字母（ISO 3166，如 US、DE）'));

/** A list of short labels (countries, industries, languages, fields): at most 30, each 1–60 characters. */
const ZLabels = z.array(ZLineText.trim().min(1).max(60)).max(30);
const ZCountries = z.array(ZCountryCode).max(60);

export const overseasDisputeKinds = ['patent', 'trademark', 'copyright', 'trade_secret', 'customs', 'unfair_competition', 'other'] as const;
export const ZOverseasDisputeKind = z.enum(overseasDisputeKinds);
export type OverseasDisputeKind = z.infer<typeof ZOverseasDisputeKind>;
export const overseasDisputeKindLabels: Record<OverseasDisputeKind, { zh: string; en: string }> = {
  patent: { zh: '专利', en: 'Patent' },
  trademark: { zh: '商标', en: 'Trademark' },
  copyright: { zh: '著作权', en: 'Copyright' },
  trade_secret: { zh: '商业秘密', en: 'Trade secret' },
  customs: { zh: '海关扣押/边境措施', en: 'Customs seizure' },
  unfair_competition: { zh: '不正当竞争', en: 'Unfair competition' },
  other: { zh: '其他', en: 'Other' },
};

// —— Workstations (海外知识产权保护工作站) ——
export const ZWorkstationBody = z.object({
  name: ZLineText.trim().min(2).max(100),
  address: ZLineText.trim().min(2).max(200),
  countries: ZCountries,
  industries: ZLabels,
  contactName: ZLineText.trim().min(1).max(50),
  contactPhone: ZLineText.trim().min(5).max(30),
  /** The organisation that runs it on the platform (its users handle requests assigned to it); optional. */
  orgId: z.number().int().positive().nullable().default(null),
  establishedOn: ZIsoDate,
});
export type WorkstationBody = z.infer<typeof ZWorkstationBody>;
export const ZWorkstation = z.object({
  id: z.number().int(),
  name: z.string(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  address: z.string(),
  countries: z.array(z.string()),
  industries: z.array(z.string()),
  contactName: z.string(),
  contactPhone: z.string(),
  orgId: z.number().int().nullable(),
  establishedOn: z.string(),
  isDemo: z.boolean(),
});
export type Workstation = z.infer<typeof ZWorkstation>;
export const ZWorkstationList = z.object({ items: z.array(ZWorkstation) });

// —— Expert pool (专家库) ——
export const ZExpertBody = z.object({
  name: ZLineText.trim().min(2).max(50),
  title: ZLineText.trim().max(100).default(''),
  employer: ZLineText.trim().max(100).default(''),
  /** IPC classes (H01M) or industries (新能源汽车). */
  fields: ZLabels.min(1),
  countries: ZCountries,
  languages: ZLabels,
  available: z.boolean().default(true),
  phone: ZLineText.trim().max(30).default(''),
  email: ZLineText.trim().max(100).default(''),
  /** The organisation under which the expert signs in (role 专家); null when the expert has no account. */
  orgId: z.number().int().positive().nullable().default(null),
  /** Parties the expert may not advise on (current or former clients, the other side's counsel …). */
  conflicts: ZLabels.default([]),
});
export type ExpertBody = z.infer<typeof ZExpertBody>;
/** Any of the entry's fields (the form sends them all); availability and conflicts as before. */
export const ZExpertUpdateBody = z.object({
  available: z.boolean().optional(),
  conflicts: ZLabels.optional(),
  name: ZLineText.trim().min(2).max(50).optional(),
  title: ZLineText.trim().max(100).optional(),
  employer: ZLineText.trim().max(100).optional(),
  fields: ZLabels.min(1).optional(),
  countries: ZCountries.optional(),
  languages: ZLabels.optional(),
  phone: ZLineText.trim().max(30).optional(),
  email: ZLineText.trim().max(100).optional(),
});
export type ExpertUpdateBody = z.infer<typeof ZExpertUpdateBody>;
/** The public view: no contact details, the name reduced to the surname. */
export const ZPublicExpert = z.object({
  id: z.number().int(),
  displayName: z.string(),
  title: z.string(),
  fields: z.array(z.string()),
  countries: z.array(z.string()),
  languages: z.array(z.string()),
  available: z.boolean(),
  isDemo: z.boolean(),
});
export type PublicExpert = z.infer<typeof ZPublicExpert>;
export const ZExpert = ZPublicExpert.extend({
  name: z.string(),
  employer: z.string(),
  phone: z.string(),
  email: z.string(),
  orgId: z.number().int().nullable(),
  conflicts: z.array(z.string()),
  regionCode: z.string(),
});
export type Expert = z.infer<typeof ZExpert>;
export const ZPublicExpertList = z.object({ items: z.array(ZPublicExpert) });
export const ZExpertList = z.object({ items: z.array(ZExpert) });

/** Candidates for a request: available experts covering its country, and those excluded with the reason. */
export const ZExpertCandidates = z.object({
  candidates: z.array(ZExpert.extend({ matches: z.array(z.string()) })),
  excluded: z.array(z.object({ id: z.number().int(), name: z.string(), reason: z.string() })),
});
export type ExpertCandidates = z.infer<typeof ZExpertCandidates>;

// —— Case library (案例库) ——
export const ZOverseasCaseBody = z.object({
  title: ZLineText.trim().min(2).max(200),
  country: ZCountryCode,
  kind: ZOverseasDisputeKind,
  industry: ZLineText.trim().min(1).max(60),
  year: z.number().int().min(1980).max(2100),
  summary: ZMultilineText.trim().min(2).max(5000),
  outcome: ZMultilineText.trim().min(2).max(2000),
  lessons: ZMultilineText.trim().min(2).max(5000),
});
export type OverseasCaseBody = z.infer<typeof ZOverseasCaseBody>;
export const ZOverseasCase = z.object({
  id: z.number().int(),
  title: z.string(),
  country: z.string(),
  kind: ZOverseasDisputeKind,
  industry: z.string(),
  year: z.number().int(),
  summary: z.string(),
  outcome: z.string(),
  lessons: z.string(),
  regionCode: z.string(),
  isDemo: z.boolean(),
});
export type OverseasCase = z.infer<typeof ZOverseasCase>;
export const ZOverseasCaseQuery = ZPageQuery.extend({
  /** Words that must all occur (title, summary, outcome, lessons, industry), matched as the registry's bigram search does. */
  q: ZLineText.trim().max(100).optional(),
  country: ZCountryCode.optional(),
  kind: ZOverseasDisputeKind.optional(),
  industry: ZLineText.trim().max(60).optional(),
});
export type OverseasCaseQuery = z.infer<typeof ZOverseasCaseQuery>;
export const ZOverseasCaseList = ZPaged(ZOverseasCase);

// —— Legal institutions (法律服务机构库) ——
export const legalInstitutionKinds = ['law_firm', 'agency', 'government'] as const;
export const ZLegalInstitutionKind = z.enum(legalInstitutionKinds);
export type LegalInstitutionKind = z.infer<typeof ZLegalInstitutionKind>;
export const legalInstitutionKindLabels: Record<LegalInstitutionKind, { zh: string; en: string }> = {
  law_firm: { zh: '律师事务所', en: 'Law firm' },
  agency: { zh: '知识产权代理机构', en: 'IP agency' },
  government: { zh: '政府及驻外机构联系点', en: 'Government contact' },
};
export const ZLegalInstitutionBody = z.object({
  country: ZCountryCode,
  kind: ZLegalInstitutionKind,
  name: ZLineText.trim().min(2).max(200),
  city: ZLineText.trim().max(100).default(''),
  services: ZMultilineText.trim().max(2000).default(''),
  contact: ZLineText.trim().max(200).default(''),
  website: ZLineText.trim().max(200).default(''),
});
export type LegalInstitutionBody = z.infer<typeof ZLegalInstitutionBody>;
export const ZLegalInstitution = z.object({
  id: z.number().int(),
  country: z.string(),
  kind: ZLegalInstitutionKind,
  name: z.string(),
  city: z.string(),
  services: z.string(),
  contact: z.string(),
  website: z.string(),
  isDemo: z.boolean(),
});
export type LegalInstitution = z.infer<typeof ZLegalInstitution>;
export const ZLegalInstitutionQuery = z.object({ country: ZCountryCode.optional(), kind: ZLegalInstitutionKind.optional() });
export const ZLegalInstitutionList = z.object({ items: z.array(ZLegalInstitution) });

// —— Assistance requests (海外纠纷求助) ——
export const assistanceStatuses = ['submitted', 'assigned', 'responded', 'closed', 'rated'] as const;
export const ZAssistanceStatus = z.enum(assistanceStatuses);
export type AssistanceStatus = z.infer<typeof ZAssistanceStatus>;
export const assistanceStatusLabels: Record<AssistanceStatus, { zh: string; en: string }> = {
  submitted: { zh: '待分派', en: 'Awaiting triage' },
  assigned: { zh: '已分派，待响应', en: 'Assigned, awaiting response' },
  responded: { zh: '已响应，办理中', en: 'Responded, in progress' },
  closed: { zh: '已办结，待评价', en: 'Closed, awaiting rating' },
  rated: { zh: '已评价', en: 'Rated' },
};
export const ZAssistanceRequestBody = z.object({
  country: ZCountryCode,
  kind: ZOverseasDisputeKind,
  industry: ZLineText.trim().min(1).max(60),
  /** The other side abroad (plaintiff, complainant, customs applicant …). */
  opponent: ZLineText.trim().max(200).default(''),
  description: ZMultilineText.trim().min(10).max(5000),
});
export type AssistanceRequestBody = z.infer<typeof ZAssistanceRequestBody>;
export const ZAssignRequestBody = z
  .object({
    expertId: z.number().int().positive().optional(),
    workstationId: z.number().int().positive().optional(),
    note: ZLineText.trim().max(500).optional(),
  })
  .refine((b) => (b.expertId === undefined) !== (b.workstationId === undefined), { message: '请指派一位专家或一个工作站（二选一）', path: ['expertId'] });
export type AssignRequestBody = z.infer<typeof ZAssignRequestBody>;
export const ZRespondRequestBody = z.object({ response: ZMultilineText.trim().min(2).max(5000) });
export const ZCloseRequestBody = z.object({ summary: ZMultilineText.trim().min(2).max(5000) });
export const ZRateRequestBody = z.object({ satisfaction: z.number().int().min(1).max(5), comment: ZLineText.trim().max(500).default('') });
export const ZAssistanceRequest = z.object({
  id: z.number().int(),
  status: ZAssistanceStatus,
  orgId: z.number().int(),
  orgName: z.string(),
  regionCode: z.string(),
  country: z.string(),
  kind: ZOverseasDisputeKind,
  industry: z.string(),
  opponent: z.string(),
  description: z.string(),
  submittedAt: z.string(),
  expertId: z.number().int().nullable(),
  expertName: z.string().nullable(),
  workstationId: z.number().int().nullable(),
  workstationName: z.string().nullable(),
  assignedAt: z.string().nullable(),
  /** The response clock's due date (working days from assignment; setting overseas.response_days). */
  responseDueOn: z.string().nullable(),
  respondedAt: z.string().nullable(),
  response: z.string().nullable(),
  /** Working days from assignment to the response (null until responded). */
  responseWorkingDays: z.number().int().nullable(),
  respondedInTime: z.boolean().nullable(),
  closedAt: z.string().nullable(),
  closingSummary: z.string().nullable(),
  satisfaction: z.number().int().nullable(),
  satisfactionComment: z.string().nullable(),
});
export type AssistanceRequest = z.infer<typeof ZAssistanceRequest>;
export const ZAssistanceRequestQuery = ZPageQuery.extend({ status: ZAssistanceStatus.optional() });
export type AssistanceRequestQuery = z.infer<typeof ZAssistanceRequestQuery>;
export const ZAssistanceRequestList = ZPaged(ZAssistanceRequest);

// —— Early warnings (预警) ——
export const ZOverseasWarningBody = z
  .object({
    title: ZLineText.trim().min(2).max(200),
    body: ZMultilineText.trim().min(2).max(5000),
    country: ZCountryCode.optional(),
    /** IPC prefix of the industry concerned (H01M, H01M10), matched against the registry's patents. */
    ipcPrefix: z
      .string()
      .trim()
      .transform((v) => v.toUpperCase().replace(/\s+/g, ''))
      .pipe(z.string().regex(/^[A-H](\d{2}([A-Z](\d{1,4}(\/\d{1,6})?)?)?)?$/, 'IPC 分类号格式有误（如 H01M 或 H01M10/05）'))
      .optional(),
    industry: ZLineText.trim().max(60).default(''),
  })
  .refine((b) => b.country !== undefined || b.ipcPrefix !== undefined, { message: '请至少指定国家/地区或 IPC 分类', path: ['country'] });
export type OverseasWarningBody = z.infer<typeof ZOverseasWarningBody>;
export const ZOverseasWarning = z.object({
  id: z.number().int(),
  title: z.string(),
  body: z.string(),
  country: z.string().nullable(),
  ipcPrefix: z.string().nullable(),
  industry: z.string(),
  regionCode: z.string(),
  publishedAt: z.string(),
  /** Enterprises of the region whose registry patents matched and were notified. */
  notifiedEnterprises: z.number().int(),
  isDemo: z.boolean(),
});
export type OverseasWarning = z.infer<typeof ZOverseasWarning>;
export const ZOverseasWarningList = z.object({ items: z.array(ZOverseasWarning) });

export const ZRegionScopedQuery = z.object({ region: ZRegionCode.optional() });

// —— Library upkeep (库维护): retiring and restoring entries ——
export const overseasLibraries = ['workstation', 'expert', 'case', 'institution'] as const;
export const ZOverseasLibrary = z.enum(overseasLibraries);
export type OverseasLibrary = z.infer<typeof ZOverseasLibrary>;
export const ZLibraryEntryParams = z.object({ library: ZOverseasLibrary, id: z.coerce.number().int().positive() });
/** Retire (停用: off the public libraries and off assignment) or restore an entry. */
export const ZRetireEntryBody = z.object({ retired: z.boolean() });
export const ZRetiredEntry = z.object({
  library: ZOverseasLibrary,
  entryId: z.number().int(),
  name: z.string(),
  regionCode: z.string(),
  retiredAt: z.string(),
});
export type RetiredEntry = z.infer<typeof ZRetiredEntry>;
export const ZRetiredEntryList = z.object({ items: z.array(ZRetiredEntry) });

// —— Export profile (出口情况), matched by early warnings ——
const ZIpcClass = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase().replace(/\s+/g, ''))
  .pipe(z.string().regex(/^[A-H](\d{2}([A-Z](\d{1,4}(\/\d{1,6})?)?)?)?$/, 'IPC 分类号格式有误（如 H01M 或 H01M10/05）'));
export const ZExportProfileBody = z.object({
  markets: ZCountries,
  products: ZMultilineText.trim().max(1000).default(''),
  ipcClasses: z.array(ZIpcClass).max(30).default([]),
});
export type ExportProfileBody = z.infer<typeof ZExportProfileBody>;
export const ZExportProfile = z.object({
  markets: z.array(z.string()),
  products: z.string(),
  ipcClasses: z.array(z.string()),
  /** Null while the enterprise has not declared one. */
  updatedAt: z.string().nullable(),
});
export type ExportProfile = z.infer<typeof ZExportProfile>;
