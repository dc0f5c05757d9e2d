import {
  policyFactLabels,
  type LprMonthRule,
  type MessageCode,
  type PolicyCapScope,
  type PolicyCondition,
  type PolicyEvaluation,
  type PolicyFlagFact,
  type PolicyLine,
  type PolicyNumberFact,
  type PolicyRule,
} from '@zhichan/contract';

/**
 * The policy engine (政策规则引擎): evaluates a subsidy policy written as data (`PolicyRule`, contract/src/policy.ts)
 * against one application's facts. Pure: the LPR series and what the enterprise has already been granted come
 * in as arguments, so a batch of thousands is computed without a query per application. The result is the
 * computation line by line — conditions, the rate used, the formula, each cap, the result — as coded messages
 * the web renders in Chinese or English. Used by interest subsidies (贴息) and, later, awards (奖补).
 *
 * Order: conditions (all are checked and listed; any failure → `ineligible`, amount 0) → rate (LPR lookup;
 * a missing month → `incomplete`, amount null) → bonus (the first matching bonus sets the share) → formula →
 * caps in the rule's order (each takes min(amount, cap − already granted in its scope)) → result. Amounts are
 * rounded to the fen (0.01 yuan) after the formula and after each cap.
 */

/** An application's facts as the engine reads them. */
export interface PolicyFacts {
  flags: Partial<Record<PolicyFlagFact, boolean>>;
  numbers: Partial<Record<PolicyNumberFact, number>>;
  /** Loan contract date, YYYY-MM-DD (for LPR rules keyed on the contract). */
  contractDate?: string | null;
  /** The year the interest was repaid (for "December of the repayment year"). */
  repaymentYear?: number | null;
}

/** The 1-year LPR (percent) published in a month 'YYYY-MM', or null when none is on record. */
export type LprLookup = (month: string) => number | null;

/** What has already been granted in each cap's scope (yuan); absent = 0. */
export type PolicyUsage = Partial<Record<PolicyCapScope, number>>;

const capLabels: Record<PolicyCapScope, { zh: string; en: string }> = {
  application: { zh: '单次申报', en: 'Per application' },
  loan: { zh: '每笔贷款', en: 'Per loan' },
  enterprise_year: { zh: '每家企业每年度', en: 'Per enterprise per year' },
  enterprise_total: { zh: '每家企业累计', en: 'Per enterprise in total' },
  period: { zh: '每家企业每个申报期', en: 'Per enterprise per subsidy period' },
};

/** Rounds to the fen, half away from zero, after removing binary noise (0.1 + 0.2). */
export function roundFen(x: number): number {
  return Math.round(Number((x * 100).toPrecision(15))) / 100;
}

/** An amount as the lines show it: thousands separated, two decimals. */
export function yuanText(x: number): string {
  return yuanFormat.format(x);
}
// One formatter for every line: `toLocaleString` builds a new one per call, which dominates a batch's time.
const yuanFormat = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

const pctText = (x: number) => String(Number(x.toPrecision(12)));

/** The month ('YYYY-MM') whose LPR a rule reads, or null when the fact it needs is missing. */
export function lprMonthOf(rule: LprMonthRule, facts: Pick<PolicyFacts, 'contractDate' | 'repaymentYear'>): string | null {
  if (rule === 'december_of_repayment_year') return facts.repaymentYear ? `${facts.repaymentYear}-12` : null;
  if (!facts.contractDate) return null;
  const [y, m] = facts.contractDate.split('-').map(Number) as [number, number];
  if (rule === 'contract_month') return `${y}-${String(m).padStart(2, '0')}`;
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

const line = (code: MessageCode, params: Record<string, string | number>, amount: number | null = null): PolicyLine => ({ code, params, amount });
const label = (f: PolicyFlagFact | PolicyNumberFact) => ({ condition: policyFactLabels[f].zh, conditionEn: policyFactLabels[f].en });
const yesNo = (b: boolean) => ({ zh: b ? '是' : '否', en: b ? 'yes' : 'no' });

type Lpr = { month: string; value: number } | { missing: string };

function readLpr(rule: LprMonthRule, facts: PolicyFacts, lpr: LprLookup): Lpr {
  const month = lprMonthOf(rule, facts);
  if (!month) return { missing: rule === 'december_of_repayment_year' ? 'repaymentYear' : 'contractDate' };
  const value = lpr(month);
  return value === null ? { missing: `lpr:${month}` } : { month, value };
}

function missingLine(missing: string): PolicyLine {
  if (missing.startsWith('lpr:')) return line('policy.lpr_missing', { month: missing.slice(4) });
  const names: Record<string, { zh: string; en: string }> = {
    ...policyFactLabels,
    repaymentYear: { zh: '还息年度', en: 'year of repayment' },
    contractDate: { zh: '借款合同签订日期', en: 'loan contract date' },
  };
  const n = names[missing] ?? { zh: missing, en: missing };
  return line('policy.fact_missing', { fact: n.zh, factEn: n.en });
}

/** Checks one condition: its line, and whether it holds (null when a figure it needs is missing). */
function checkCondition(c: PolicyCondition, facts: PolicyFacts, lpr: LprLookup): { ok: boolean | null; line: PolicyLine } {
  if (c.kind === 'flag') {
    const actual = facts.flags[c.fact];
    if (actual === undefined) return { ok: null, line: missingLine(c.fact) };
    const ok = actual === c.equals;
    const req = yesNo(c.equals);
    const act = yesNo(actual);
    return {
      ok,
      line: line(ok ? 'policy.flag_met' : 'policy.flag_failed', { ...label(c.fact), required: req.zh, requiredEn: req.en, actual: act.zh, actualEn: act.en }),
    };
  }
  if (c.kind === 'at_most' || c.kind === 'at_least') {
    const actual = facts.numbers[c.fact];
    if (actual === undefined) return { ok: null, line: missingLine(c.fact) };
    const ok = c.kind === 'at_most' ? actual <= c.value : actual >= c.value;
    const code = `policy.${c.kind}_${ok ? 'met' : 'failed'}` as MessageCode;
    return { ok, line: line(code, { ...label(c.fact), limit: yuanOrNumber(c.fact, c.value), actual: yuanOrNumber(c.fact, actual) }) };
  }
  const rate = facts.numbers.ratePct;
  if (rate === undefined) return { ok: null, line: missingLine('ratePct') };
  const l = readLpr(c.lprMonth, facts, lpr);
  if ('missing' in l) return { ok: null, line: missingLine(l.missing) };
  const limit = Number((l.value * c.maxFactor).toPrecision(12));
  const ok = rate <= limit;
  return {
    ok,
    line: line(ok ? 'policy.rate_vs_lpr_met' : 'policy.rate_vs_lpr_failed', {
      rate: pctText(rate),
      month: l.month,
      lpr: pctText(l.value),
      factor: pctText(c.maxFactor),
      limit: pctText(limit),
    }),
  };
}

function yuanOrNumber(f: PolicyNumberFact, v: number): string {
  return f === 'ratePct' || f === 'months' ? pctText(v) : yuanText(v);
}

/** Evaluates a policy for one application (see the module comment for the order of steps). */
export function evaluatePolicy(rule: PolicyRule, facts: PolicyFacts, lpr: LprLookup, used: PolicyUsage = {}): PolicyEvaluation {
  const lines: PolicyLine[] = [];
  let failed = false;
  let incomplete = false;
  for (const c of rule.conditions) {
    const r = checkCondition(c, facts, lpr);
    lines.push(r.line);
    if (r.ok === false) failed = true;
    if (r.ok === null) incomplete = true;
  }
  if (failed) return { outcome: 'ineligible', amount: 0, lines: [...lines, line('policy.result_ineligible', {}, 0)] };
  if (incomplete) return { outcome: 'incomplete', amount: null, lines: [...lines, line('policy.result_incomplete', {})] };

  const base = rule.base;
  let amount: number;
  if (base.kind === 'fixed') {
    amount = roundFen(base.amount);
    lines.push(line('policy.formula_fixed', { amount: yuanText(amount) }, amount));
  } else {
    let share = base.sharePct;
    for (const b of rule.bonuses) {
      const all = b.allOf.every((f) => facts.flags[f] === true);
      const hit = b.anyOf.filter((f) => facts.flags[f] === true);
      if (!all || hit.length === 0) continue;
      const why = [...b.allOf, ...hit];
      lines.push(
        line('policy.bonus', {
          flags: why.map((f) => policyFactLabels[f].zh).join('、'),
          flagsEn: why.map((f) => policyFactLabels[f].en).join(', '),
          from: pctText(share),
          to: pctText(b.sharePct),
        }),
      );
      share = b.sharePct;
      break;
    }
    if (base.kind === 'fact_share') {
      const v = facts.numbers[base.fact];
      if (v === undefined) return { outcome: 'incomplete', amount: null, lines: [...lines, missingLine(base.fact), line('policy.result_incomplete', {})] };
      amount = roundFen((v * share) / 100);
      const l = policyFactLabels[base.fact];
      lines.push(line('policy.formula_fact', { fact: l.zh, factEn: l.en, value: yuanText(v), share: pctText(share), amount: yuanText(amount) }, amount));
    } else {
      const principal = facts.numbers.principal;
      const actual = facts.numbers.ratePct;
      let months = facts.numbers.months;
      const need = [
        principal === undefined ? 'principal' : null,
        months === undefined ? 'months' : null,
        base.rate.source !== 'lpr' && actual === undefined ? 'ratePct' : null,
      ];
      const missing = need.filter((x): x is string => x !== null);
      if (missing.length > 0 || principal === undefined || months === undefined)
        return { outcome: 'incomplete', amount: null, lines: [...lines, ...missing.map(missingLine), line('policy.result_incomplete', {})] };
      let rate: number;
      if (base.rate.source === 'actual') {
        rate = actual as number;
        lines.push(line('policy.rate_actual', { rate: pctText(rate) }));
      } else {
        const l = readLpr(base.rate.lprMonth, facts, lpr);
        if ('missing' in l) return { outcome: 'incomplete', amount: null, lines: [...lines, missingLine(l.missing), line('policy.result_incomplete', {})] };
        if (base.rate.source === 'lpr') {
          rate = l.value;
          lines.push(line('policy.rate_lpr', { month: l.month, lpr: pctText(l.value) }));
        } else {
          rate = Math.min(l.value, actual as number);
          lines.push(line('policy.rate_lower', { month: l.month, lpr: pctText(l.value), actual: pctText(actual as number), rate: pctText(rate) }));
        }
      }
      if (base.maxMonths !== undefined && months > base.maxMonths) {
        lines.push(line('policy.months_capped', { months: pctText(months), max: base.maxMonths }));
        months = base.maxMonths;
      }
      amount = roundFen((principal * rate * share * months) / 120_000);
      lines.push(
        line(
          'policy.formula_principal',
          { principal: yuanText(principal), rate: pctText(rate), share: pctText(share), months: pctText(months), amount: yuanText(amount) },
          amount,
        ),
      );
    }
  }

  for (const cap of rule.caps) {
    const usedHere = Math.max(0, used[cap.scope] ?? 0);
    const left = roundFen(Math.max(0, cap.amount - usedHere));
    const l = capLabels[cap.scope];
    const params = { cap: l.zh, capEn: l.en, limit: yuanText(cap.amount), used: yuanText(usedHere), left: yuanText(left) };
    if (amount > left) {
      lines.push(line('policy.cap_applied', { ...params, before: yuanText(amount), after: yuanText(left) }, left));
      amount = left;
    } else {
      lines.push(line('policy.cap_within', params));
    }
  }
  lines.push(line('policy.result', { amount: yuanText(amount) }, amount));
  return { outcome: 'granted', amount, lines };
}
