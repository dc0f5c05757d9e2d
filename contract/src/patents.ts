import { z } from 'zod';
import { ZHighValueAssessment } from './high-value.js';

export const patentKinds = ['invention', 'utility', 'design'] as const;
export const ZPatentKind = z.enum(patentKinds);
export const patentKindLabels: Record<(typeof patentKinds)[number], { zh: string; en: string }> = {
  invention: { zh: '发明', en: 'Invention' },
  utility: { zh: '实用新型', en: 'Utility model' },
  design: { zh: '外观设计', en: 'Design' },
};
export const ZLegalState = z.enum(['effective', 'lapsed', 'pending', 'unknown']);
export const legalStateLabels = {
  effective: { zh: '有效', en: 'In force' },
  lapsed: { zh: '失效', en: 'Lapsed' },
  pending: { zh: '审中', en: 'Pending' },
  unknown: { zh: '未知', en: 'Unknown' },
} as const;
/**
 * Why a granted patent's state is unknown: the source gave no filing date, so its term end cannot be
 * computed. It is never taken as "never expires", and date-based counts leave it out.
 */
export const unknownLegalStateReason = {
  zh: '申请日不详，无法确定保护期限；不计入有效专利统计',
  en: 'Filing date unknown, so the end of its term cannot be determined; not counted as in force',
} as const;

/** Labels of the legal-status events on a patent's timeline. */
export const patentEventLabels: Record<string, string> = {
  filing: '申请',
  publication: '公开',
  examination: '实质审查',
  grant: '授权',
  transfer: '权利转移',
  licence: '普通许可备案',
  licence_exclusive: '独占许可备案',
  licence_sole: '排他许可备案',
  licence_change: '许可合同备案变更',
  licence_end: '许可合同终止',
  pledge: '质押登记',
  pledge_change: '质押变更',
  pledge_release: '质押注销',
  open_licence: '开放许可声明',
  open_licence_withdrawn: '开放许可撤回',
  preservation: '财产保全',
  preservation_release: '解除保全',
  invalidation_partial: '部分无效',
  invalidation: '全部无效',
  lapse: '专利权终止',
  surrender: '放弃专利权',
  rejected: '驳回',
  withdrawn: '撤回',
  restoration: '权利恢复',
  term_compensation: '专利权期限补偿',
};

export const ZPatentEvent = z.object({
  id: z.number().int(),
  date: z.string(),
  kind: z.string(),
  label: z.string(),
  summary: z.string(),
  details: z.unknown().nullable(),
  source: z.string(),
});

export const ZPatentDetail = z.object({
  id: z.number().int(),
  appNo: z.string(),
  pubNo: z.string().nullable(),
  grantNo: z.string().nullable(),
  kind: ZPatentKind,
  title: z.string(),
  abstract: z.string().nullable(),
  firstClaim: z.string().nullable(),
  appDate: z.string().nullable(),
  pubDate: z.string().nullable(),
  grantDate: z.string().nullable(),
  priorityDate: z.string().nullable(),
  applicants: z.array(z.string()),
  holders: z.array(z.object({ name: z.string(), orgId: z.number().int().nullable() })),
  inventors: z.array(z.string()),
  address: z.string().nullable(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  mainIpc: z.string().nullable(),
  ipc: z.array(z.object({ code: z.string(), title: z.string().nullable() })),
  agency: z.string().nullable(),
  agents: z.array(z.string()),
  family: z.array(z.object({ country: z.string(), number: z.string(), granted: z.boolean() })),
  sourceStatus: z.string().nullable(),
  legalState: ZLegalState,
  expiresOn: z.string().nullable(),
  terminatedOn: z.string().nullable(),
  events: z.array(ZPatentEvent),
  /**
   * The pledges in force today (质押, from the pledge register the history keeps): the legal status shows 质押 while
   * any stands; each with the registering authority's number and date.
   */
  pledges: z.array(
    z.object({
      registrationNo: z.string().nullable(),
      registeredOn: z.string(),
      pledgor: z.string().nullable(),
      pledgee: z.string(),
      amount: z.number(),
      currency: z.string(),
    }),
  ),
  highValue: ZHighValueAssessment,
  isDemo: z.boolean(),
});
export type PatentDetail = z.infer<typeof ZPatentDetail>;
