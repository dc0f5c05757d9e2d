import { z } from 'zod';
import { ZIsoDate, ZPageQuery, ZPaged, ZRegionCode } from './common.js';
import { ZLineText, ZMultilineText } from './text.js';

/**
 * Outreach services of the bureau (#16 §6): service outlets (知识产权信息公共服务网点) and the trademark acceptance
 * window's business log (商标受理窗口台账); trainings and events (入园惠企, 银企对接) with registration,
 * attendance and materials; enterprise needs collected on visits (三问两送), each assigned to a department with a
 * response clock, answered and rated by the enterprise.
 */

/** A date an outreach record can bear: between 2000 and 2100 (absurd dates are a 400 naming the field). */
export const ZOutreachDate = ZIsoDate.refine((s) => s >= '2000-01-01' && s <= '2100-12-31', '日期超出合理范围（2000-01-01 至 2100-12-31）');

export const outletLevels = ['national', 'provincial', 'city', 'county'] as const;
export const ZOutletLevel = z.enum(outletLevels);
export const outletLevelLabels: Record<(typeof outletLevels)[number], { zh: string; en: string }> = {
  national: { zh: '国家级', en: 'National' },
  provincial: { zh: '省级', en: 'Provincial' },
  city: { zh: '市级', en: 'City' },
  county: { zh: '县级', en: 'County' },
};
export const outletServices = ['patent_info', 'search', 'trademark_window', 'pledge', 'consultation', 'training'] as const;
export const ZOutletService = z.enum(outletServices);
export const outletServiceLabels: Record<(typeof outletServices)[number], { zh: string; en: string }> = {
  patent_info: { zh: '专利信息服务', en: 'Patent information' },
  search: { zh: '检索分析', en: 'Search and analysis' },
  trademark_window: { zh: '商标受理窗口', en: 'Trademark acceptance window' },
  pledge: { zh: '质押登记咨询', en: 'Pledge registration advice' },
  consultation: { zh: '政策咨询', en: 'Policy consultation' },
  training: { zh: '培训', en: 'Training' },
};

export const ZOutletBody = z.object({
  name: ZLineText.trim().min(2).max(100),
  level: ZOutletLevel,
  services: z.array(ZOutletService).min(1, '至少选择一项服务').max(outletServices.length),
  regionCode: ZRegionCode,
  address: ZLineText.trim().min(2).max(200),
  contactName: ZLineText.trim().min(2).max(50),
  contactPhone: ZLineText.trim().regex(/^[0-9+\-() ]{7,20}$/, '请填写正确的联系电话'),
  hours: ZLineText.trim().max(100).default(''),
});
export type OutletBody = z.infer<typeof ZOutletBody>;
export const ZOutlet = ZOutletBody.extend({ id: z.number().int(), isDemo: z.boolean(), createdAt: z.string() });
export type Outlet = z.infer<typeof ZOutlet>;
export const ZOutletList = z.object({ items: z.array(ZOutlet) });

export const windowBusinessKinds = ['application', 'change', 'transfer', 'renewal', 'pledge', 'consultation'] as const;
export const ZWindowBusinessKind = z.enum(windowBusinessKinds);
export const windowBusinessLabels: Record<(typeof windowBusinessKinds)[number], { zh: string; en: string }> = {
  application: { zh: '注册申请', en: 'Application' },
  change: { zh: '变更', en: 'Change' },
  transfer: { zh: '转让', en: 'Transfer' },
  renewal: { zh: '续展', en: 'Renewal' },
  pledge: { zh: '质权登记', en: 'Pledge registration' },
  consultation: { zh: '咨询', en: 'Consultation' },
};
export const ZWindowLogBody = z.object({
  onDate: ZOutreachDate,
  kind: ZWindowBusinessKind,
  applicant: ZLineText.trim().max(100).default(''),
  count: z.number().int().min(1).max(1000).default(1),
  note: ZMultilineText.trim().max(500).default(''),
});
export const ZWindowLogEntry = ZWindowLogBody.extend({ id: z.number().int(), outletId: z.number().int(), createdAt: z.string() });
export const ZWindowLog = z.object({ items: z.array(ZWindowLogEntry), totals: z.record(z.string(), z.number().int()) });

// —— Trainings and events ——
export const trainingKinds = ['training', 'pledge_training', 'park_visit', 'bank_matchmaking'] as const;
export const ZTrainingKind = z.enum(trainingKinds);
export const trainingKindLabels: Record<(typeof trainingKinds)[number], { zh: string; en: string }> = {
  training: { zh: '知识产权培训', en: 'IP training' },
  pledge_training: { zh: '质押融资培训', en: 'Pledge financing training' },
  park_visit: { zh: '入园惠企', en: 'Park visit for enterprises' },
  bank_matchmaking: { zh: '银企对接', en: 'Bank–enterprise matchmaking' },
};
export const trainingStatuses = ['scheduled', 'held', 'cancelled'] as const;
export const ZTrainingStatus = z.enum(trainingStatuses);
export type TrainingStatus = z.infer<typeof ZTrainingStatus>;

export const ZTrainingBody = z.object({
  title: ZLineText.trim().min(2).max(100),
  kind: ZTrainingKind,
  regionCode: ZRegionCode,
  heldOn: ZOutreachDate,
  place: ZLineText.trim().min(2).max(200),
  organiser: ZLineText.trim().min(2).max(100),
  capacity: z.number().int().min(1).max(10000),
  description: ZMultilineText.trim().max(2000).default(''),
});
export type TrainingBody = z.infer<typeof ZTrainingBody>;
export const ZTraining = ZTrainingBody.extend({
  id: z.number().int(),
  status: ZTrainingStatus,
  registered: z.number().int(),
  attended: z.number().int(),
  /** Whether the caller's enterprise has registered (false for other callers). */
  mine: z.boolean(),
  isDemo: z.boolean(),
  createdAt: z.string(),
});
export type Training = z.infer<typeof ZTraining>;
export const ZTrainingQuery = ZPageQuery.extend({ kind: ZTrainingKind.optional(), year: z.coerce.number().int().min(2000).max(2100).optional() });
export const ZTrainingList = ZPaged(ZTraining);
export const ZTrainingCloseBody = z.object({ action: z.enum(['held', 'cancelled']), note: ZMultilineText.trim().max(500).default('') });

export const ZRegistrationBody = z.object({
  contactName: ZLineText.trim().min(2).max(50),
  contactPhone: ZLineText.trim().regex(/^[0-9+\-() ]{7,20}$/, '请填写正确的联系电话'),
  attendees: z.number().int().min(1).max(50),
});
export const ZRegistration = ZRegistrationBody.extend({
  id: z.number().int(),
  trainingId: z.number().int(),
  trainingTitle: z.string(),
  heldOn: z.string(),
  orgId: z.number().int(),
  orgName: z.string(),
  attended: z.boolean().nullable(),
  registeredAt: z.string(),
});
export type Registration = z.infer<typeof ZRegistration>;
export const ZRegistrationList = z.object({ items: z.array(ZRegistration) });
export const ZAttendanceBody = z.object({ attended: z.boolean() });

// —— Enterprise needs (三问两送) ——
export const needTopics = ['ip_protection', 'financing', 'policy', 'talent', 'services', 'other'] as const;
export const ZNeedTopic = z.enum(needTopics);
export const needTopicLabels: Record<(typeof needTopics)[number], { zh: string; en: string }> = {
  ip_protection: { zh: '知识产权保护', en: 'IP protection' },
  financing: { zh: '融资', en: 'Financing' },
  policy: { zh: '政策兑现', en: 'Policy benefits' },
  talent: { zh: '人才', en: 'Talent' },
  services: { zh: '服务需求', en: 'Services' },
  other: { zh: '其他', en: 'Other' },
};
export const needStatuses = ['open', 'answered', 'rated'] as const;
export const ZNeedStatus = z.enum(needStatuses);
export type NeedStatus = z.infer<typeof ZNeedStatus>;

export const ZVisitBody = z.object({
  orgId: z.number().int().positive(),
  visitedOn: ZOutreachDate,
  visitors: ZLineText.trim().min(2).max(200),
  summary: ZMultilineText.trim().min(2).max(2000),
  needs: z
    .array(
      z.object({
        topic: ZNeedTopic,
        description: ZMultilineText.trim().min(2).max(2000),
        /** The department that answers it (承办部门). */
        department: ZLineText.trim().min(2).max(100),
      }),
    )
    .max(20),
});
export type VisitBody = z.infer<typeof ZVisitBody>;
export const ZNeed = z.object({
  id: z.number().int(),
  visitId: z.number().int(),
  visitedOn: z.string(),
  orgId: z.number().int(),
  orgName: z.string(),
  regionCode: z.string(),
  topic: ZNeedTopic,
  description: z.string(),
  department: z.string(),
  status: ZNeedStatus,
  dueOn: z.string(),
  answer: z.string().nullable(),
  answeredOn: z.string().nullable(),
  /** Answered within the response clock (null while open). */
  inTime: z.boolean().nullable(),
  satisfaction: z.number().int().nullable(),
  satisfactionComment: z.string().nullable(),
  isDemo: z.boolean(),
});
export type Need = z.infer<typeof ZNeed>;
export const ZVisit = z.object({ id: z.number().int(), orgId: z.number().int(), visitedOn: z.string(), needs: z.array(ZNeed) });
export const ZNeedQuery = ZPageQuery.extend({ status: ZNeedStatus.optional(), region: ZRegionCode.optional() });
export const ZNeedList = ZPaged(ZNeed);
export const ZNeedAnswerBody = z.object({ answer: ZMultilineText.trim().min(2).max(2000) });
export const ZNeedRateBody = z.object({ satisfaction: z.number().int().min(1).max(5), comment: ZMultilineText.trim().max(500).default('') });
