/**
 * Reminders benchmark (`npm run bench:reminders [-- --patents 1000000]`): a fresh SQLite database with `--patents`
 * synthetic patents across Jining (bench/src/indicators/data.ts), then
 *   1. the due dates and reminder stages of the next annual fee of every patent: the city's patent snapshot loaded
 *      (the indicators' columnar snapshot the reminders share) and the fee index built over it, and the counts
 *      within 90/30/7 days (what 到期风险 shows) — target ≤ 60 s at 1M;
 *   2. incremental after an import: 10,000 new patents written with the write hooks, then the next read, which
 *      patches the snapshot and computes only the rows written.
 * Writes bench/results/reminders-sqlite-<size>.json and reminders.json (the last run) with os.loadavg().
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bootstrap } from '../server/src/bootstrap.js';
import { loadConfig, repoRoot } from '../server/src/config.js';
import { patentSnapshot } from '../server/src/modules/indicators/api.js';
import { buildFeeIndex, countDueSoon, feeIndexFor, NONE } from '../server/src/modules/reminders/fee-index.js';
import { insertPatents } from './src/indicators/data.js';

const { values: args } = parseArgs({ options: { patents: { type: 'string', default: '1000000' }, today: { type: 'string', default: '2026-03-02' } } });
const patents = Number(args.patents);
const today = args.today;
const log = (s: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${s}`);
const dir = path.join(repoRoot, 'var', 'bench');

async function timed<T>(f: () => Promise<T> | T): Promise<[number, T]> {
  const t = performance.now();
  const r = await f();
  return [performance.now() - t, r];
}

async function main() {
  mkdirSync(dir, { recursive: true });
  const sqlitePath = path.join(dir, `reminders-${patents}.db`);
  for (const f of [sqlitePath, `${sqlitePath}-wal`, `${sqlitePath}-shm`]) rmSync(f, { force: true });
  const { ctx, close } = await bootstrap(
    loadConfig({ ...process.env, DATABASE_URL: '', SQLITE_PATH: sqlitePath, REGION_PROVINCES: '37', LOG_LEVEL: 'silent', DEMO_DATA: 'false' }),
  );
  try {
    log(`inserting ${patents} patents`);
    const [tData] = await timed(() => insertPatents(ctx, patents, 20260301, 0, false));
    log(`data in ${Math.round(tData / 1000)} s`);
    const [tSnapshot, snapshot] = await timed(() => patentSnapshot(ctx, '370800'));
    const [tIndex, ix] = await timed(() => buildFeeIndex(snapshot, today));
    const [tCount, counts] = await timed(() => countDueSoon(ix, '370800'));
    let withFee = 0;
    for (let i = 0; i < ix.size; i++) if ((ix.daysLeft[i] ?? NONE) !== NONE) withFee += 1;
    log(
      `full: snapshot ${Math.round(tSnapshot)} ms + fee index ${Math.round(tIndex)} ms + counts ${Math.round(tCount)} ms; ${withFee} patents with a next fee; ${JSON.stringify(counts)}`,
    );

    // The service's path: first read builds the index (kept), then an import of 10,000 patents through the hooks.
    await feeIndexFor(ctx, '370800', today);
    const [tImport] = await timed(() => insertPatents(ctx, 10_000, 99, patents, true));
    const [tIncremental, after] = await timed(() => feeIndexFor(ctx, '370800', today));
    log(`import of 10,000 ${Math.round(tImport)} ms; next read (snapshot patched + rows computed) ${Math.round(tIncremental)} ms; size ${after.size}`);

    const out = {
      when: new Date().toISOString(),
      dialect: ctx.dialect,
      machine: { cpus: cpus().length, loadavg: loadavg().map((x) => Math.round(x * 100) / 100) },
      today,
      sizes: { patents, patentsWithNextFee: withFee, afterImport: after.size },
      full: {
        snapshotLoadMs: Math.round(tSnapshot),
        feeIndexMs: Math.round(tIndex),
        countsMs: Math.round(tCount),
        totalMs: Math.round(tSnapshot + tIndex + tCount),
        targetMs: 60_000,
        dueSoon: counts,
        note: 'due date and 90/30/7-day stage of the next annual fee of every patent in force (fees.ts rule, integer twin in fee-index.ts)',
      },
      incremental: {
        importedPatents: 10_000,
        importMs: Math.round(tImport),
        nextReadMs: Math.round(tIncremental),
        note: 'the write hook notes the ids; the next read patches the shared snapshot and computes only those rows',
      },
      dataInsertMs: Math.round(tData),
    };
    mkdirSync(path.join(repoRoot, 'bench', 'results'), { recursive: true });
    const name = `reminders-sqlite-${patents}.json`;
    writeFileSync(path.join(repoRoot, 'bench', 'results', name), `${JSON.stringify(out, null, 2)}\n`);
    writeFileSync(path.join(repoRoot, 'bench', 'results', 'reminders.json'), `${JSON.stringify(out, null, 2)}\n`);
    log(`wrote bench/results/${name} and reminders.json`);
  } finally {
    await close();
    for (const f of [sqlitePath, `${sqlitePath}-wal`, `${sqlitePath}-shm`]) rmSync(f, { force: true });
  }
}

await main();
