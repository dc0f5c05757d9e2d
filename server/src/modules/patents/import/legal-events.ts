import type { PatentEventKind } from '../legal-status.js';
import type { PatentRecordEvent } from '../record.js';

/**
 * Legal-status words (法律状态) of Chinese commercial databases → event kinds, checked in this order
 * ('避免重复授权放弃' is a surrender, not a grant). 期限届满 (term expired) gives no event: expiry is
 * derived from the filing date (Patent Law art. 42).
 */
const STATUS_RULES: readonly { test: RegExp; kind: PatentEventKind | null; summary: string }[] = [
  { test: /期限届满|届满终止/, kind: null, summary: '' },
  { test: /未缴年费|年费终止/, kind: 'lapse', summary: '未缴年费专利权终止' },
  { test: /全部无效/, kind: 'invalidation', summary: '专利权全部无效' },
  { test: /部分无效/, kind: 'invalidation_partial', summary: '专利权部分无效' },
  { test: /放弃/, kind: 'surrender', summary: '放弃专利权' },
  { test: /驳回/, kind: 'rejected', summary: '申请被驳回' },
  { test: /视为撤回/, kind: 'withdrawn', summary: '申请视为撤回' },
  { test: /撤回/, kind: 'withdrawn', summary: '申请撤回' },
  { test: /恢复/, kind: 'restoration', summary: '权利恢复' },
  { test: /实质审查|实审/, kind: 'examination', summary: '实质审查生效' },
  { test: /授权/, kind: 'grant', summary: '授权公告' },
];

/** Event kinds a status cell names (several statuses may share a cell: '有权-审定授权;质押'). */
export function statusEventKinds(status: string | null): { kind: PatentEventKind; summary: string }[] {
  if (!status) return [];
  const out: { kind: PatentEventKind; summary: string }[] = [];
  for (const part of status.split(/[;；,，、|]+/)) {
    const rule = STATUS_RULES.find((r) => r.test.test(part));
    if (rule?.kind && !out.some((e) => e.kind === rule.kind)) out.push({ kind: rule.kind, summary: rule.summary });
  }
  return out;
}

/** True when a status says the right is in force (有权) or was granted. */
export function statusSaysGranted(status: string | null): boolean {
  return status !== null && /^有权|授权/.test(status) && !/放弃|驳回|撤回/.test(status);
}

/** The dates that events are dated by, and the import's as-of date for events the source gives no date for. */
export interface EventDates {
  status: string | null;
  grantDate: string | null;
  grantDateEstimated: boolean;
  examDate: string | null;
  /** 法律状态公告日: the date of the latest status. */
  statusDate: string | null;
  asOf: string;
}

/** Summary suffix for an event dated by the as-of date; part of the event's identity, so re-imports with the same as-of stay idempotent. */
export function estimatedNote(asOf: string): string {
  return `（来源未给出日期，按导入基准日 ${asOf} 记）`;
}

/**
 * The events a record's status and date columns imply: the grant at 授权公告日, examination at
 * 实质审查日, and the status's own event (lapse, rejection, withdrawal, invalidation …) at 法律状态公告日,
 * else at the as-of date with a note saying so.
 */
export function deriveEvents(d: EventDates): PatentRecordEvent[] {
  const events: PatentRecordEvent[] = [];
  const add = (kind: PatentEventKind, summary: string, date: string | null, details: string | null = null) => {
    const estimated = date === null;
    const day = date ?? d.asOf;
    if (events.some((e) => e.kind === kind && e.date === day)) return;
    events.push({ kind, date: day, summary: estimated ? summary + estimatedNote(d.asOf) : summary, details, dateEstimated: estimated });
  };
  if (d.grantDate) add('grant', '授权公告', d.grantDateEstimated ? null : d.grantDate);
  if (d.examDate) add('examination', '实质审查生效', d.examDate);
  for (const { kind, summary } of statusEventKinds(d.status)) {
    if (kind === 'grant') {
      if (!d.grantDate) add('grant', summary, null, d.status);
    } else if (kind === 'examination') {
      if (!d.examDate) add('examination', summary, d.statusDate, d.status);
    } else {
      add(kind, summary, d.statusDate, d.status);
    }
  }
  return events;
}
