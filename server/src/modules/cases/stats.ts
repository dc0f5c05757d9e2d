import type { z } from 'zod';
import { penaltyKinds, type CaseStats, type DayUnit, type PenaltyKind, type ZCaseStatsQuery } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { todayIso } from '../../platform/context.js';
import { assertRegionInJurisdiction } from '../../platform/jurisdiction.js';
import { getSetting } from '../../platform/settings.js';
import type { Executor } from '../../db/database.js';
import { complaintCounts, penaltyStatsRows } from './repository.js';
import { findClocksOfRecords, findPausesOf } from '../../platform/clocks-repository.js';
import { usedDays } from '../../platform/deadlines.js';

/**
 * Protection statistics (保护统计) of a region and year: complaints and reports received, penalty cases by kind,
 * county and month (by clue date), decisions and fines (by decision date), and the closure time against the
 * statutory limit: 压缩比例 = 1 − mean actual days ÷ statutory days, over the cases decided in the year, the
 * actual days being the decision clock's used days with paused days left out.
 */
export async function caseStats(db: Executor, regionCode: string, year: number): Promise<CaseStats> {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const [rows, counts, statutoryDays] = await Promise.all([
    penaltyStatsRows(db, regionCode, from, to),
    complaintCounts(db, regionCode, from, to),
    getSetting(db, 'cases.decision_days'),
  ]);
  const received = rows.filter((r) => r.clue_on >= from && r.clue_on <= to);
  const decided = rows.filter((r) => r.decision_on !== null && r.decision_on >= from && r.decision_on <= to);
  const byKind = new Map<string, number>();
  const byRegion = new Map<string, number>();
  const byMonth = new Map<string, number>();
  for (const r of received) {
    byKind.set(r.kind, (byKind.get(r.kind) ?? 0) + 1);
    const county = r.region_code.slice(0, 6);
    byRegion.set(county, (byRegion.get(county) ?? 0) + 1);
    const m = r.clue_on.slice(0, 7);
    byMonth.set(m, (byMonth.get(m) ?? 0) + 1);
  }
  // The decision clock's own record: days used (pauses excluded) between opening and decision.
  const clocks = await findClocksOfRecords(
    db,
    'penalty_case',
    decided.map((r) => Number(r.id)),
  );
  const decide = clocks.filter((c) => c.clock_key === 'decide' && c.stopped_on !== null);
  const pauses = await findPausesOf(
    db,
    'record',
    decide.map((c) => Number(c.id)),
  );
  const used = decide.map((c) =>
    usedDays(
      { start: c.start_on, unit: c.unit as DayUnit },
      c.stopped_on ?? c.start_on,
      pauses.filter((p) => Number(p.clock_id) === Number(c.id)).map((p) => ({ pausedOn: p.paused_on, resumedOn: p.resumed_on })),
    ),
  );
  const mean = used.length > 0 ? used.reduce((s, d) => s + d, 0) / used.length : null;
  return {
    regionCode,
    year,
    complaints: Number(counts.find((c) => c.kind === 'complaint')?.n ?? 0),
    reports: Number(counts.find((c) => c.kind === 'report')?.n ?? 0),
    penaltyCases: received.length,
    byKind: penaltyKinds.map((k: PenaltyKind) => ({ kind: k, count: byKind.get(k) ?? 0 })),
    byRegion: [...byRegion].sort(([a], [b]) => a.localeCompare(b)).map(([code, count]) => ({ regionCode: code, count })),
    byMonth: [...byMonth].sort(([a], [b]) => a.localeCompare(b)).map(([month, count]) => ({ month, count })),
    decided: decided.length,
    fines: Math.round(decided.reduce((s, r) => s + Number(r.fine ?? 0), 0) * 100) / 100,
    compression: mean === null ? null : Math.round((1 - mean / statutoryDays) * 1000) / 1000,
    meanDays: mean === null ? null : Math.round(mean * 10) / 10,
    statutoryDays,
  };
}

/** The statistics panel for the caller's jurisdiction (or a region within it). */
export async function getCaseStats(ctx: AppContext, actor: Actor, q: z.infer<typeof ZCaseStatsQuery>): Promise<CaseStats> {
  const region = q.regionCode ?? actor.regionCode;
  assertRegionInJurisdiction(actor, region);
  return caseStats(ctx.db, region, q.year ?? Number(todayIso(ctx).slice(0, 4)));
}
