/**
 * Imports a patent or trademark export into the configured database.
 *
 *   npm run import -- <file> [--kind patents|trademarks] [--as-of 2024-01-01] [--batch 4000] [--region 370800]
 *
 * Reads CSV (UTF-8 or GBK), XLSX (first sheet), JSON arrays or JSON Lines; shows a progress bar; writes
 * the rejected rows to var/import-errors-<job>.csv. Exit code 0 when the import ran (even with rejected
 * rows), 1 when it failed, 2 on a usage error. The job belongs to the region of the data (`--region`),
 * else to the city of the configuration (CITY_REGION), so that city's bureau sees it in 数据导入; it beats
 * a heartbeat while it runs, and if the process is killed the job shows as interrupted (re-run to resume).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { bootstrap } from '../server/src/bootstrap.js';
// Loading every module registers the patent write hooks (search index, high-value facts) that each batch must run.
import '../server/src/modules/index.js';
import { loadConfig, repoRoot } from '../server/src/config.js';
import { DEFAULT_BATCH } from '../server/src/modules/patents/import/batch-runner.js';
import { createCliImportJob, finishImportJob, formatRowError, writeImportErrorsCsv, type ImportKind } from '../server/src/modules/patents/import/jobs.js';
import { importPatents, todayIn, type ImportProgress } from '../server/src/modules/patents/import/patent-importer.js';
import { openRowSource } from '../server/src/modules/patents/import/readers.js';
import { importTrademarks } from '../server/src/modules/patents/import/trademark-importer.js';

const usage = 'usage: npm run import -- <file> [--kind patents|trademarks] [--as-of YYYY-MM-DD] [--batch N] [--region CODE]';

function parseCli() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { kind: { type: 'string', default: 'patents' }, 'as-of': { type: 'string' }, batch: { type: 'string' }, region: { type: 'string' } },
  });
  const file = positionals[0];
  const kind = values.kind;
  const asOf = values['as-of'];
  // The importer's own batch size unless told otherwise (each batch is a transaction and, on SQLite, an index segment).
  const batchSize = values.batch === undefined ? DEFAULT_BATCH : Number(values.batch);
  const region = values.region;
  if (!file || (kind !== 'patents' && kind !== 'trademarks') || (asOf && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) || !(batchSize >= 1)) return null;
  if (region !== undefined && !/^\d{6}$/.test(region)) return null;
  return { file: path.resolve(file), kind: kind as ImportKind, asOf, batchSize, region };
}

async function main(): Promise<number> {
  const args = parseCli();
  if (!args) {
    console.error(usage);
    return 2;
  }
  const { ctx, close } = await bootstrap(loadConfig());
  const { jobId, actor } = await createCliImportJob(ctx, { kind: args.kind, fileName: path.basename(args.file), regionCode: args.region });
  const source = openRowSource(args.file);
  const bar = new cliProgress.SingleBar(
    { format: '{bar} {percentage}% | {rows} 行 | {rate} 行/秒 | 拒绝 {rejected}', hideCursor: true, etaBuffer: 20 },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  bar.start(source.totalBytes, 0, { rows: 0, rate: 0, rejected: 0 });
  const onProgress = (p: ImportProgress) => {
    const seconds = Math.max(0.001, (Date.now() - started) / 1000);
    bar.update(source.bytesRead(), { rows: p.rows, rate: Math.round(p.rows / seconds), rejected: p.rejected });
  };
  const opts = { jobId, actor, asOf: args.asOf ?? todayIn(ctx), batchSize: args.batchSize, onProgress };
  let result: ImportProgress | null = null;
  let failure: string | null = null;
  try {
    result = args.kind === 'patents' ? await importPatents(ctx, source, opts) : await importTrademarks(ctx, source, opts);
    bar.update(source.totalBytes);
  } catch (e) {
    failure = e instanceof Error ? e.message : String(e);
  } finally {
    bar.stop();
  }
  await finishImportJob(ctx, actor, jobId, failure ? { status: 'failed', message: failure } : { status: 'done' });

  const job = await ctx.db.selectFrom('import_jobs').selectAll().where('id', '=', jobId).executeTakeFirstOrThrow();
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `导入任务 #${jobId}（${args.kind}，基准日 ${opts.asOf}）：共 ${job.total_rows} 行，新增 ${job.inserted}，更新 ${job.updated}，拒绝 ${job.rejected}；用时 ${seconds.toFixed(1)} 秒（${Math.round(job.total_rows / Math.max(seconds, 0.001))} 行/秒）`,
  );
  if (job.rejected > 0) {
    const dir = path.join(repoRoot, 'var');
    mkdirSync(dir, { recursive: true });
    const report = path.join(dir, `import-errors-${jobId}.csv`);
    await writeImportErrorsCsv(ctx.db, jobId, report);
    const first = await ctx.db.selectFrom('import_errors').select(['row_no', 'reason']).where('job_id', '=', jobId).orderBy('id').limit(5).execute();
    for (const e of first) console.log(`  ${formatRowError(e.row_no, e.reason)}`);
    console.log(`被拒绝的行已写入 ${path.relative(process.cwd(), report)}`);
  }
  if (failure) console.error(`导入失败：${failure}`);
  await close();
  return failure ? 1 : result ? 0 : 1;
}

process.exitCode = await main();
