/** The screen module's public surface (ARCHITECTURE.md, "Module seams"). */
export { defaultYear, resolveRegion } from './service.js';
