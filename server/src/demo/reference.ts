import path from 'node:path';
import { existsSync } from 'node:fs';
import type { AppContext } from '../platform/context.js';
import type { AuditActor } from '../platform/actor.js';
import { loadReferenceData } from '../modules/reference/load-reference-data.js';
import { createImportJob, finishImportJob } from '../modules/patents/import/jobs.js';
import { importPatents } from '../modules/patents/import/patent-importer.js';
import { openRowSource } from '../modules/patents/import/readers.js';

/**
 * Reference data at start-up: IPC titles and Nice classes from REFERENCE_DATA_DIR (skipped once
 * loaded, absent on a machine without the data). With the demo, the real patent samples found there
 * are imported through the ordinary import path so that search has content on first run.
 */
export async function loadStartupReference(ctx: AppContext, withDemoPatents: boolean): Promise<string[]> {
  const report = await loadReferenceData(ctx);
  const lines = [...report.loaded.map((l) => `参考数据已加载：${JSON.stringify(l)}`), ...report.notes];
  const dir = ctx.config.referenceDataDir;
  if (!withDemoPatents || !dir) return lines;
  const system: AuditActor = { userId: null, username: 'system:demo', orgId: null, regionCode: '370800', ip: null, trace: { auditRows: 0 } };
  for (const file of ['cn-patents-full-sample.json', 'cn-patent-titles.csv']) {
    const full = path.join(dir, file);
    if (!existsSync(full)) continue;
    const jobId = await createImportJob(ctx, system, { kind: 'patents', fileName: file, regionCode: '370800' });
    try {
      const r = await importPatents(ctx, openRowSource(full), { jobId, actor: system });
      await finishImportJob(ctx, system, jobId, { status: 'done' });
      lines.push(`演示专利数据：${file} 导入 ${r.inserted} 件（真实公开数据）`);
    } catch (e) {
      await finishImportJob(ctx, system, jobId, { status: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  }
  return lines;
}
