/** The saved-searches module's public surface (ARCHITECTURE.md, "Module seams"). */
export { alertSavedSearches } from './service.js';
