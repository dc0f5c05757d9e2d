import type { Trx } from '../../../db/database.js';
import type { AppContext } from '../../../platform/context.js';
import { nowIso } from '../../../platform/context.js';
import { runImportBatches, type ImportOptions, type ImportProgress } from './batch-runner.js';
import { upsertRowsReturning, type BulkRow } from '../../../db/bulk-insert.js';
import { resolveColumns, type ColumnMap } from './column-map.js';
import type { SourceRow } from './header-row.js';
import { countTrademarksByRegNo, findOrganisations } from './patent-repository.js';
import { loadRegionResolver } from './region-resolver.js';
import { mapTrademarkRow, trademarkHeaderAliases, type TrademarkField, type TrademarkRecord } from './trademark-columns.js';

const UPDATED_COLUMNS = [
  'mark',
  'classes',
  'owner_name',
  'owner_org_id',
  'region_code',
  'app_date',
  'reg_date',
  'expires_on',
  'status',
  'madrid',
  'well_known',
  'is_demo',
  'updated_at',
];

/** Writes one batch of distinct trademarks: one upsert by registration number, owners linked by credit code or exact name. */
async function writeTrademarkBatch(ctx: AppContext, trx: Trx, records: readonly TrademarkRecord[]) {
  const existing = await countTrademarksByRegNo(
    trx,
    records.map((r) => r.regNo),
  );
  const orgs = await findOrganisations(
    trx,
    records.map((r) => r.ownerName),
    records.flatMap((r) => (r.creditCode ? [r.creditCode] : [])),
  );
  const now = nowIso(ctx);
  const rows: BulkRow[] = records.map((r) => ({
    reg_no: r.regNo,
    mark: r.mark,
    classes: JSON.stringify(r.classes.map((c) => String(c).padStart(2, '0'))),
    owner_name: r.ownerName,
    owner_org_id: (r.creditCode ? orgs.byCredit.get(r.creditCode) : undefined) ?? orgs.byName.get(r.ownerName) ?? null,
    region_code: r.regionCode,
    app_date: r.appDate,
    reg_date: r.regDate,
    expires_on: r.expiresOn,
    status: r.status,
    madrid: r.madrid ? 1 : 0,
    well_known: r.wellKnown ? 1 : 0,
    is_demo: 0,
    created_at: now,
    updated_at: now,
  }));
  await upsertRowsReturning(trx, ctx.dialect, 'trademarks', rows, { kind: 'update', key: ['reg_no'], set: UPDATED_COLUMNS }, ['id']);
  return { inserted: records.length - existing, updated: existing };
}

/**
 * Imports trademarks (商标导入): 注册号, 商标名称, 国际分类, 注册人, dates, 专用权期限, 商标状态, 是否马德里,
 * 是否驰名 → trademarks, upserted by registration number in batches of one transaction and one audit
 * row ('trademark.import_batch') each, like the patent import.
 */
export async function importTrademarks(ctx: AppContext, source: AsyncIterable<SourceRow>, opts: ImportOptions): Promise<ImportProgress> {
  const regions = await loadRegionResolver(ctx.db);
  const maps = new Map<string, ColumnMap<TrademarkField>>();
  return runImportBatches<TrademarkRecord>(ctx, source, opts, {
    auditAction: 'trademark.import_batch',
    map: (row) => {
      const keys = Object.keys(row.raw);
      const sig = keys.join('\u0000');
      const columns = maps.get(sig) ?? resolveColumns(keys, trademarkHeaderAliases);
      maps.set(sig, columns);
      const r = mapTrademarkRow(row.raw, columns, regions);
      return r.ok ? { ok: true, key: r.record.regNo, record: r.record } : r;
    },
    write: (trx, records) => writeTrademarkBatch(ctx, trx, records),
  });
}
