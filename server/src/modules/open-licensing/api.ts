/** The open-licensing module's public surface (ARCHITECTURE.md, "Module seams"). */
export { assertNoStandingOpenLicence, openLicenceConflicts } from './service.js';
// The registry facts a 备案 officer checks too (fee grace period, suspension, pledge).
export { annualFeesOverdue, pledgedOn, suspended } from './eligibility.js';
// The 15 % annual-fee reduction during an open licence (财税〔2024〕23号), not stacked: for fee reminders.
export { annualFeeAfterReduction, openLicenceFeeReduction, openLicenceReductionOn, type FeeReduction } from './fee-reduction.js';
// Open-licence licences ending soon (the services' reminders, #16 §2).
export { findOpenLicencesEnding } from './expiry-repository.js';
