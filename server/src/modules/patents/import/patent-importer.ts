import { todayIso } from '../../../platform/context.js';
import type { AppContext } from '../../../platform/context.js';
import type { PatentRecord } from '../record.js';
import { finishLargeImport } from './bulk-store.js';
import { runImportBatches, type ImportOptions, type ImportProgress } from './batch-runner.js';
import { patentHeaderAliases, resolveColumns, type ColumnMap, type PatentField } from './column-map.js';
import type { SourceRow } from './header-row.js';
import { mapPatentRow } from './map-patent.js';
import { writePatentBatch } from './patent-batch.js';
import { loadRegionResolver } from './region-resolver.js';

export type { ImportOptions, ImportProgress } from './batch-runner.js';

/** Today in the context's clock ('YYYY-MM-DD', UTC+8: the bureau's day). */
export function todayIn(ctx: Pick<AppContext, 'clock'>): string {
  return todayIso(ctx);
}

/**
 * Imports patents (专利导入) from rows of any reader: each row is validated into a PatentRecord (a
 * rejected row is stored with its reason in Chinese and never stops the batch) and upserted by
 * application number in batches, one transaction each, with one audit row ('patent.import_batch')
 * and the job's counters. Importing the same file again updates and never duplicates.
 */
export async function importPatents(ctx: AppContext, source: AsyncIterable<SourceRow>, opts: ImportOptions): Promise<ImportProgress> {
  const asOf = opts.asOf ?? todayIn(ctx);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error(`as-of date must be YYYY-MM-DD, got ${asOf}`);
  const regions = await loadRegionResolver(ctx.db);
  // Column maps per header set (a JSON source may vary its keys from row to row).
  const maps = new Map<string, ColumnMap<PatentField>>();
  const columnsOf = (raw: Record<string, unknown>) => {
    const keys = Object.keys(raw);
    const sig = keys.join('\u0000');
    let map = maps.get(sig);
    if (!map) {
      map = resolveColumns(keys, patentHeaderAliases);
      if (maps.size > 1000) maps.clear();
      maps.set(sig, map);
    }
    return map;
  };
  const result = await runImportBatches<PatentRecord>(ctx, source, opts, {
    auditAction: 'patent.import_batch',
    map: (row) => {
      const r = mapPatentRow(row.raw, columnsOf(row.raw), { asOf, regions });
      return r.ok ? { ok: true, key: r.record.appNo, record: r.record } : r;
    },
    write: async (trx, records) => writePatentBatch(ctx, trx, opts.jobId, records),
  });
  await finishLargeImport(ctx, result.inserted + result.updated);
  return result;
}
