import type { Executor } from '../../db/database.js';
import type { AppContext } from '../../platform/context.js';
import { findPledges, onPatentsWritten } from '../patents/api.js';
import { getSetting } from '../../platform/settings.js';
import { loadFactSources, pledgeRegistrationSizes, replaceValueFacts } from './facts-repository.js';

interface FamilyMember {
  country?: string;
  granted?: boolean;
}

/** Does an IPC code fall under a concordance prefix? (H01M10/0525 under H01M, H01M10, H01M10/05.) */
export function ipcUnder(code: string, prefix: string): boolean {
  if (!code.startsWith(prefix)) return false;
  const rest = code.slice(prefix.length);
  // H01M1 must not match H01M10: a group number prefix must end at a group boundary.
  return rest === '' || !/^\d/.test(rest) || /[A-Z]$/.test(prefix) || prefix.includes('/');
}

function groupBy<T>(items: T[], key: (t: T) => number): Map<number, T[]> {
  const m = new Map<number, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = m.get(k);
    if (list) list.push(it);
    else m.set(k, [it]);
  }
  return m;
}

/** Hong Kong, Macao and Taiwan: separate patent jurisdictions, overseas for criterion 2 only when the setting says so. */
export const HMT_CODES: ReadonlySet<string> = new Set(['HK', 'MO', 'TW']);

/** A granted family member outside mainland China counts as overseas (海外同族); HK/MO/TW per the setting. */
export function isOverseasGrant(f: FamilyMember, includeHmt: boolean): boolean {
  const country = (f.country ?? 'CN').toUpperCase();
  return f.granted === true && country !== 'CN' && (includeHmt || !HMT_CODES.has(country));
}

/** The date an award counts from: the day it was conferred, else the last day of its year (never earlier). */
export const awardDate = (a: { year: number; awarded_on: string | null }): string => a.awarded_on ?? `${a.year}-12-31`;

/**
 * Recomputes the stored high-value facts of the given patents from their IPC codes, family, registered
 * pledges (patents' typed pledge register) and awards, each with its date. A pledge registered over several
 * patents (one registration number and date) credits each patent with its share of the secured amount when
 * the setting `high_value.pledge_apportion_equally` is 1 (the default: amount ÷ number of patents; no
 * valuation per patent is on record to weight it), the whole sum otherwise. Runs inside the writer's
 * transaction (registered as a patent write hook).
 */
export async function refreshValueFacts(_ctx: AppContext, trx: Executor, ids: readonly number[]): Promise<void> {
  const [apportion, includeHmt, threshold] = await Promise.all([
    getSetting(trx, 'high_value.pledge_apportion_equally'),
    getSetting(trx, 'high_value.overseas_includes_hmt'),
    getSetting(trx, 'high_value.pledge_threshold'),
  ]);
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const [{ patents, ipcs, awards, concordance }, pledges] = await Promise.all([loadFactSources(trx, chunk), findPledges(trx, chunk)]);
    const sizes =
      apportion === 1
        ? await pledgeRegistrationSizes(
            trx,
            pledges.flatMap((x) => (x.authority_no ? [x.authority_no] : [])),
          )
        : new Map<string, number>();
    const codesOf = groupBy(ipcs, (x) => x.patent_id);
    const pledgesOf = groupBy(pledges, (x) => x.patent_id);
    const awardsOf = groupBy(awards, (x) => x.patent_id);
    const rows = patents.map((p) => {
      const codes = (codesOf.get(p.id) ?? []).map((x) => x.code);
      const industries = new Map<string, string>();
      for (const c of concordance) if (codes.some((code) => ipcUnder(code, c.ipc_prefix))) industries.set(c.industry_code, c.industry_name);
      const family = JSON.parse(p.family) as FamilyMember[];
      // The criterion compares amounts in yuan: pledges registered in another currency do not count.
      const credits = (pledgesOf.get(p.id) ?? [])
        .filter((x) => x.currency === 'CNY')
        .map((x) => {
          const share = x.authority_no ? (sizes.get(`${x.authority_no}|${x.registered_on}`) ?? 1) : 1;
          return { on: x.registered_on, amount: Math.round((Number(x.amount) / Math.max(1, share)) * 100) / 100 };
        });
      const dated = (awardsOf.get(p.id) ?? []).map((a) => ({ award: a.award, year: a.year, grade: a.grade, level: a.level, on: awardDate(a) }));
      return {
        patent_id: p.id,
        strategic_industries: JSON.stringify([...industries].map(([code, name]) => ({ code, name }))),
        overseas_granted: family.some((f) => isOverseasGrant(f, includeHmt === 1)) ? 1 : 0,
        max_pledge_amount: Math.max(0, ...credits.map((c) => c.amount)),
        pledge_credits: JSON.stringify(credits),
        awards: JSON.stringify(dated),
        award_since: dated.length > 0 ? (dated.map((a) => a.on).sort()[0] ?? null) : null,
        // The criterion on a date is read from this (SQL counts, snapshots): the first credit reaching the threshold.
        pledge_since:
          credits
            .filter((c) => c.amount >= threshold)
            .map((c) => c.on)
            .sort()[0] ?? null,
      };
    });
    await replaceValueFacts(trx, chunk, rows);
  }
}

/** Keeps the high-value facts current: every patent write refreshes the written patents' facts. */
export function registerValueFactsHook(): void {
  onPatentsWritten(refreshValueFacts);
}
