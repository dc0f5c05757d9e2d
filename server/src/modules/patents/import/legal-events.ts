import { feeLapseDate, type PatentEventKind } from '../legal-status.js';
import type { PatentRecordEvent } from '../record.js';

/**
 * Legal-status words (法律状态) of Chinese commercial databases and CNIPA's own status texts → event kinds,
 * checked in this order ('避免重复授权放弃' is a surrender, not a grant). 期限届满 (term expired) gives no
 * event: expiry is derived from the filing date (Patent Law art. 42).
 *
 * - "未缴年费专利权终止，等恢复" is a lapse: the patentee may still ask for restoration (细则 art. 6), but
 *   until a restoration (恢复) is announced the patent is not in force. "等恢复" alone never restores.
 * - "无权", "失效" and CNIPA's "专利权的终止" end the right (lapse) unless a more specific word says how
 *   (视为撤回, 驳回, 放弃, 全部无效, 届满 …).
 * - 撤回 means a withdrawn APPLICATION only (视为撤回, 申请撤回, 撤回 on its own): "开放许可声明的撤回"
 *   withdraws an open-licence declaration and the patent stays in force; other acts' withdrawals
 *   (备案的撤回 …) end nothing.
 * - 专利权期限补偿 (term compensation, art. 42 ¶2–3) adds days to the term; the patent stays in force.
 */
const STATUS_RULES: readonly { test: RegExp; kind: PatentEventKind | null; summary: string }[] = [
  { test: /期限届满|届满终止|届满/, kind: null, summary: '' },
  { test: /期限补偿/, kind: 'term_compensation', summary: '专利权期限补偿' },
  { test: /开放许可.*撤回|撤回.*开放许可/, kind: 'open_licence_withdrawn', summary: '开放许可声明的撤回' },
  { test: /开放许可/, kind: 'open_licence', summary: '开放许可声明' },
  { test: /未缴年费|年费终止/, kind: 'lapse', summary: '未缴年费专利权终止' },
  { test: /等恢复|等待恢复/, kind: 'lapse', summary: '专利权终止（等恢复）' },
  { test: /全部无效/, kind: 'invalidation', summary: '专利权全部无效' },
  { test: /部分无效/, kind: 'invalidation_partial', summary: '专利权部分无效' },
  { test: /放弃/, kind: 'surrender', summary: '放弃专利权' },
  { test: /驳回/, kind: 'rejected', summary: '申请被驳回' },
  { test: /视为撤回/, kind: 'withdrawn', summary: '申请视为撤回' },
  { test: /申请.*撤回|撤回.*申请|^(?:无权|审中|失效)?[-－—:：]?\s*(?:主动)?撤回$/, kind: 'withdrawn', summary: '申请撤回' },
  { test: /撤回/, kind: null, summary: '' },
  { test: /恢复/, kind: 'restoration', summary: '权利恢复' },
  { test: /实质审查|实审/, kind: 'examination', summary: '实质审查生效' },
  { test: /授权/, kind: 'grant', summary: '授权公告' },
  { test: /专利权的?终止|无权|失效/, kind: 'lapse', summary: '专利权终止' },
];

/** Event kinds a status cell names (several statuses may share a cell: '有权-审定授权;质押'). */
export function statusEventKinds(status: string | null): { kind: PatentEventKind; summary: string }[] {
  if (!status) return [];
  const out: { kind: PatentEventKind; summary: string }[] = [];
  for (const raw of status.split(/[;；,，、|]+/)) {
    const part = raw.trim();
    const rule = STATUS_RULES.find((r) => r.test.test(part));
    if (rule?.kind && !out.some((e) => e.kind === rule.kind)) out.push({ kind: rule.kind, summary: rule.summary });
  }
  return out;
}

/** True when the status text says the lapse is for unpaid annual fees (dated from the fee's due date). */
export function isFeeLapse(status: string | null): boolean {
  return status !== null && /未缴年费|年费终止|年费/.test(status);
}

/** The patent year whose fee went unpaid when the status names it ('第11年度年费'), else null. */
export function feeYearOf(status: string | null): number | null {
  const m = status ? /第\s*(\d{1,2})\s*年度?/.exec(status) : null;
  return m ? Number(m[1]) : null;
}

/** Days of term compensation a status or a cell states ('补偿730天', '730'), else null. */
export function compensationDaysOf(text: unknown): number | null {
  if (typeof text === 'number') return Number.isInteger(text) && text > 0 ? text : null;
  if (typeof text !== 'string') return null;
  const m = /(\d{1,5})\s*(?:天|日)/.exec(text) ?? /^\s*(\d{1,5})\s*$/.exec(text);
  const n = m ? Number(m[1]) : NaN;
  return Number.isInteger(n) && n > 0 ? n : null;
}

/** True when a status says the right is in force (有权) or was granted. */
export function statusSaysGranted(status: string | null): boolean {
  return status !== null && /^有权|授权/.test(status) && !/放弃|驳回/.test(status) && !/撤回/.test(status.replace(/开放许可[^;；,，、|]*撤回/g, ''));
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
  /** 申请日: an unpaid-fee lapse is dated from the fee's due date, an anniversary of it. */
  appDate?: string | null;
  /** 失效日/终止日 when the source states the date the right ended. */
  lapseDate?: string | null;
  /** 期限补偿天数 when the source states the days of term compensation. */
  compensationDays?: number | null;
}

/** Summary suffix for an event dated by the as-of date; part of the event's identity, so re-imports with the same as-of stay idempotent. */
export function estimatedNote(asOf: string): string {
  return `（来源未给出日期，按导入基准日 ${asOf} 记）`;
}

/**
 * The events a record's status and date columns imply: the grant at 授权公告日, examination at
 * 实质审查日, and the status's own event (lapse, rejection, withdrawal, invalidation …) at 法律状态公告日,
 * else at the as-of date with a note saying so. A lapse is dated by the source's 失效日 when it gives one;
 * a lapse for unpaid fees otherwise from the fee's due date (细则 art. 115, `feeLapseDate`), the
 * announcement date kept in the summary. Term compensation carries its days.
 */
export function deriveEvents(d: EventDates): PatentRecordEvent[] {
  const events: PatentRecordEvent[] = [];
  const add = (kind: PatentEventKind, summary: string, date: string | null, details: string | null = null, termDays: number | null = null) => {
    const estimated = date === null;
    const day = date ?? d.asOf;
    if (events.some((e) => e.kind === kind && e.date === day)) return;
    events.push({
      kind,
      date: day,
      summary: estimated ? summary + estimatedNote(d.asOf) : summary,
      details,
      dateEstimated: estimated,
      ...(termDays !== null ? { termDays } : {}),
    });
  };
  if (d.grantDate) add('grant', '授权公告', d.grantDateEstimated ? null : d.grantDate);
  if (d.examDate) add('examination', '实质审查生效', d.examDate);
  for (const { kind, summary } of statusEventKinds(d.status)) {
    if (kind === 'grant') {
      if (!d.grantDate) add('grant', summary, null, d.status);
    } else if (kind === 'examination') {
      if (!d.examDate) add('examination', summary, d.statusDate, d.status);
    } else if (kind === 'lapse') {
      const announced = d.statusDate;
      const due =
        d.lapseDate ??
        (announced && isFeeLapse(d.status)
          ? feeLapseDate(d.appDate ?? null, announced, { feeYear: feeYearOf(d.status), grantDate: d.grantDateEstimated ? null : d.grantDate })
          : null);
      if (due !== null && due !== announced) add(kind, announced ? `${summary}（${announced} 公告，自 ${due} 起终止）` : summary, due, d.status);
      else add(kind, summary, announced ?? d.lapseDate ?? null, d.status);
    } else if (kind === 'term_compensation') {
      const days = d.compensationDays ?? compensationDaysOf(d.status);
      add(kind, days !== null ? `${summary} ${days} 天` : `${summary}（补偿天数不详）`, d.statusDate, d.status, days);
    } else {
      add(kind, summary, d.statusDate, d.status);
    }
  }
  return events;
}
