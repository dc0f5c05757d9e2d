/** The imports module's public surface (ARCHITECTURE.md, "Module seams"). */
export { settleImports } from './service.js';
