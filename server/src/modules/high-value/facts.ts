import type { Executor } from '../../db/database.js';
import type { AppContext } from '../../platform/context.js';
import { findPledges, onPatentsWritten } from '../patents/api.js';
import { loadFactSources, replaceValueFacts } from './facts-repository.js';

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

/**
 * Recomputes the stored high-value facts of the given patents from their IPC codes, family,
 * registered pledges (patents' typed pledge register) and awards. Runs inside the writer's transaction (registered as a patent write hook).
 */
export async function refreshValueFacts(_ctx: AppContext, trx: Executor, ids: readonly number[]): Promise<void> {
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const [{ patents, ipcs, awards, concordance }, pledges] = await Promise.all([loadFactSources(trx, chunk), findPledges(trx, chunk)]);
    const codesOf = groupBy(ipcs, (x) => x.patent_id);
    const pledgesOf = groupBy(pledges, (x) => x.patent_id);
    const awardsOf = groupBy(awards, (x) => x.patent_id);
    const rows = patents.map((p) => {
      const codes = (codesOf.get(p.id) ?? []).map((x) => x.code);
      const industries = new Map<string, string>();
      for (const c of concordance) if (codes.some((code) => ipcUnder(code, c.ipc_prefix))) industries.set(c.industry_code, c.industry_name);
      const family = JSON.parse(p.family) as FamilyMember[];
      // The criterion compares amounts in yuan: pledges registered in another currency do not count.
      const amounts = (pledgesOf.get(p.id) ?? []).filter((x) => x.currency === 'CNY').map((x) => Number(x.amount));
      return {
        patent_id: p.id,
        strategic_industries: JSON.stringify([...industries].map(([code, name]) => ({ code, name }))),
        overseas_granted: family.some((f) => f.granted === true && (f.country ?? 'CN').toUpperCase() !== 'CN') ? 1 : 0,
        max_pledge_amount: Math.max(0, ...amounts),
        awards: JSON.stringify((awardsOf.get(p.id) ?? []).map((a) => ({ award: a.award, year: a.year, grade: a.grade }))),
      };
    });
    await replaceValueFacts(trx, chunk, rows);
  }
}

/** Keeps the high-value facts current: every patent write refreshes the written patents' facts. */
export function registerValueFactsHook(): void {
  onPatentsWritten(refreshValueFacts);
}
