import { z } from 'zod';
import { ZLineText, ZMultilineText } from './text.js';
import { ZRegionCode } from './common.js';
import { ZDecisionDate } from './credit.js';

/**
 * Agency supervision by random inspection (双随机一公开): directories of patent and trademark agencies and of
 * inspectors, an annual plan (the share to draw, the checklist), a reproducible draw from a recorded seed, recusal
 * of an inspector with a conflict of interest by a fresh recorded draw, and results published within 20 working
 * days in a public list.
 */

export const agencyKinds = ['patent', 'trademark'] as const;
export const ZAgencyKind = z.enum(agencyKinds);

export const ZAgencyBody = z.object({
  kind: ZAgencyKind,
  name: ZLineText.trim().min(2, '请填写机构名称').max(100),
  regionCode: ZRegionCode,
  /** The filing (备案) with the administration: its number and date; it is valid for 3 years (a setting). */
  filingNo: ZLineText.trim().min(2, '请填写备案号').max(50),
  filedOn: ZDecisionDate,
  agents: z.array(ZLineText.trim().min(2).max(50)).max(200).default([]),
});
export const ZAgency = z.object({
  id: z.number().int(),
  kind: ZAgencyKind,
  name: z.string(),
  regionCode: z.string(),
  filingNo: z.string(),
  filedOn: z.string(),
  filingValidUntil: z.string(),
  /** valid: the filing runs today; expired otherwise. */
  filingStatus: z.enum(['valid', 'expired']),
  agents: z.array(z.string()),
  isDemo: z.boolean(),
});
export type Agency = z.infer<typeof ZAgency>;
export const ZAgencyList = z.object({ items: z.array(ZAgency) });

export const ZInspectorBody = z.object({
  name: ZLineText.trim().min(2, '请填写检查人员姓名').max(50),
  unit: ZLineText.trim().min(2, '请填写所在单位').max(100),
  regionCode: ZRegionCode,
});
export const ZInspector = z.object({ id: z.number().int(), name: z.string(), unit: z.string(), regionCode: z.string(), isDemo: z.boolean() });
export type Inspector = z.infer<typeof ZInspector>;
export const ZInspectorList = z.object({ items: z.array(ZInspector) });

export const ZInspectionPlanBody = z.object({
  regionCode: ZRegionCode,
  year: z.number().int().min(2000).max(2100),
  title: ZLineText.trim().min(2, '请填写计划名称').max(100),
  /** Percentage of the directory's agencies to draw (抽查比例). */
  sharePercent: z.number().int().min(1).max(100),
  inspectorsPerObject: z.number().int().min(2, '每个检查对象至少需要2名检查人员').max(10),
  checklist: z.array(ZLineText.trim().min(2).max(200)).min(1, '请至少填写一项检查事项').max(50),
});
export const ZDrawBody = z.object({
  /** The seed (随机种子), recorded with the draw; anyone re-running the draw with it gets the same result. */
  seed: ZLineText.trim().min(4, '随机种子至少4个字符').max(100),
});
export const ZVerifyQuery = z.object({ seed: ZLineText.trim().min(1).max(100) });
export const ZRecusalBody = z.object({
  inspectorId: z.number().int().positive(),
  reason: ZMultilineText.trim().min(2, '请写明回避理由').max(1000),
});
export const ZFinding = z.object({
  item: ZLineText.trim().min(2).max(200),
  compliant: z.boolean(),
  note: ZMultilineText.trim().max(1000).optional(),
});
export const ZInspectionResultBody = z.object({
  findings: z.array(ZFinding).min(1).max(50),
  /** Measures taken (责令整改、约谈、移交…); empty when nothing was found. */
  measures: ZMultilineText.trim().max(2000).default(''),
});

export const ZInspectionAssignment = z.object({
  inspectorId: z.number().int(),
  inspectorName: z.string(),
  /** The seed of the draw that chose this inspector (the plan's, or a recusal redraw's). */
  seed: z.string(),
  recused: z.boolean(),
  recusalReason: z.string().nullable(),
});
export const ZInspectionObject = z.object({
  id: z.number().int(),
  planId: z.number().int(),
  agencyId: z.number().int(),
  agencyName: z.string(),
  agencyKind: ZAgencyKind,
  position: z.number().int(),
  inspectors: z.array(ZInspectionAssignment),
  status: z.enum(['drawn', 'concluded', 'published']),
  findings: z.array(z.object({ item: z.string(), compliant: z.boolean(), note: z.string().nullable() })),
  measures: z.string().nullable(),
  concludedOn: z.string().nullable(),
  /** The publication clock: 20 working days (a setting) from the conclusion. */
  publishDueOn: z.string().nullable(),
  publishedOn: z.string().nullable(),
  overdue: z.boolean(),
});
export type InspectionObject = z.infer<typeof ZInspectionObject>;
export const ZInspectionPlan = z.object({
  id: z.number().int(),
  regionCode: z.string(),
  year: z.number().int(),
  title: z.string(),
  sharePercent: z.number().int(),
  inspectorsPerObject: z.number().int(),
  checklist: z.array(z.string()),
  seed: z.string().nullable(),
  drawnAt: z.string().nullable(),
  poolAgencies: z.number().int(),
  poolInspectors: z.number().int(),
  objects: z.array(ZInspectionObject),
  isDemo: z.boolean(),
});
export type InspectionPlan = z.infer<typeof ZInspectionPlan>;
export const ZInspectionPlanList = z.object({ items: z.array(ZInspectionPlan) });
export const ZDrawVerification = z.object({
  planId: z.number().int(),
  seed: z.string(),
  recordedSeed: z.string().nullable(),
  /** The re-run gives exactly the recorded objects and inspectors. */
  matches: z.boolean(),
  objects: z.array(z.object({ agencyId: z.number().int(), inspectorIds: z.array(z.number().int()) })),
});
export const ZPublicInspectionResult = z.object({
  objectId: z.number().int(),
  planTitle: z.string(),
  year: z.number().int(),
  agencyName: z.string(),
  agencyKind: ZAgencyKind,
  inspectors: z.array(z.string()),
  findings: z.array(z.object({ item: z.string(), compliant: z.boolean(), note: z.string().nullable() })),
  measures: z.string().nullable(),
  concludedOn: z.string(),
  publishedOn: z.string(),
  publishedInTime: z.boolean(),
  seed: z.string(),
});
export const ZPublicInspectionResultList = z.object({ items: z.array(ZPublicInspectionResult) });
