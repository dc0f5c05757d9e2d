/**
 * The patents module's public surface: what other modules may use (ARCHITECTURE.md, "Module seams").
 * Anything not exported here is the module's own business.
 */

// Legal state derived from a patent's dates and event history.
export { expiryDate, legalStateOn, terminationDate, type LegalDates, type PatentKind } from './legal-status.js';
// Recording events on a patent (licence, transfer, pledge, preservation) and keeping derived data current.
export {
  recordPatentEvents,
  patentEventAuthorities,
  type NewHolder,
  type PatentEvent,
  type PatentEventAuthority,
  type EventAuthority,
  type PledgeTerms,
} from './events.js';
export { findPledges } from './events-repository.js';
export { onPatentsWritten, runPatentWriteHooks, type PatentWriteHook } from './write-hooks.js';
export { normaliseAppNo, normaliseIpc } from './record.js';
// The command language and the search engine.
export type { QueryNode } from './query/index.js';
export { parseOrThrow, todayOf } from './search-api.js';
export { compileQuery, countPatents, foldRuns, streamPatentIds } from './search/index.js';
export { hitSource, type HitSource } from './search/search-source.js';
export { names } from './search/index-documents.js';
export { tuneSearchConnection } from './search/sqlite-tuning.js';
// Importing registry files (the imports module runs them as background jobs).
export {
  createCliImportJob,
  createImportJob,
  findImportJob,
  finishImportJob,
  findImportJobsPage,
  interruptedNote,
  interruptStaleImportJobs,
  streamImportErrorsCsv,
  type ImportKind,
} from './import/jobs.js';
export { importPatents, todayIn } from './import/patent-importer.js';
export { importTrademarks } from './import/trademark-importer.js';
export { openRowSource, type RowSource } from './import/readers.js';
// The one rule for 'in force on a date' and its SQL twin.
export { hasEndedOn, isInForceOn, ymdDates, type InForceDates } from './in-force.js';
export { endedCondition, inForceCondition, patentDateColumns } from './in-force-sql.js';
