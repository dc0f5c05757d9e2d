import { ZPolicyRule, type SubsidyPolicy } from '@zhichan/contract';

/**
 * The three interest-subsidy policies written up in `../shared/docs/domain-rules.md` ("Interest subsidy (贴息)"),
 * as rules of the policy engine. Only these three: no other city's numbers are invented. Where the text leaves a
 * reading open, `notes` says how the template reads it (shown on the policy page).
 */
export const subsidyPolicyTemplates: readonly SubsidyPolicy[] = [
  {
    key: 'fujian',
    name: '福建省知识产权质押融资贴息',
    nameEn: 'Fujian IP pledge loan interest subsidy',
    scope: '福建省',
    scopeEn: 'Fujian province',
    summary:
      '补贴 = 贷款本金 × 利率 × 补贴比例 × 计息月数 ÷ 12。利率取还息年度 12 月的一年期 LPR，实际利率更低时取实际利率；补贴比例 20%（小微企业且贷款有保险或政策性担保的 50%）；每笔贷款最多补贴 1 年；每家企业累计不超过 20 万元。',
    summaryEn:
      'Subsidy = principal × rate × share × months ÷ 12. The rate is the 1-year LPR of December of the repayment year, or the loan’s own rate when lower; share 20 % (50 % for small firms whose loan is insured or under a policy guarantee); at most 1 year per loan; at most 200,000 yuan per firm in total.',
    notes: [
      {
        zh: '“还息年度”按申报所列计息期的截止日期所在年度计。',
        en: 'The “repayment year” is the year in which the declared interest period ends.',
      },
    ],
    rule: ZPolicyRule.parse({
      version: 1,
      base: { kind: 'principal_rate', rate: { source: 'lower_of_lpr_and_actual', lprMonth: 'december_of_repayment_year' }, sharePct: 20, maxMonths: 12 },
      bonuses: [{ anyOf: ['insured', 'guaranteed'], allOf: ['smallMicro'], sharePct: 50 }],
      caps: [{ scope: 'enterprise_total', amount: 200_000 }],
    }),
  },
  {
    key: 'beijing_zgc',
    name: '北京中关村知识产权质押贷款贴息',
    nameEn: 'Beijing Zhongguancun IP pledge loan interest subsidy',
    scope: '北京市中关村（上年营业收入不超过 2 亿元的企业）',
    scopeEn: 'Beijing Zhongguancun (firms with revenue of at most 200 million yuan)',
    summary:
      '仅限贷款利率不超过 LPR 的 1.4 倍（利率 ≤ LPR × 1.4）的贷款；补贴 = 实际支付利息 × 40%；每家企业每年不超过 50 万元；企业上年营业收入不超过 2 亿元。',
    summaryEn:
      'Only loans whose rate is at most 40 % above the LPR (rate ≤ LPR × 1.4); subsidy = 40 % of the interest actually paid; at most 500,000 yuan per firm per year; the firm’s revenue at most 200 million yuan.',
    notes: [
      {
        zh: '规则未写明比较哪个月的 LPR，模板取借款合同签订当月公布的一年期 LPR。',
        en: 'The rule does not say which month’s LPR the rate is compared with; the template takes the 1-year LPR published in the month the loan contract was signed.',
      },
    ],
    rule: ZPolicyRule.parse({
      version: 1,
      base: { kind: 'fact_share', fact: 'interestPaid', sharePct: 40 },
      conditions: [
        { kind: 'at_most', fact: 'revenue', value: 200_000_000 },
        { kind: 'rate_vs_lpr', lprMonth: 'contract_month', maxFactor: 1.4 },
      ],
      caps: [{ scope: 'enterprise_year', amount: 500_000 }],
    }),
  },
  {
    key: 'qingdao',
    name: '青岛市专利权质押贷款贴息',
    nameEn: 'Qingdao patent pledge loan interest subsidy',
    scope: '青岛市',
    scopeEn: 'Qingdao',
    summary:
      '补贴 = 贷款本金 × 借款合同签订前一个月的一年期 LPR × 60% × 计息月数 ÷ 12；每家企业每个申报年度不超过 50 万元；企业须为具有独立法人资格的中小企业，以专利权人身份出质，且至少一件专利为首次质押。',
    summaryEn:
      'Subsidy = principal × the 1-year LPR of the month before the contract was signed × 60 % × months ÷ 12; at most 500,000 yuan per firm per application year; the firm is an independent SME legal person pledging as the holder, with at least one patent pledged for the first time.',
    notes: [],
    rule: ZPolicyRule.parse({
      version: 1,
      base: { kind: 'principal_rate', rate: { source: 'lpr', lprMonth: 'month_before_contract' }, sharePct: 60 },
      conditions: [
        { kind: 'flag', fact: 'sme', equals: true },
        { kind: 'flag', fact: 'independentLegalPerson', equals: true },
        { kind: 'flag', fact: 'pledgorIsHolder', equals: true },
        { kind: 'flag', fact: 'firstPledge', equals: true },
      ],
      caps: [{ scope: 'enterprise_year', amount: 500_000 }],
    }),
  },
];

/** The template of a key, or undefined. */
export function findPolicyTemplate(key: string): SubsidyPolicy | undefined {
  return subsidyPolicyTemplates.find((p) => p.key === key);
}
