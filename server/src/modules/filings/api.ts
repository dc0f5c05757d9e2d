/** The filings module's public surface (ARCHITECTURE.md, "Module seams"). */
// Filed licence contracts ending soon (the services' reminders, #16 §2).
export { findLicenceFilingsEnding } from './expiry-repository.js';
