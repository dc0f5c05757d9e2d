/**
 * Patent full-text search (专利全文检索). The patents module's register() installs the index maintenance
 * hook (`indexPatents`): every write through runPatentWriteHooks re-indexes the written patents in the
 * same transaction.
 */
export { searchPatents, countPatents, streamPatentIds, type SearchRequest, type SearchResult } from './service.js';
export type { SearchItem } from './items.js';
export type { SearchFacets, FacetBucket } from './facets.js';
export type { SearchSort } from './search-queries.js';
export { indexPatents, rebuildSearchIndex } from './index-writer.js';
export { compileQuery, type Plan, type Cond } from './plan.js';
export { indexText, termPhrase, textContainsTerm, foldRuns } from './tokenizer.js';
export { warmFacetSnapshot } from './facet-snapshot.js';
