import type { AuditActor } from '../../../../platform/actor.js';
import type { AppContext } from '../../../../platform/context.js';
import { createImportJob } from '../../import/jobs.js';
import { importPatents, type ImportProgress } from '../../import/patent-importer.js';
import { loadShandongCounties, readIpcGroups, readTitles } from './reference-data.js';
import { applicantPool, seededRandom, syntheticPatentRow, type CorpusVocabulary } from './synthetic-patents.js';

/** The system actor synthetic imports run as. */
export const importActor = (): AuditActor => ({
  userId: null,
  username: 'search-corpus',
  orgId: null,
  regionCode: '370800',
  ip: null,
  trace: { auditRows: 0 },
});

/** Imports export rows through the real import path (importPatents: batches of DEFAULT_BATCH, write hooks, audit). */
export async function importRows(
  ctx: AppContext,
  rows: Iterable<Record<string, unknown>> | AsyncIterable<Record<string, unknown>>,
  opts: { asOf: string; batchSize?: number; onProgress?: (p: ImportProgress) => void },
): Promise<ImportProgress> {
  const actor = importActor();
  const jobId = await createImportJob(ctx, actor, { kind: 'patents', fileName: 'synthetic-patents.jsonl' });
  async function* source() {
    let rowNo = 0;
    for await (const raw of rows) yield { rowNo: ++rowNo, raw };
  }
  return importPatents(ctx, source(), { jobId, actor, asOf: opts.asOf, batchSize: opts.batchSize, onProgress: opts.onProgress });
}

/** Everything a synthetic corpus draws from, read once. */
export async function loadVocabulary(ctx: AppContext, seed = 7): Promise<CorpusVocabulary> {
  const counties = await loadShandongCounties(ctx.db);
  return { titles: readTitles(), groups: readIpcGroups(), applicants: applicantPool(seededRandom(seed)), ...counties };
}

/**
 * The 9,740 real titles, one synthetic patent each (abstract, claim, parties, dates, region composed
 * around the real title and IPC), imported; returns the rows in import order for brute-force checks.
 */
export async function importTitleCorpus(ctx: AppContext, asOf: string, limit?: number): Promise<Record<string, string>[]> {
  const vocab = await loadVocabulary(ctx);
  const rng = seededRandom(20_260_301);
  const titles = vocab.titles.slice(0, limit ?? vocab.titles.length);
  const rows = titles.map((t, i) => syntheticPatentRow(i, rng, vocab, asOf, t));
  await importRows(ctx, rows, { asOf });
  return rows;
}
