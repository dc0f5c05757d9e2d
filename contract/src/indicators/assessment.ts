import { z } from 'zod';
import { ZRegionCode } from '../common.js';
import { ZIndicatorKey } from './catalogue.js';
import { ZLineText } from '../text.js';

/**
 * Town/street assessment (镇街考核) scoring rules: the ratio of the value to its target, capped at
 * 100%; or the rank among the peer towns, scored linearly from full marks (first) to 0 (last).
 */
export const scoringRules = ['ratio_to_target', 'rank'] as const;
export const ZScoringRule = z.enum(scoringRules);
export type ScoringRule = z.infer<typeof ZScoringRule>;
export const scoringRuleLabels: Record<ScoringRule, string> = { ratio_to_target: '完成目标比例（封顶100%）', rank: '同级排名' };

export const ZAssessmentItemInput = z
  .object({
    indicatorKey: ZIndicatorKey,
    weight: z.number().positive('权重应大于0').max(1000),
    rule: ZScoringRule,
    targetValue: z.number().positive('目标值应大于0').nullable().optional(),
  })
  .refine((i) => i.rule !== 'ratio_to_target' || (i.targetValue ?? null) !== null, { message: '按目标比例计分须填写目标值', path: ['targetValue'] });
export const ZSaveSchemeBody = z.object({
  name: ZLineText.trim().min(1, '请填写考核方案名称').max(200),
  regionCode: ZRegionCode,
  year: z.number().int().min(2000).max(2100),
  items: z.array(ZAssessmentItemInput).min(1, '至少一个考核指标').max(50),
});
export type SaveSchemeBody = z.infer<typeof ZSaveSchemeBody>;

export const ZAssessmentItem = z.object({
  id: z.number().int(),
  indicatorKey: z.string(),
  indicatorName: z.string(),
  unit: z.string(),
  weight: z.number(),
  rule: ZScoringRule,
  targetValue: z.number().nullable(),
});
export const ZAssessmentScheme = z.object({
  id: z.number().int(),
  name: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  year: z.number().int(),
  isDemo: z.boolean(),
  items: z.array(ZAssessmentItem),
});
export const ZSchemeList = z.object({ items: z.array(ZAssessmentScheme) });
export const ZSchemeQuery = z.object({ regionCode: ZRegionCode.optional() });

export const ZAssessmentScores = z.object({
  scheme: ZAssessmentScheme,
  period: z.string(),
  totalWeight: z.number(),
  rows: z.array(
    z.object({
      regionCode: z.string(),
      regionName: z.string(),
      total: z.number(),
      rank: z.number().int(),
      items: z.array(z.object({ indicatorKey: z.string(), value: z.number().nullable(), score: z.number(), detail: z.string() })),
    }),
  ),
});
export type AssessmentScores = z.infer<typeof ZAssessmentScores>;
