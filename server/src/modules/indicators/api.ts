/** The indicators module's public surface (ARCHITECTURE.md, "Module seams"). */
export { indicatorValues } from './values.js';
export { rankAmong, roundTo } from './calc.js';
export { computeIndicator, type IndicatorProvider } from './providers.js';
export { patentSnapshot, snapshotScope } from './patent-snapshot.js';
export { mapSeedKey } from './seed-keys.js';
export { readSeedFigures, type SeedFigures } from './seed-figures.js';
