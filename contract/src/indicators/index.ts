export * from './catalogue.js';
export * from './periods.js';
export * from './population.js';
export * from './values.js';
export * from './reported.js';
export * from './plans.js';
export * from './assessment.js';
