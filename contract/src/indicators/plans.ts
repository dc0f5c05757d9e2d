import { z } from 'zod';
import { ZIsoDate, ZRegionCode } from '../common.js';
import { ZIndicatorKey } from './catalogue.js';
import { ZLineText, ZMultilineText } from '../text.js';

/** Red/amber/green status of a target (红黄绿灯). */
export const ZRag = z.enum(['green', 'amber', 'red', 'unknown']);
export type Rag = z.infer<typeof ZRag>;
export const ragLabels: Record<Rag, string> = { green: '正常推进', amber: '需关注', red: '滞后', unknown: '暂无数据' };

export const ZTargetMeasure = z.enum(['value', 'yoy']);

export const ZPlanTargetInput = z.object({
  indicatorKey: ZIndicatorKey,
  measure: ZTargetMeasure.default('value'),
  targetValue: z.number().finite(),
  qualifier: z.enum(['min', 'approx']).nullable().optional(),
  note: ZMultilineText.trim().max(200).nullable().optional(),
  deadline: ZIsoDate,
  baselineValue: z.number().finite().nullable().optional(),
  baselinePeriod: ZLineText.trim().max(20).nullable().optional(),
});
export const ZPlanTaskInput = z.object({
  /** The existing task being edited (keeps its done and notified marks); absent for a new task. */
  id: z.number().int().positive().optional(),
  title: ZLineText.trim().min(1, '请填写工作任务').max(300),
  department: ZLineText.trim().min(1, '请填写责任单位').max(100),
  responsibleOrgId: z.number().int().positive().nullable().optional(),
  dueDate: ZIsoDate,
});
export const ZSavePlanBody = z.object({
  name: ZLineText.trim().min(1, '请填写方案名称').max(200),
  regionCode: ZRegionCode,
  startYear: z.number().int().min(2000).max(2100),
  endYear: z.number().int().min(2000).max(2100),
  source: ZLineText.trim().max(300).nullable().optional(),
  targets: z.array(ZPlanTargetInput).max(200),
  tasks: z.array(ZPlanTaskInput).max(500),
});
export type SavePlanBody = z.infer<typeof ZSavePlanBody>;

export const ZPlanTarget = z.object({
  id: z.number().int(),
  indicatorKey: z.string(),
  indicatorName: z.string(),
  unit: z.string(),
  measure: ZTargetMeasure,
  targetValue: z.number(),
  qualifier: z.string().nullable(),
  note: z.string().nullable(),
  deadline: z.string(),
  baselineValue: z.number().nullable(),
  baselinePeriod: z.string().nullable(),
  /** True when the baseline was entered with the plan (else it is the actual value of the year before the start). */
  baselineEntered: z.boolean(),
  currentValue: z.number().nullable(),
  currentPeriod: z.string().nullable(),
  progressPct: z.number().nullable(),
  projectedValue: z.number().nullable(),
  /** How the projection was made (stated on screen). */
  projectionMethod: z.string(),
  status: ZRag,
});
export const ZPlanTask = z.object({
  id: z.number().int(),
  title: z.string(),
  department: z.string(),
  responsibleOrgId: z.number().int().nullable(),
  dueDate: z.string(),
  doneAt: z.string().nullable(),
  overdue: z.boolean(),
  notifiedAt: z.string().nullable(),
});
export const ZPlan = z.object({
  id: z.number().int(),
  name: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  startYear: z.number().int(),
  endYear: z.number().int(),
  source: z.string().nullable(),
  isDemo: z.boolean(),
  targets: z.array(ZPlanTarget),
  tasks: z.array(ZPlanTask),
});
export type Plan = z.infer<typeof ZPlan>;
export const ZPlanList = z.object({
  items: z.array(
    z.object({
      id: z.number().int(),
      name: z.string(),
      regionCode: z.string(),
      regionName: z.string(),
      startYear: z.number().int(),
      endYear: z.number().int(),
      isDemo: z.boolean(),
    }),
  ),
});
export const ZPlanQuery = z.object({ regionCode: ZRegionCode.optional() });
export const ZPlanTaskParams = z.object({ id: z.coerce.number().int().positive(), taskId: z.coerce.number().int().positive() });
export const ZNotifyOverdueResult = z.object({ tasks: z.number().int(), notified: z.number().int() });
