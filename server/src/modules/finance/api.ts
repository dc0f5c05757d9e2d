/** The finance module's public surface (ARCHITECTURE.md, "Module seams"). */
// For pledge registration (#13 §5): an application's approved loan facts (pledgor, pledgee, amount, term, collateral).
export { approvedLoanFacts, type ApprovedLoanFacts } from './loan-facts.js';
// The pre-check rules as data and their pure evaluation (white-list screenings may reuse them).
export { precheck, compileRules, isEligible, fullYearsSince, type CompiledRules, type EnterpriseFigures } from './eligibility.js';
export { enterpriseFigures } from './figures.js';
// An indicator provider for the indicators module's registry (financial_products: listed products per region).
export { financeIndicatorProviders } from './indicator-providers.js';
