import { describe, expect, it } from 'vitest';
import { messageText, type PolicyEvaluation } from '@zhichan/contract';
import { evaluatePolicy, type PolicyFacts } from '../../platform/policy.js';
import { findPolicyTemplate } from './templates.js';
import { monthsOf } from './compute.js';

/**
 * The three templates of domain-rules.md, each worked through by hand. The LPR figures here are test inputs,
 * not the published series.
 */
const lprs: Record<string, number> = { '2024-12': 3.1, '2025-02': 3.1, '2025-06': 3.0, '2025-12': 3.0 };
const lpr = (m: string) => lprs[m] ?? null;
const template = (key: string) => {
  const t = findPolicyTemplate(key);
  if (!t) throw new Error(key);
  return t.rule;
};
const flags = {
  sme: true,
  smallMicro: false,
  firstPledge: true,
  independentLegalPerson: true,
  pledgorIsHolder: true,
  creditListed: false,
  insured: false,
  guaranteed: false,
};
const zh = (r: PolicyEvaluation) => r.lines.map((l) => messageText(l, 'zh'));

describe('Fujian: principal × min(December LPR of the repayment year, actual rate) × 20 % (50 %) × months ÷ 12; 1 year per loan; 200,000 per firm', () => {
  const rule = template('fujian');
  const facts = (o: Partial<PolicyFacts['flags']> = {}, n: Partial<PolicyFacts['numbers']> = {}): PolicyFacts => ({
    flags: { ...flags, ...o },
    numbers: { principal: 1_000_000, ratePct: 4.2, months: 12, ...n },
    contractDate: '2025-01-10',
    repaymentYear: 2025,
  });

  it('a medium firm: 1,000,000 × 3.0 % (Dec 2025 LPR, lower than 4.2 %) × 20 % × 12/12 = 6,000', () => {
    const r = evaluatePolicy(rule, facts(), lpr);
    expect(r).toMatchObject({ outcome: 'granted', amount: 6000 });
    expect(zh(r)).toEqual([
      '计算利率：2025-12 一年期 LPR 3% 与贷款实际年利率 4.2% 取低者，3%',
      '本金 1,000,000.00 元 × 年利率 3% × 补贴比例 20% × 12 ÷ 12 个月 = 6,000.00 元',
      '每家企业累计上限 200,000.00 元（已获 0.00 元，尚余 200,000.00 元）：未超出',
      '核定金额 6,000.00 元',
    ]);
  });

  it('a small firm with an insured loan, 18 months at 2.8 %: 2,000,000 × 2.8 % (lower than 3.0 %) × 50 % × 12/12 = 28,000', () => {
    const r = evaluatePolicy(rule, facts({ smallMicro: true, insured: true }, { principal: 2_000_000, ratePct: 2.8, months: 18 }), lpr);
    expect(r).toMatchObject({ outcome: 'granted', amount: 28_000 });
    expect(r.lines.map((l) => l.code)).toEqual([
      'policy.bonus',
      'policy.rate_lower',
      'policy.months_capped',
      'policy.formula_principal',
      'policy.cap_within',
      'policy.result',
    ]);
  });

  it('an insured loan of a firm that is not small keeps 20 %; a small firm without cover keeps 20 %', () => {
    expect(evaluatePolicy(rule, facts({ insured: true }), lpr).amount).toBe(6000);
    expect(evaluatePolicy(rule, facts({ smallMicro: true }), lpr).amount).toBe(6000);
    // Small + guaranteed: 1,000,000 × 3 % × 50 % = 15,000.
    expect(evaluatePolicy(rule, facts({ smallMicro: true, guaranteed: true }), lpr).amount).toBe(15_000);
  });

  it('the firm already had 190,000: 28,000 is cut to the 10,000 left of 200,000', () => {
    const r = evaluatePolicy(rule, facts({ smallMicro: true, insured: true }, { principal: 2_000_000, ratePct: 2.8 }), lpr, { enterprise_total: 190_000 });
    expect(r.amount).toBe(10_000);
    expect(zh(r).at(-2)).toBe('每家企业累计上限 200,000.00 元（已获 190,000.00 元，尚余 10,000.00 元）：28,000.00 元核减为 10,000.00 元');
  });

  it('December 2026 not yet published: no amount (incomplete)', () => {
    expect(evaluatePolicy(rule, { ...facts(), repaymentYear: 2026 }, lpr)).toMatchObject({ outcome: 'incomplete', amount: null });
  });
});

describe('Beijing Zhongguancun: rate ≤ LPR × 1.4; 40 % of the interest paid; 500,000 per firm per year; revenue ≤ 200 million', () => {
  const rule = template('beijing_zgc');
  const facts = (n: Partial<PolicyFacts['numbers']> = {}): PolicyFacts => ({
    flags,
    numbers: { principal: 2_000_000, ratePct: 4.2, interestPaid: 85_000, revenue: 150_000_000, months: 12, ...n },
    contractDate: '2025-06-18',
    repaymentYear: 2025,
  });

  it('4.2 % ≤ 3.0 % (June 2025 LPR) × 1.4 = 4.2 %: 85,000 × 40 % = 34,000', () => {
    const r = evaluatePolicy(rule, facts(), lpr);
    expect(r).toMatchObject({ outcome: 'granted', amount: 34_000 });
    expect(zh(r)).toEqual([
      '条件“上年营业收入（元）”不超过 200,000,000.00：申报 150,000,000.00，符合',
      '贷款年利率 4.2% 不超过 2025-06 一年期 LPR 3% × 1.4 = 4.2%：符合',
      '实际支付利息（元） 85,000.00 元 × 补贴比例 40% = 34,000.00 元',
      '每家企业每年度上限 500,000.00 元（已获 0.00 元，尚余 500,000.00 元）：未超出',
      '核定金额 34,000.00 元',
    ]);
  });

  it('4.21 % is more than 40 % above the LPR: not eligible, 0', () => {
    const r = evaluatePolicy(rule, facts({ ratePct: 4.21 }), lpr);
    expect(r).toMatchObject({ outcome: 'ineligible', amount: 0 });
    expect(r.lines[1]?.code).toBe('policy.rate_vs_lpr_failed');
  });

  it('revenue of 250 million: not eligible', () => {
    expect(evaluatePolicy(rule, facts({ revenue: 250_000_000 }), lpr)).toMatchObject({ outcome: 'ineligible', amount: 0 });
  });

  it('480,000 already this year: 34,000 is cut to 20,000', () => {
    expect(evaluatePolicy(rule, facts(), lpr, { enterprise_year: 480_000 }).amount).toBe(20_000);
  });
});

describe('Qingdao: principal × LPR of the month before the contract × 60 % × months ÷ 12; 500,000 per firm per year; independent SME pledging as holder, first pledge', () => {
  const rule = template('qingdao');
  const facts = (o: Partial<PolicyFacts['flags']> = {}, n: Partial<PolicyFacts['numbers']> = {}, contractDate = '2025-03-20'): PolicyFacts => ({
    flags: { ...flags, ...o },
    numbers: { principal: 5_000_000, ratePct: 3.9, months: 12, ...n },
    contractDate,
    repaymentYear: 2025,
  });

  it('contract of 20 March 2025 → February 2025 LPR 3.1 %: 5,000,000 × 3.1 % × 60 % × 12/12 = 93,000', () => {
    const r = evaluatePolicy(rule, facts(), lpr);
    expect(r).toMatchObject({ outcome: 'granted', amount: 93_000 });
    expect(zh(r).slice(4)).toEqual([
      '计算利率：2025-02 一年期 LPR 3.1%',
      '本金 5,000,000.00 元 × 年利率 3.1% × 补贴比例 60% × 12 ÷ 12 个月 = 93,000.00 元',
      '每家企业每年度上限 500,000.00 元（已获 0.00 元，尚余 500,000.00 元）：未超出',
      '核定金额 93,000.00 元',
    ]);
  });

  it('6 months, contract of 5 January 2025 → December 2024 LPR 3.1 %: 5,000,000 × 3.1 % × 60 % × 6/12 = 46,500', () => {
    expect(evaluatePolicy(rule, facts({}, { months: 6 }, '2025-01-05'), lpr).amount).toBe(46_500);
  });

  it('no patent pledged for the first time, or not an SME: not eligible', () => {
    expect(evaluatePolicy(rule, facts({ firstPledge: false }), lpr)).toMatchObject({ outcome: 'ineligible', amount: 0 });
    expect(evaluatePolicy(rule, facts({ sme: false }), lpr)).toMatchObject({ outcome: 'ineligible', amount: 0 });
  });

  it('450,000 already this year: 93,000 is cut to 50,000', () => {
    expect(evaluatePolicy(rule, facts(), lpr, { enterprise_year: 450_000 }).amount).toBe(50_000);
  });
});

describe('months of interest (the end day included)', () => {
  it('counts whole months and the share of a partial one', () => {
    expect(monthsOf('2025-03-01', '2026-02-28')).toBe(12);
    expect(monthsOf('2025-01-15', '2025-07-14')).toBe(6);
    expect(monthsOf('2024-12-01', '2025-11-30')).toBe(12);
    expect(monthsOf('2025-01-01', '2025-01-31')).toBe(1);
    // 1 March to 15 April: one month and 15 of April's 30 days.
    expect(monthsOf('2025-03-01', '2025-04-15')).toBe(1.5);
    expect(monthsOf('2025-05-10', '2025-05-10')).toBe(0.03);
  });
});
