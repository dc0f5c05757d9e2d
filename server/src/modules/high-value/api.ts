/** The high-value module's public surface (ARCHITECTURE.md, "Module seams"). */
export { assessPatent } from './service.js';
export { highValueTerms } from './high-value-sql.js';
