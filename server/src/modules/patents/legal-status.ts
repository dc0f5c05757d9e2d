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
  'term_compensation',
] as const;
export type PatentEventKind = (typeof patentEventKinds)[number];

/** Events that end a patent or application (终止): a later restoration (恢复) undoes the last one. */
const TERMINATING: ReadonlySet<string> = new Set(['invalidation', 'lapse', 'surrender', 'rejected', 'withdrawn']);

/**
 * Statutory term: invention 20 years, utility model 10 years, design 10 years, or 15 years for
 * designs filed on or after 2021-06-01 (Patent Law 2020 art. 42 ¶1, in force 2021-06-01). Returns the
 * first day the patent is no longer in force (the term counts from the filing date). An invention's
 * term compensation (专利权期限补偿, art. 42 ¶2–3; Implementing Rules 2023 arts. 77–84: for unreasonable
 * delay in grant, or for a new drug's marketing review) adds its days to the term.
 */
export function expiryDate(kind: PatentKind, appDate: string, compensationDays = 0): string {
  const years = kind === 'invention' ? 20 : kind === 'utility' ? 10 : appDate >= '2021-06-01' ? 15 : 10;
  const end = dayjs(appDate).add(years, 'year');
  return (compensationDays > 0 ? end.add(compensationDays, 'day') : end).format('YYYY-MM-DD');
}

/** The days of term compensation granted on the history (专利权期限补偿 events; days not given count 0). */
export function compensationDays(events: readonly { kind: string; term_days?: number | null }[]): number {
  let days = 0;
  for (const e of events) if (e.kind === 'term_compensation' && e.term_days) days += Number(e.term_days);
  return days;
}

/**
 * Grace period for an unpaid annual fee (Implementing Rules 2023 art. 115): the fee may still be paid,
 * with a surcharge, within 6 months of its due date; then the patent terminates FROM THE DUE DATE.
 * Statutory, not a setting.
 */
export const FEE_GRACE_MONTHS = 6;

/**
 * The date a patent lapsed for an unpaid annual fee (未缴年费专利权终止, 细则 art. 115): the due date of the
 * unpaid fee, i.e. the anniversary of the filing date that opens the unpaid patent year — never the later
 * date the termination was announced. `feeYear` (第N年度) gives it exactly (filing date + N−1 years). Without
 * it, the due date is the latest anniversary at least the grace period before the announcement (the
 * termination cannot be announced before the grace period has run out); an announcement (or 失效日) that
 * falls on an anniversary is taken as the due date itself. A due date before the grant is impossible
 * (the grant year's fee is paid on registration): the first anniversary after the grant stands in. Null
 * when the filing date is unknown (the caller keeps the announcement date and says so).
 */
export function feeLapseDate(appDate: string | null, announced: string, opts: { feeYear?: number | null; grantDate?: string | null } = {}): string | null {
  if (appDate === null || appDate >= announced) return null;
  const filed = dayjs(appDate);
  const anniversary = (n: number) => filed.add(n, 'year').format('YYYY-MM-DD');
  if (opts.feeYear && opts.feeYear >= 2) return anniversary(opts.feeYear - 1);
  const latest = dayjs(announced).subtract(FEE_GRACE_MONTHS, 'month').format('YYYY-MM-DD');
  let n = Math.max(0, dayjs(announced).diff(filed, 'year'));
  if (anniversary(n) !== announced) {
    while (n > 0 && anniversary(n) > latest) n -= 1;
  }
  if (n === 0) return null;
  let due = anniversary(n);
  if (opts.grantDate && due < opts.grantDate) {
    let m = n;
    while (anniversary(m) < opts.grantDate) m += 1;
    due = anniversary(m) <= announced ? anniversary(m) : announced;
  }
  return due;
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
