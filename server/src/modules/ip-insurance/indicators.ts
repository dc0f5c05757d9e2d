import type { Period } from '@zhichan/contract';
import type { AppContext } from '../../platform/context.js';
import { registerIndicatorProvider } from '../indicators/api.js';
import { findDealsIn, findPoliciesIn } from './repository.js';

type Policy = Awaited<ReturnType<typeof findPoliciesIn>>[number];
type Q = { rootCode: string; period: Period };

function perRegion<T extends { code: string }>(rows: readonly T[], measure: (rows: T[]) => number): Map<string, number> {
  const by = new Map<string, T[]>();
  for (const r of rows) by.set(r.code, [...(by.get(r.code) ?? []), r]);
  const out = new Map<string, number>();
  for (const [code, list] of by) {
    const v = measure(list);
    if (v !== 0) out.set(code, v);
  }
  return out;
}

const policies = (kinds: readonly string[], measure: (rows: Policy[]) => number) => async (ctx: AppContext, q: Q) =>
  perRegion(
    (await findPoliciesIn(ctx.db, q.rootCode, q.period.start, q.period.end)).filter((p) => kinds.includes(p.kind)),
    measure,
  );
const count = (rows: Policy[]) => rows.length;
const insured = (rows: Policy[]) => new Set(rows.map((r) => Number(r.insured_org_id))).size;
const cover = (rows: Policy[]) => rows.reduce((s, r) => s + Number(r.sum_insured), 0);
const marks = (rows: Policy[]) => rows.reduce((s, r) => s + Number(r.marks), 0);
const PATENT_LOSS = ['patent_infringement_loss'];

/**
 * The insurance and securitization indicators, computed on read from the policies insurers record (by the day
 * cover starts, in the insured's region) and the deals the bureau records (by issue date, in the deal's region).
 */
const providers: [string, string, (ctx: AppContext, q: Q) => Promise<Map<string, number>>][] = [
  ['patent_enforcement_insurance_policies', '统计期内起保的专利执行（维权费用）保险保单，被保险企业所在区划', policies(['patent_enforcement'], count)],
  ['patent_infringement_insurance_enterprises', '统计期内投保专利被侵权损失保险的企业（去重）', policies(PATENT_LOSS, insured)],
  ['patent_infringement_insurance_yuan', '统计期内起保的专利被侵权损失保险的保险金额合计（元）', policies(PATENT_LOSS, cover)],
  ['trademark_insurance_enterprises', '统计期内投保商标保险的企业（去重）', policies(['trademark'], insured)],
  ['trademark_insurance_marks', '统计期内起保的商标保险所保商标（件）', policies(['trademark'], marks)],
  ['trademark_insurance_yuan', '统计期内起保的商标保险的保险金额合计（元）', policies(['trademark'], cover)],
  [
    'ip_securitization_first_tranche_yuan',
    '统计期内发行的知识产权证券化产品的发行规模合计（元；按发行日，产品所在区划）',
    async (ctx, q) =>
      perRegion((await findDealsIn(ctx.db, q.rootCode, q.period.start, q.period.end)).deals, (rows) => rows.reduce((s, r) => s + Number(r.amount), 0)),
  ],
  [
    'ip_securitization_enterprises',
    '统计期内发行的知识产权证券化产品的入池企业（去重）',
    async (ctx, q) => {
      const { deals, orgs } = await findDealsIn(ctx.db, q.rootCode, q.period.start, q.period.end);
      const rows = orgs
        .map((o) => ({ code: deals.find((d) => Number(d.id) === Number(o.deal_id))?.code ?? '', org: Number(o.org_id) }))
        .filter((r) => r.code !== '');
      return perRegion(rows, (list) => new Set(list.map((r) => r.org)).size);
    },
  ],
];

export function registerInsuranceIndicators(): void {
  for (const [key, method, compute] of providers) registerIndicatorProvider(key, { method, sources: [], compute });
}
