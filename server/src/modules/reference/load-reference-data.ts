import { existsSync } from 'node:fs';
import path from 'node:path';
import type { AppContext } from '../../platform/context.js';
import { loadIpcScheme, type LoadResult } from './ipc-scheme.js';
import { loadNiceClasses } from './nice-classes.js';
import { countReferenceRows } from './repository.js';

/** What loadReferenceData did: the files loaded or skipped, and notes for the operator. */
export interface ReferenceLoadReport {
  loaded: LoadResult[];
  notes: string[];
}

/**
 * Loads the reference tables (参考数据) from whichever files are present in the directory (default:
 * the configured REFERENCE_DATA_DIR): ipc-scheme-zh.jsonl → ipc_titles, nice-classes-zh.json →
 * nice_classes. A table already filled is skipped unless `force`; with no directory configured (a
 * user's machine) nothing is loaded and a note says so.
 */
export async function loadReferenceData(
  ctx: AppContext,
  dir: string | null = ctx.config.referenceDataDir,
  opts: { force?: boolean; niceItems?: boolean } = {},
): Promise<ReferenceLoadReport> {
  const report: ReferenceLoadReport = { loaded: [], notes: [] };
  if (!dir) {
    report.notes.push('未配置参考数据目录（REFERENCE_DATA_DIR），未加载 IPC 与尼斯分类');
    return report;
  }
  const sources = [
    { file: 'ipc-scheme-zh.jsonl', table: 'ipc_titles' as const, load: (f: string) => loadIpcScheme(ctx, f) },
    { file: 'nice-classes-zh.json', table: 'nice_classes' as const, load: (f: string) => loadNiceClasses(ctx, f, { items: opts.niceItems }) },
  ];
  for (const s of sources) {
    const file = path.join(dir, s.file);
    if (!existsSync(file)) {
      report.notes.push(`未找到 ${s.file}，跳过`);
      continue;
    }
    if (!opts.force && (await countReferenceRows(ctx.db, s.table)) > 0) {
      report.notes.push(`${s.table} 已有数据，跳过 ${s.file}`);
      continue;
    }
    report.loaded.push(await s.load(file));
  }
  return report;
}
