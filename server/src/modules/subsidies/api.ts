/**
 * The subsidies module's public surface: other modules (the services' awards, #16) reuse the policy engine from
 * `platform/policy.ts` directly; from here they may read the policy templates and the LPR lookup.
 */
export { subsidyPolicyTemplates, findPolicyTemplate } from './templates.js';
export { loadLprLookup } from './compute.js';
