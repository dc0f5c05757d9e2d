/** The indicators module's public surface (ARCHITECTURE.md, "Module seams"). */
export { indicatorValues } from './values.js';
export { rankAmong, roundTo } from './calc.js';
export { computeIndicator, registerIndicatorProvider, type IndicatorProvider } from './providers.js';
export { patentSnapshot, patentDataVersion, snapshotScope, type PatentSnapshot } from './patent-snapshot.js';
export { warmIndicatorCaches } from './warm.js';
export { mapSeedKey } from './seed-keys.js';
export { readSeedFigures, SEED_FIGURES_FILE, type SeedFigures } from './seed-figures.js';
