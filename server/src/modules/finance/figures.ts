import dayjs from 'dayjs';
import type { Executor } from '../../db/database.js';
import { enterpriseProfiles, holderIpcCodes, holderPatentCounts } from './repository.js';
import { fullYearsSince, type EnterpriseFigures } from './eligibility.js';
import { creditListings } from './credit.js';

const parseTags = (s: string | null): string[] => {
  try {
    const v: unknown = s ? JSON.parse(s) : [];
    return Array.isArray(v) ? v.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return [];
  }
};

/**
 * The figures of the enterprises listed (or of every enterprise, for the bulk pre-check), on `today`, from the
 * registry (patents held as registered holder, in force by the one rule of patents/in-force.ts; high-value from
 * the dated facts), the profile (tags, establishment date) and the credit list. Batched: a handful of grouped
 * queries whatever the number of enterprises.
 */
export async function enterpriseFigures(
  db: Executor,
  orgIds: readonly number[] | null,
  today: string,
  opts: { ipc?: boolean } = {},
): Promise<Map<number, EnterpriseFigures & { name: string; regionCode: string }>> {
  const tenYearsBefore = dayjs(today).subtract(10, 'year').format('YYYY-MM-DD');
  const [profiles, counts, ipc, credit] = await Promise.all([
    enterpriseProfiles(db, orgIds),
    holderPatentCounts(db, orgIds, today, tenYearsBefore),
    opts.ipc === false ? Promise.resolve([]) : holderIpcCodes(db, orgIds, today),
    creditListings(db, today),
  ]);
  const out = new Map<number, EnterpriseFigures & { name: string; regionCode: string }>();
  for (const p of profiles) {
    const id = Number(p.id);
    const listing = credit.get(id);
    out.set(id, {
      name: p.name,
      regionCode: p.region_code,
      inventionPatents: 0,
      highValuePatents: 0,
      tags: parseTags(p.tags),
      creditListed: credit.known ? listing !== undefined : null,
      creditListedUntil: listing ?? null,
      yearsEstablished: fullYearsSince(p.established_on, today),
      ipcCodes: [],
    });
  }
  for (const c of counts) {
    const f = out.get(Number(c.org_id));
    if (f) {
      f.inventionPatents = Number(c.inventions);
      f.highValuePatents = Number(c.high_value);
    }
  }
  for (const r of ipc) {
    const f = out.get(Number(r.org_id));
    if (f) (f.ipcCodes as string[]).push(r.code);
  }
  return out;
}
