/** The referrals module's public surface (ARCHITECTURE.md, "Module seams"): the statutory period rule others reuse. */
export { statutoryDue, beijingDate } from './clocks.js';
export { assertActDate } from './dates.js';
