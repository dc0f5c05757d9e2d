import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { AppContext } from '../../platform/context.js';
import { insertRows, type BulkRow } from '../../db/bulk-insert.js';

/** Levels of the IPC hierarchy as the scheme file names them. */
export const ipcLevels = ['section', 'class', 'subclass', 'maingroup', 'subgroup'] as const;

// Section A, class A01, subclass A01B, group A01B1/00, subgroup A01B1/02 (at least two digits after the slash).
const IPC_CODE = /^[A-H](\d{2}([A-Z](\d{1,4}\/\d{2,6})?)?)?$/;

/** PDF line breaks leave spaces inside Chinese text ('覆盖 物'): drop whitespace next to a CJK character or full-width punctuation. */
export function cleanTitle(title: string): string {
  return title
    .replace(/([\u0080-\uffff])\s+/g, '$1')
    .replace(/\s+([\u0080-\uffff])/g, '$1')
    .trim();
}

/** What a reference load did. */
export interface LoadResult {
  file: string;
  rows: number;
  skipped: number;
  note?: string;
}

/**
 * Loads the Chinese IPC scheme (one JSON object per line: code, level, title) into ipc_titles,
 * streaming the file. Lines without a code or title, with a malformed code (PDF artefacts such as
 * 'E01D101/2') or repeating a code already read are skipped and counted. Upserts, so loading again
 * is harmless.
 */
export async function loadIpcScheme(ctx: AppContext, filePath: string): Promise<LoadResult> {
  const seen = new Set<string>();
  let rows = 0;
  let skipped = 0;
  let batch: BulkRow[] = [];
  const flush = async () => {
    const part = batch;
    batch = [];
    await ctx.db.transaction().execute((trx) => insertRows(trx, ctx.dialect, 'ipc_titles', part, { kind: 'update', key: ['code'], set: ['level', 'title'] }));
  };
  for await (const line of createInterface({ input: createReadStream(filePath, 'utf8'), crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    let entry: { code?: unknown; level?: unknown; title?: unknown };
    try {
      entry = JSON.parse(line) as typeof entry;
    } catch {
      skipped++;
      continue;
    }
    const code = typeof entry.code === 'string' ? entry.code.replace(/\s+/g, '') : '';
    const title = typeof entry.title === 'string' ? cleanTitle(entry.title) : '';
    const level = typeof entry.level === 'string' && (ipcLevels as readonly string[]).includes(entry.level) ? entry.level : null;
    if (!IPC_CODE.test(code) || !title || !level || seen.has(code)) {
      skipped++;
      continue;
    }
    seen.add(code);
    batch.push({ code, level, title });
    rows++;
    if (batch.length >= 10_000) await flush();
  }
  if (batch.length > 0) await flush();
  return { file: filePath, rows, skipped };
}
