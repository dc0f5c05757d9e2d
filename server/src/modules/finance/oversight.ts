import type { FinanceOversight } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { todayIso } from '../../platform/context.js';
import { assertRegionInJurisdiction } from '../../platform/jurisdiction.js';
import { workingDaysBetween } from '../../platform/deadlines.js';
import { findRegionNames } from '../regions/api.js';
import { countOverdue, findFunnelRows } from './repository.js';

type Row = Awaited<ReturnType<typeof findFunnelRows>>[number];
const ACCEPTED = new Set(['accepted', 'valued', 'approved', 'disbursed', 'declined']);
const APPROVED = new Set(['approved', 'disbursed']);

function funnel(key: string, name: string, rows: readonly Row[]) {
  return {
    key,
    name,
    applied: rows.length,
    // Accepted: every application the bank accepted, whatever came after (a later withdrawal or decline included).
    accepted: rows.filter((r) => r.accepted_at !== null || ACCEPTED.has(r.status)).length,
    approved: rows.filter((r) => APPROVED.has(r.status)).length,
    disbursed: rows.filter((r) => r.status === 'disbursed').length,
  };
}

/** The median of a list of numbers; null for none. */
export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/**
 * The bureau's view (融资监管): the funnel applied → accepted → approved → disbursed for its jurisdiction, per bank
 * and per county, and the median working days from application to disbursement (on the holiday calendar) — the
 * measure Nanjing's "3–5 working days" is about.
 */
export async function financeOversight(ctx: AppContext, actor: Actor, q: { region?: string; from?: string; to?: string }): Promise<FinanceOversight> {
  const region = q.region ?? actor.regionCode;
  if (q.region) assertRegionInJurisdiction(actor, q.region);
  const rows = await findFunnelRows(ctx.db, region, q.from, q.to);
  const byBank = new Map<number, { name: string; rows: Row[] }>();
  const byCounty = new Map<string, Row[]>();
  for (const r of rows) {
    const b = byBank.get(Number(r.bank_org_id)) ?? { name: r.bank_name, rows: [] };
    b.rows.push(r);
    byBank.set(Number(r.bank_org_id), b);
    const county = r.region_code.slice(0, 6);
    byCounty.set(county, [...(byCounty.get(county) ?? []), r]);
  }
  const names = await findRegionNames(ctx.db, [...byCounty.keys()]);
  const days = rows.filter((r) => r.status === 'disbursed' && r.disbursed_on).map((r) => workingDaysBetween(r.submitted_on, r.disbursed_on as string));
  return {
    total: funnel(region, '合计', rows),
    byBank: [...byBank.entries()].map(([id, b]) => funnel(String(id), b.name, b.rows)).sort((a, b) => b.applied - a.applied || a.name.localeCompare(b.name)),
    byCounty: [...byCounty.entries()].map(([code, rs]) => funnel(code, names.get(code) ?? code, rs)).sort((a, b) => a.key.localeCompare(b.key)),
    medianWorkingDays: median(days),
    disbursedCount: days.length,
    overdue: await countOverdue(ctx.db, region, todayIso(ctx)),
  };
}
