/** The regions module's public surface (ARCHITECTURE.md, "Module seams"). */
export { findChildRegions, findRegion, findRegionNames } from './repository.js';
export { getRegionPath } from './service.js';
export { readDivisionTree } from './division-tree.js';
export { regionAncestry } from './ancestry.js';
