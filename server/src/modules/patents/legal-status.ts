import dayjs from 'dayjs';
import { hasEndedOn, isInForceOn, type InForceDates } from './in-force.js';

/** Patent types (专利类型). */
export type PatentKind = 'invention' | 'utility' | 'design';

/** Legal-status event kinds on a patent's history (法律状态事件). */
export const patentEventKinds = [
  'filing',
  'publication',
  'examination',
  'grant',
  'transfer',
  'licence',
  'licence_exclusive',
  'licence_sole',
  'licence_end',
  'pledge',
  'pledge_change',
  'pledge_release',
  'open_licence',
  'open_licence_withdrawn',
  'preservation',
  'preservation_release',
  'invalidation_partial',
  'invalidation',
  'lapse',
  'surrender',
  'rejected',
  'withdrawn',
  'restoration',
] as const;
export type PatentEventKind = (typeof patentEventKinds)[number];

/** Events that end a patent or application (终止): a later restoration (恢复) undoes the last one. */
const TERMINATING: ReadonlySet<string> = new Set(['invalidation', 'lapse', 'surrender', 'rejected', 'withdrawn']);

/**
 * Statutory term: invention 20 years, utility model 10 years, design 10 years, or 15 years for
 * designs filed on or after 2021-06-01 (Patent Law 2020 art. 42). Returns the first day the
 * patent is no longer in force (the term counts from the filing date).
 */
export function expiryDate(kind: PatentKind, appDate: string): string {
  const years = kind === 'invention' ? 20 : kind === 'utility' ? 10 : appDate >= '2021-06-01' ? 15 : 10;
  return dayjs(appDate).add(years, 'year').format('YYYY-MM-DD');
}

/** The date the patent or application ended, from its event history (null while it stands). */
export function terminationDate(events: readonly { kind: string; event_date: string }[]): string | null {
  let terminated: string | null = null;
  const sorted = [...events].sort((a, b) => a.event_date.localeCompare(b.event_date));
  for (const e of sorted) {
    if (TERMINATING.has(e.kind) && terminated === null) terminated = e.event_date;
    else if (e.kind === 'restoration' && terminated !== null && e.event_date >= terminated) terminated = null;
  }
  return terminated;
}

export type LegalState = 'effective' | 'lapsed' | 'pending' | 'unknown';

/** The derived facts a patent's state on any date is computed from. */
export interface LegalDates {
  app_date: string | null;
  grant_date: string | null;
  expires_on: string | null;
  terminated_on: string | null;
}

/** A patent row's dates in the in-force rule's terms. */
export const inForceDatesOf = (p: LegalDates): InForceDates<string> => ({ grant: p.grant_date, terminated: p.terminated_on, expires: p.expires_on });

/**
 * Legal state on a reference date (统计口径), from the in-force rule (in-force.ts): lapsed when
 * terminated or past its term by then; effective when in force; unknown when granted and not
 * terminated but its term end is unknown (no filing date: shown as 未知 with that reason, counted
 * nowhere); pending (审中) when not granted and not ended.
 */
export function legalStateOn(p: LegalDates, date: string): LegalState {
  const d = inForceDatesOf(p);
  if (hasEndedOn(d, date)) return 'lapsed';
  if (isInForceOn(d, date)) return 'effective';
  if (d.grant !== null && d.grant <= date) return 'unknown';
  return 'pending';
}

/** Years the patent has been maintained since filing, on the date. */
export function yearsSinceFiling(appDate: string, date: string): number {
  return dayjs(date).diff(dayjs(appDate), 'year');
}

export const legalStateLabels: Record<LegalState, string> = { effective: '有效', lapsed: '失效', pending: '审中', unknown: '未知' };
export const patentKindLabels: Record<PatentKind, string> = { invention: '发明', utility: '实用新型', design: '外观设计' };
