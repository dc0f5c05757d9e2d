import { z } from 'zod';
import { ZMessageCode } from './messages.js';

/**
 * Subsidy policy as data (政策规则): the typed rule format the platform's policy engine
 * (`server/src/platform/policy.ts`) evaluates. One rule = a base, optional bonuses that raise the share,
 * conditions the applicant must meet, and caps applied in order. Interest subsidies (贴息, #13) and the
 * services' awards (奖补, #16) use the same format; the format is documented in ARCHITECTURE.md
 * ("Policies as data").
 */

/** Yes/no facts of an application a condition or a bonus can test, with their labels. */
export const policyFlagFacts = [
  'sme',
  'smallMicro',
  'firstPledge',
  'independentLegalPerson',
  'pledgorIsHolder',
  'creditListed',
  'insured',
  'guaranteed',
] as const;
export const ZPolicyFlagFact = z.enum(policyFlagFacts);
export type PolicyFlagFact = z.infer<typeof ZPolicyFlagFact>;

/** Numeric facts (amounts in yuan, rates in percent a year, months). */
export const policyNumberFacts = ['principal', 'ratePct', 'interestPaid', 'months', 'revenue', 'cost'] as const;
export const ZPolicyNumberFact = z.enum(policyNumberFacts);
export type PolicyNumberFact = z.infer<typeof ZPolicyNumberFact>;

export const policyFactLabels: Record<PolicyFlagFact | PolicyNumberFact, { zh: string; en: string }> = {
  sme: { zh: '中小企业', en: 'small or medium-sized enterprise' },
  smallMicro: { zh: '小微企业', en: 'small or micro enterprise' },
  firstPledge: { zh: '至少一件专利首次质押', en: 'at least one patent pledged for the first time' },
  independentLegalPerson: { zh: '独立法人', en: 'independent legal person' },
  pledgorIsHolder: { zh: '以专利权人身份出质', en: 'pledging as the registered holder' },
  creditListed: { zh: '被列入知识产权信用管理名单', en: 'on the IP credit list' },
  insured: { zh: '贷款有保险保障', en: 'loan covered by insurance' },
  guaranteed: { zh: '贷款有政策性担保', en: 'loan covered by a policy guarantee' },
  principal: { zh: '贷款本金（元）', en: 'loan principal (yuan)' },
  ratePct: { zh: '贷款年利率（%）', en: 'annual loan rate (%)' },
  interestPaid: { zh: '实际支付利息（元）', en: 'interest actually paid (yuan)' },
  months: { zh: '计息月数', en: 'months of interest' },
  revenue: { zh: '上年营业收入（元）', en: "last year's revenue (yuan)" },
  cost: { zh: '认定费用（元）', en: 'eligible cost (yuan)' },
};

/**
 * Which month's 1-year LPR a rule reads: December of the year the interest was repaid (Fujian), the month
 * before the loan contract was signed (Qingdao), or the month the contract was signed.
 */
export const lprMonthRules = ['december_of_repayment_year', 'month_before_contract', 'contract_month'] as const;
export const ZLprMonthRule = z.enum(lprMonthRules);
export type LprMonthRule = z.infer<typeof ZLprMonthRule>;

/** The rate a principal-based base multiplies: the LPR, the loan's own rate, or the lower of the two. */
export const ZPolicyRate = z.discriminatedUnion('source', [
  z.object({ source: z.literal('lpr'), lprMonth: ZLprMonthRule }),
  z.object({ source: z.literal('actual') }),
  z.object({ source: z.literal('lower_of_lpr_and_actual'), lprMonth: ZLprMonthRule }),
]);
export type PolicyRate = z.infer<typeof ZPolicyRate>;

const ZPct = z.number().min(0).max(100);
const ZYuan = z.number().min(0).max(1e12);

/**
 * The base (计算基数): `principal_rate` = principal × rate × share × months ÷ 12 (months capped by `maxMonths`);
 * `fact_share` = a numeric fact (interest actually paid, an eligible cost) × share; `fixed` = an amount (an award).
 */
export const ZPolicyBase = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('principal_rate'), rate: ZPolicyRate, sharePct: ZPct, maxMonths: z.number().int().positive().max(600).optional() }),
  z.object({ kind: z.literal('fact_share'), fact: ZPolicyNumberFact, sharePct: ZPct }),
  z.object({ kind: z.literal('fixed'), amount: ZYuan }),
]);
export type PolicyBase = z.infer<typeof ZPolicyBase>;

/**
 * A condition (申报条件): a flag fact that must be yes/no; a numeric fact with a bound; or the loan's rate at most
 * the LPR of a month × factor (Zhongguancun: rate ≤ LPR × 1.4).
 */
export const ZPolicyCondition = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('flag'), fact: ZPolicyFlagFact, equals: z.boolean() }),
  z.object({ kind: z.literal('at_most'), fact: ZPolicyNumberFact, value: z.number() }),
  z.object({ kind: z.literal('at_least'), fact: ZPolicyNumberFact, value: z.number() }),
  z.object({ kind: z.literal('rate_vs_lpr'), lprMonth: ZLprMonthRule, maxFactor: z.number().positive().max(10) }),
]);
export type PolicyCondition = z.infer<typeof ZPolicyCondition>;

/** A bonus (上浮): when every `allOf` flag and at least one `anyOf` flag hold, the base's share becomes `sharePct`. */
export const ZPolicyBonus = z.object({
  anyOf: z.array(ZPolicyFlagFact).min(1),
  allOf: z.array(ZPolicyFlagFact).default([]),
  sharePct: ZPct,
});
export type PolicyBonus = z.infer<typeof ZPolicyBonus>;

/**
 * What a cap (上限) counts against: this application alone; everything granted on the same loan; the same
 * enterprise in the same subsidy year; the enterprise in total; the enterprise in the same subsidy period (申报批次).
 */
export const policyCapScopes = ['application', 'loan', 'enterprise_year', 'enterprise_total', 'period'] as const;
export const ZPolicyCapScope = z.enum(policyCapScopes);
export type PolicyCapScope = z.infer<typeof ZPolicyCapScope>;
export const ZPolicyCap = z.object({ scope: ZPolicyCapScope, amount: ZYuan });
export type PolicyCap = z.infer<typeof ZPolicyCap>;

/** One policy's rule. */
export const ZPolicyRule = z.object({
  version: z.literal(1),
  base: ZPolicyBase,
  bonuses: z.array(ZPolicyBonus).default([]),
  conditions: z.array(ZPolicyCondition).default([]),
  caps: z.array(ZPolicyCap).default([]),
});
export type PolicyRule = z.infer<typeof ZPolicyRule>;
export type PolicyRuleInput = z.input<typeof ZPolicyRule>;

/** One line of an evaluation: a coded message (rendered in zh or en) and, for amount lines, the amount. */
export const ZPolicyLine = z.object({
  code: ZMessageCode,
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  amount: z.number().nullable(),
});
export type PolicyLine = z.infer<typeof ZPolicyLine>;

/**
 * The outcome: `granted` with the amount; `ineligible` (a condition failed: amount 0); `incomplete` (a figure the
 * rule needs, such as the LPR of a month, is not on record: amount null).
 */
export const ZPolicyOutcome = z.enum(['granted', 'ineligible', 'incomplete']);
export const ZPolicyEvaluation = z.object({ outcome: ZPolicyOutcome, amount: z.number().nullable(), lines: z.array(ZPolicyLine) });
export type PolicyEvaluation = z.infer<typeof ZPolicyEvaluation>;
