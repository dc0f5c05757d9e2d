import { ZFeeKind, type AnnualFeeReminder, type FeeKind } from '@zhichan/contract';
import type { Executor } from '../../db/database.js';
import { annualFeesOverdue, openLicenceReductionOn } from '../open-licensing/api.js';
import { computeFee, graceFeeYear, nextFeeYear, type FeeComputation, type FeePatent, type FeeRules } from './fees.js';

/** A registry row as the fee rules read it. */
export interface HeldPatent {
  id: number;
  app_no: string;
  title: string;
  kind: string;
  app_date: string | null;
  grant_date: string | null;
  source_status: string | null;
}

/** The patent's fee facts, or null when a fee cannot be computed (no filing or grant date, unknown type). */
export function feePatentOf(p: Pick<HeldPatent, 'kind' | 'app_date' | 'grant_date'>): FeePatent | null {
  const kind = ZFeeKind.safeParse(p.kind);
  if (!kind.success || !p.app_date || !p.grant_date) return null;
  return { kind: kind.data as FeeKind, appDate: p.app_date.slice(0, 10), grantDate: p.grant_date.slice(0, 10) };
}

/**
 * The fee to remind of on `today`, before reductions: the year overdue in its grace period when the registry
 * says a fee is unpaid, else the next year's fee once it is within 90 days; null otherwise.
 */
export function feeToRemind(p: HeldPatent, today: string, rules: FeeRules): FeeComputation | null {
  const fp = feePatentOf(p);
  if (!fp) return null;
  if (annualFeesOverdue(p.source_status)) {
    const year = graceFeeYear(fp, today, rules.graceMonths);
    if (year !== null) return computeFee(fp, year, today, rules, []);
  }
  const next = computeFee(fp, nextFeeYear(fp, today), today, rules, []);
  return next && next.stage !== null ? next : null;
}

/** The annual-fee reminders of an enterprise's patents, with the open-licence reduction where one stands. */
export async function feeRemindersOf(db: Executor, patents: readonly HeldPatent[], today: string, rules: FeeRules): Promise<AnnualFeeReminder[]> {
  const out: AnnualFeeReminder[] = [];
  for (const p of patents) {
    const plain = feeToRemind(p, today, rules);
    const fp = feePatentOf(p);
    if (!plain || !fp) continue;
    // The 15 % open-licence reduction applies when a declaration stands on the day the fee is due.
    const reduction = await openLicenceReductionOn(db, Number(p.id), plain.dueOn);
    const c = reduction ? computeFee(fp, plain.feeYear, today, rules, [reduction]) : plain;
    if (!c || c.stage === null) continue;
    out.push({
      patentId: Number(p.id),
      appNo: p.app_no,
      title: p.title,
      kind: fp.kind,
      feeYear: c.feeYear,
      dueOn: c.dueOn,
      daysLeft: c.daysLeft,
      stage: c.stage,
      fee: c.fee,
      reduction: c.reduction,
      amount: c.amount,
      graceEndsOn: c.graceEndsOn,
      monthsLate: c.monthsLate,
      surcharge: c.surcharge,
      total: c.total,
      lines: c.lines,
    });
  }
  return out.sort((a, b) => a.daysLeft - b.daysLeft);
}
