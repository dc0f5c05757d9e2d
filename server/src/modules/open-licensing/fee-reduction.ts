import type { Executor } from '../../db/database.js';
import { findAnnouncedDeclarationOn } from './repository.js';

/**
 * The annual-fee reduction during an open licence (专利开放许可期间年费减免 15 %, 财税〔2024〕23号): it runs
 * from CNIPA's announcement of the declaration until its withdrawal, and is not stacked with other fee
 * reductions (专利收费减缴): the single most favourable one applies.
 */
export const openLicenceFeeReduction = {
  percent: 15,
  basis: '财税〔2024〕23号',
  note: '开放许可实施期间专利年费减缴15%，不与其他专利费用减缴政策叠加享受（按最优惠的一项执行）',
} as const;

export interface FeeReduction {
  percent: number;
  basis: string;
}

/** The reduction a declaration gives on `on`: from CNIPA's announcement to the withdrawal, else null. */
export function declarationFeeReduction(
  d: { status: string; cnipa_announced_on: string | null; withdrawn_at: string | null },
  on: string,
): { percent: number; basis: string; since: string; note: string } | null {
  if (!d.cnipa_announced_on || d.cnipa_announced_on > on) return null;
  if (d.withdrawn_at && d.withdrawn_at.slice(0, 10) <= on) return null;
  if (d.status !== 'published' && d.status !== 'withdrawn') return null;
  return { percent: openLicenceFeeReduction.percent, basis: openLicenceFeeReduction.basis, since: d.cnipa_announced_on, note: openLicenceFeeReduction.note };
}

/**
 * An annual fee after reductions that do not stack: the largest single reduction applies, never their sum.
 * Returns the amount due (yuan, to the fen) and the reduction applied (null: none).
 */
export function annualFeeAfterReduction(fee: number, reductions: readonly FeeReduction[]): { amount: number; applied: FeeReduction | null } {
  const best = reductions.reduce<FeeReduction | null>((a, r) => (a === null || r.percent > a.percent ? r : a), null);
  if (!best) return { amount: fee, applied: null };
  return { amount: Math.round(fee * (100 - best.percent)) / 100, applied: best };
}

/**
 * The open-licence reduction of a patent's annual fee due on `on` (for the services module's fee reminders):
 * null when no CNIPA-announced declaration stands on that date.
 */
export async function openLicenceReductionOn(db: Executor, patentId: number, on: string): Promise<FeeReduction | null> {
  const d = await findAnnouncedDeclarationOn(db, patentId, on);
  return d ? { percent: openLicenceFeeReduction.percent, basis: openLicenceFeeReduction.basis } : null;
}
