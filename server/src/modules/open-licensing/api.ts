/** The open-licensing module's public surface (ARCHITECTURE.md, "Module seams"). */
export { assertNoStandingOpenLicence } from './service.js';
