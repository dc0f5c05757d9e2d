/** The orgs module's public surface (ARCHITECTURE.md, "Module seams"). */
export { findOrgByCreditCode, insertOrg, updateOrg } from './repository.js';
export { getOrg } from './service.js';
