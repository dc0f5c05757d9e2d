import type { Period, PledgeStats } from '@zhichan/contract';
import type { z } from 'zod';
import type { ZPledgeStatsQuery } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { todayIso } from '../../platform/context.js';
import { assertRegionInJurisdiction } from '../../platform/jurisdiction.js';
import { getSetting } from '../../platform/settings.js';
import { registerIndicatorProvider } from '../indicators/api.js';
import { findRegionNames, findRegistrations, type Registration } from './stats-repository.js';

type Measure = (rows: Registration[], inclusiveMax: number) => number;

const count: Measure = (rows) => rows.length;
const amount: Measure = (rows) => rows.reduce((s, r) => s + r.amount, 0);
const distinct =
  (f: (r: Registration) => string | null): Measure =>
  (rows) =>
    new Set(rows.map(f).filter((x) => x !== null)).size;
const patents = (rows: Registration[]) => rows.filter((r) => r.kind === 'patent');
const inclusive = (rows: Registration[], max: number) => patents(rows).filter((r) => r.amount <= max);

/**
 * The pledge indicators, computed on read from the pledge registers (a registration is one authority number and
 * date; its amount is the secured sum, counted once however many rights it covers), in the holder's region:
 */
const measures: [key: string, method: string, m: Measure][] = [
  ['patent_pledge_registrations', '统计期内登记机关办理的专利权质押登记（按登记号计，组合质押计一笔），专利权人所在区划', (r) => count(patents(r), 0)],
  ['patent_pledge_amount_yuan', '统计期内专利权质押登记的债权数额合计（元；每笔登记计一次）', (r) => amount(patents(r), 0)],
  [
    'trademark_pledge_amount_yuan',
    '统计期内注册商标专用权质押登记的债权数额合计（元）',
    (r) =>
      amount(
        r.filter((x) => x.kind === 'trademark'),
        0,
      ),
  ],
  ['ip_pledge_amount_yuan', '统计期内专利权与商标专用权质押登记的债权数额合计（元）', amount],
  ['banks_registering_ip_pledge_loans', '统计期内办理知识产权质押登记的质权人（银行等金融机构，按名称去重）', distinct((r) => r.pledgee)],
  ['enterprises_with_ip_pledge_loans', '统计期内办理知识产权质押登记的出质人（企业，按名称去重）', distinct((r) => r.pledgor)],
  [
    'inclusive_patent_pledge_loans',
    '统计期内债权数额不超过普惠口径上限（设置 pledges.inclusive_max_yuan，默认 1000 万元）的专利权质押登记',
    (r, max) => count(inclusive(r, max), 0),
  ],
  ['inclusive_patent_pledge_amount_yuan', '统计期内普惠性专利权质押登记的债权数额合计（元）', (r, max) => amount(inclusive(r, max), 0)],
];

/** Per stored region code, the measure over the registrations of the period. */
function perRegion(rows: Registration[], m: Measure, max: number): Map<string, number> {
  const by = new Map<string, Registration[]>();
  for (const r of rows) {
    if (!r.code) continue;
    const list = by.get(r.code) ?? [];
    list.push(r);
    by.set(r.code, list);
  }
  const out = new Map<string, number>();
  for (const [code, list] of by) {
    const v = m(list, max);
    if (v !== 0) out.set(code, v);
  }
  return out;
}

/** Registers the pledge indicators with the indicators module (computed on read: no cached source). */
export function registerPledgeIndicators(): void {
  for (const [key, method, m] of measures) {
    registerIndicatorProvider(key, {
      method,
      sources: [],
      compute: async (ctx: AppContext, q: { rootCode: string; period: Period }) =>
        perRegion(await findRegistrations(ctx.db, q.rootCode, q.period.start, q.period.end), m, await getSetting(ctx.db, 'pledges.inclusive_max_yuan')),
    });
  }
}

/** The region's pledge statistics: registrations, amount, banks, inclusive loans; by month and by bank. */
export async function pledgeStats(ctx: AppContext, actor: Actor, q: z.infer<typeof ZPledgeStatsQuery>): Promise<PledgeStats> {
  const regionCode = q.regionCode ?? actor.regionCode;
  assertRegionInJurisdiction(actor, regionCode);
  const to = q.to ?? todayIso(ctx);
  const from = q.from ?? `${to.slice(0, 4)}-01-01`;
  const rows = await findRegistrations(ctx.db, regionCode, from, to);
  const max = await getSetting(ctx.db, 'pledges.inclusive_max_yuan');
  const group = (key: (r: Registration) => string) => {
    const m = new Map<string, { registrations: number; amountYuan: number }>();
    for (const r of rows) {
      const k = key(r);
      const v = m.get(k) ?? { registrations: 0, amountYuan: 0 };
      v.registrations += 1;
      v.amountYuan += r.amount;
      m.set(k, v);
    }
    return m;
  };
  // County (6-digit 县级 code) of each registration's holder; a code at or above county level stands for itself.
  const county = (r: Registration) => (r.code ?? '').slice(0, 6) || '—';
  const byCounty = [...group(county)].sort(([a], [b]) => a.localeCompare(b));
  const names = await findRegionNames(
    ctx.db,
    byCounty.map(([c]) => c),
  );
  return {
    regionCode,
    from,
    to,
    registrations: rows.length,
    patents: patents(rows).reduce((s, r) => s + r.rights, 0),
    amountYuan: amount(rows, max),
    banks: distinct((r) => r.pledgee)(rows, max),
    inclusiveLoans: inclusive(rows, max).length,
    byMonth: [...group((r) => r.registeredOn.slice(0, 7))].sort(([a], [b]) => a.localeCompare(b)).map(([month, v]) => ({ month, ...v })),
    byBank: [...group((r) => r.pledgee)].sort(([, a], [, b]) => b.amountYuan - a.amountYuan).map(([bank, v]) => ({ bank, ...v })),
    byCounty: byCounty.map(([code, v]) => ({ regionCode: code, name: names.get(code) ?? code, ...v })),
  };
}
