import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { messageText, ZPolicyRule, type PolicyCapScope, type PolicyLine, type PolicyRule } from '@zhichan/contract';
import { evaluatePolicy, lprMonthOf, roundFen, type PolicyFacts } from './policy.js';

const lprs: Record<string, number> = { '2024-12': 3.1, '2025-02': 3.1, '2025-03': 3.1, '2025-12': 3.0 };
const lpr = (m: string) => lprs[m] ?? null;
const lineAt = (r: { lines: PolicyLine[] }, i: number): PolicyLine => {
  const l = r.lines[i];
  if (!l) throw new Error(`no line ${i}`);
  return l;
};

describe('the policy engine', () => {
  it('reads the LPR month each rule names', () => {
    expect(lprMonthOf('december_of_repayment_year', { repaymentYear: 2025 })).toBe('2025-12');
    expect(lprMonthOf('month_before_contract', { contractDate: '2025-03-20' })).toBe('2025-02');
    expect(lprMonthOf('month_before_contract', { contractDate: '2025-01-05' })).toBe('2024-12');
    expect(lprMonthOf('contract_month', { contractDate: '2025-01-05' })).toBe('2025-01');
    expect(lprMonthOf('contract_month', {})).toBeNull();
  });

  it('rounds to the fen without binary noise', () => {
    expect(roundFen(0.1 + 0.2)).toBe(0.3);
    expect(roundFen(1.005)).toBe(1.01);
    expect(roundFen(2 / 3)).toBe(0.67);
  });

  it('lists every failed condition, and an ineligible application gets 0', () => {
    const rule = ZPolicyRule.parse({
      version: 1,
      base: { kind: 'fixed', amount: 1000 },
      conditions: [
        { kind: 'flag', fact: 'sme', equals: true },
        { kind: 'flag', fact: 'creditListed', equals: false },
        { kind: 'at_least', fact: 'cost', value: 500 },
      ],
    });
    const r = evaluatePolicy(rule, { flags: { sme: false, creditListed: false }, numbers: { cost: 100 } }, lpr);
    expect(r.outcome).toBe('ineligible');
    expect(r.amount).toBe(0);
    expect(r.lines.map((l) => l.code)).toEqual(['policy.flag_failed', 'policy.flag_met', 'policy.at_least_failed', 'policy.result_ineligible']);
    // Each line reads in either language.
    expect(messageText(lineAt(r, 0), 'zh')).toBe('条件“中小企业”须为“是”：不符合（申报为“否”）');
    expect(messageText(lineAt(r, 0), 'en')).toBe('Condition “small or medium-sized enterprise” must be yes: not met (declared no)');
  });

  it('a fixed award (奖补) with a per-period cap', () => {
    const rule = ZPolicyRule.parse({ version: 1, base: { kind: 'fixed', amount: 30_000 }, caps: [{ scope: 'period', amount: 50_000 }] });
    const r = evaluatePolicy(rule, { flags: {}, numbers: {} }, lpr, { period: 40_000 });
    expect(r).toMatchObject({ outcome: 'granted', amount: 10_000 });
    expect(messageText(lineAt(r, 1), 'en')).toBe(
      'Per enterprise per subsidy period cap 50,000.00 yuan (40,000.00 already granted, 10,000.00 left): 30,000.00 yuan reduced to 10,000.00 yuan',
    );
  });

  it('an LPR not on record leaves the amount open (incomplete), never 0', () => {
    const rule = ZPolicyRule.parse({ version: 1, base: { kind: 'principal_rate', rate: { source: 'lpr', lprMonth: 'contract_month' }, sharePct: 50 } });
    const r = evaluatePolicy(rule, { flags: {}, numbers: { principal: 100, months: 12 }, contractDate: '2030-01-01' }, lpr);
    expect(r).toMatchObject({ outcome: 'incomplete', amount: null });
    expect(messageText(lineAt(r, 0), 'zh')).toBe('2030-01 一年期 LPR 尚未录入，无法计算');
  });
});

// —— Property tests ——
const flagArb = fc.record({
  sme: fc.boolean(),
  smallMicro: fc.boolean(),
  firstPledge: fc.boolean(),
  independentLegalPerson: fc.boolean(),
  pledgorIsHolder: fc.boolean(),
  creditListed: fc.boolean(),
  insured: fc.boolean(),
  guaranteed: fc.boolean(),
});
const scopes: PolicyCapScope[] = ['application', 'loan', 'enterprise_year', 'enterprise_total', 'period'];
const capArb = fc.record({ scope: fc.constantFrom(...scopes), amount: fc.integer({ min: 0, max: 2_000_000 }) });
const lprMonthArb = fc.constantFrom('december_of_repayment_year' as const, 'month_before_contract' as const, 'contract_month' as const);
const ruleArb: fc.Arbitrary<PolicyRule> = fc
  .record({
    base: fc.oneof(
      fc.record({
        kind: fc.constant('principal_rate' as const),
        rate: fc.oneof(
          fc.record({ source: fc.constant('actual' as const) }),
          fc.record({ source: fc.constant('lpr' as const), lprMonth: lprMonthArb }),
          fc.record({ source: fc.constant('lower_of_lpr_and_actual' as const), lprMonth: lprMonthArb }),
        ),
        sharePct: fc.integer({ min: 0, max: 100 }),
        maxMonths: fc.option(fc.integer({ min: 1, max: 36 }), { nil: undefined }),
      }),
      fc.record({ kind: fc.constant('fact_share' as const), fact: fc.constant('interestPaid' as const), sharePct: fc.integer({ min: 0, max: 100 }) }),
    ),
    bonuses: fc.array(
      fc.record({ anyOf: fc.constant(['insured' as const, 'guaranteed' as const]), allOf: fc.constant([]), sharePct: fc.integer({ min: 0, max: 100 }) }),
      {
        maxLength: 1,
      },
    ),
    caps: fc.array(capArb, { maxLength: 4 }),
    conditions: fc.array(
      fc.record({ kind: fc.constant('flag' as const), fact: fc.constantFrom('sme' as const, 'firstPledge' as const), equals: fc.boolean() }),
      {
        maxLength: 2,
      },
    ),
  })
  .map((r) => ZPolicyRule.parse({ version: 1, ...r }));
const factsArb = fc.record({
  flags: flagArb,
  principal: fc.double({ min: 1, max: 1e10, noNaN: true }),
  ratePct: fc.double({ min: 0, max: 36, noNaN: true }),
  interestPaid: fc.double({ min: 0, max: 1e9, noNaN: true }),
  months: fc.integer({ min: 1, max: 60 }),
  contractDate: fc.constantFrom('2024-12-10', '2025-01-05', '2025-03-20', '2025-04-01'),
  repaymentYear: fc.constantFrom(2024, 2025),
});
const usedArb = fc.record({
  application: fc.integer({ min: 0, max: 1_000_000 }),
  loan: fc.integer({ min: 0, max: 1_000_000 }),
  enterprise_year: fc.integer({ min: 0, max: 1_000_000 }),
  enterprise_total: fc.integer({ min: 0, max: 3_000_000 }),
  period: fc.integer({ min: 0, max: 1_000_000 }),
});
type Facts = typeof factsArb extends fc.Arbitrary<infer T> ? T : never;
const toFacts = (f: Facts, principal = f.principal): PolicyFacts => ({
  flags: f.flags,
  numbers: { principal, ratePct: f.ratePct, interestPaid: f.interestPaid, months: f.months },
  contractDate: f.contractDate,
  repaymentYear: f.repaymentYear,
});

describe('the policy engine (properties)', () => {
  it('never grants more than any cap leaves, never a negative amount', () => {
    fc.assert(
      fc.property(ruleArb, factsArb, usedArb, (rule, f, used) => {
        const r = evaluatePolicy(rule, toFacts(f), lpr, used);
        if (r.amount === null) return r.outcome === 'incomplete';
        expect(r.amount).toBeGreaterThanOrEqual(0);
        for (const cap of rule.caps) expect(r.amount).toBeLessThanOrEqual(Math.max(0, roundFen(cap.amount - used[cap.scope])) + 1e-9);
        // The last line states the result.
        expect(r.lines.at(-1)?.amount).toBe(r.amount);
        return true;
      }),
      { numRuns: 500 },
    );
  });

  it('is monotonic in the principal', () => {
    fc.assert(
      fc.property(ruleArb, factsArb, usedArb, fc.double({ min: 0, max: 1e9, noNaN: true }), (rule, f, used, extra) => {
        const a = evaluatePolicy(rule, toFacts(f), lpr, used);
        const b = evaluatePolicy(rule, toFacts(f, f.principal + extra), lpr, used);
        expect(b.outcome).toBe(a.outcome);
        if (a.amount !== null && b.amount !== null) expect(b.amount).toBeGreaterThanOrEqual(a.amount);
      }),
      { numRuns: 500 },
    );
  });
});
