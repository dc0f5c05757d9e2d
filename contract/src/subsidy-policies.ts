import { z } from 'zod';
import { ZPolicyEvaluation, ZPolicyRule } from './policy.js';
import { ZPolicyKey, ZSubsidyPolicy, ZSubsidyPreviewBody } from './subsidies.js';
import { ZLineText, ZMultilineText } from './text.js';

/**
 * Subsidy policies as data staff maintain (subsidy review permission, city level): each save is a new version of
 * the policy's key; an application keeps the rule it was computed under. The rule is validated by `ZPolicyRule`
 * (a 400 names the field, e.g. `rule.caps.0.amount`).
 */
export const ZSubsidyPolicyBody = z.object({
  name: ZLineText.trim().min(2).max(100),
  nameEn: ZLineText.trim().min(2).max(200),
  scope: ZLineText.trim().min(2).max(100),
  scopeEn: ZLineText.trim().min(2).max(200),
  summary: ZMultilineText.trim().min(2).max(2000),
  summaryEn: ZMultilineText.trim().min(2).max(4000),
  rule: ZPolicyRule,
  /** Why this version (改版说明). */
  note: ZLineText.trim().min(2).max(500),
});
export type SubsidyPolicyBody = z.infer<typeof ZSubsidyPolicyBody>;

/** A new policy: its key (lower-case letters, digits, underscores) and its first version. */
export const ZSubsidyPolicyCreateBody = ZSubsidyPolicyBody.extend({
  key: z
    .string()
    .regex(/^[a-z][a-z0-9_]{1,39}$/)
    .describe('policy key: a-z, 0-9, _'),
});
export type SubsidyPolicyCreateBody = z.infer<typeof ZSubsidyPolicyCreateBody>;

export const ZPolicyKeyParams = z.object({ key: ZPolicyKey });

/** One version of a policy (version 0 is the template the platform ships). */
export const ZSubsidyPolicyVersion = ZSubsidyPolicy.extend({
  versionNo: z.number().int(),
  note: z.string().nullable(),
  createdAt: z.string().nullable(),
  createdBy: z.string().nullable(),
});
export type SubsidyPolicyVersion = z.infer<typeof ZSubsidyPolicyVersion>;
export const ZSubsidyPolicyVersionList = z.object({ items: z.array(ZSubsidyPolicyVersion) });

/** 试算: a draft rule computed for a sample loan, nothing saved (the caps count nothing already granted). */
export const ZPolicyTrialBody = z.object({ rule: ZPolicyRule, sample: ZSubsidyPreviewBody });
export const ZPolicyTrial = z.object({ evaluation: ZPolicyEvaluation });
export type PolicyTrial = z.infer<typeof ZPolicyTrial>;
export type SubsidyPolicyVersionList = z.infer<typeof ZSubsidyPolicyVersionList>;
