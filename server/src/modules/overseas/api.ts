/**
 * The overseas module's public surface (ARCHITECTURE.md, "Module seams"): the conflict-of-interest rule and
 * the request workflow's record type name.
 */
export { conflictOf, REQUEST as OVERSEAS_REQUEST } from './requests.js';
