/**
 * The key-marks module's public surface (ARCHITECTURE.md, "Module seams"): flags of listed marks for other
 * modules (complaints, exhibition filings) and the GI authorised-user check before a GI complaint is triaged.
 */
export { keyMarkFlags, foldMark, assertGiAuthorisedUser, isGiAuthorisedUser } from './service.js';
