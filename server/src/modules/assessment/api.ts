/** The assessment module's public surface (ARCHITECTURE.md, "Module seams"). */
export { createScheme } from './service.js';
