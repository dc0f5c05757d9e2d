/**
 * Load benchmark (`npm run bench:load`): starts the server (`server/src/main.ts`, a child process, as
 * `npm start` does) on a fresh SQLite database with the demo data (Jining, the real patent samples when
 * REFERENCE_DATA_DIR has them), signs in as the city's bureau staff, waits for the start-up warm-up,
 * then drives three read paths with autocannon, one after another, at 100 connections for 10 s each:
 * the patent search, the monitoring screen (`GET /api/screen`, issue #19 item 8) and the public
 * open-licence catalogue. Requests carry a browser's `Accept-Encoding: gzip, deflate, br`, as the wall screen's
 * Chromium does (the screen's cached body is then sent gzip-compressed, made once per data change); the screen is
 * also measured without it, for comparison. Writes req/s, latency p50/p99, bytes on the wire, errors and the
 * machine's load average to bench/results/load.json. Targets (issue #19): screen ≥ 1,000 req/s, search ≥ 500 req/s.
 *
 * Options: --connections 100 --duration 10 --port 3917 --keep (reuse var/bench/load.db if present).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { repoRoot } from '../server/src/config.js';

const { values: args } = parseArgs({
  options: {
    connections: { type: 'string', default: '100' },
    duration: { type: 'string', default: '10' },
    port: { type: 'string', default: '3917' },
    keep: { type: 'boolean', default: false },
  },
});
const connections = Number(args.connections);
const duration = Number(args.duration);
const base = `http://127.0.0.1:${args.port}`;
const dbFile = path.join(repoRoot, 'var', 'bench', 'load.db');
mkdirSync(path.dirname(dbFile), { recursive: true });
if (!args.keep || !existsSync(dbFile)) for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) rmSync(f, { force: true });

const server = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'server', 'src', 'main.ts')], {
  cwd: repoRoot,
  env: { ...process.env, PORT: args.port, HOST: '127.0.0.1', SQLITE_PATH: dbFile, DATABASE_URL: '', DEMO_DATA: 'true', LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let serverOut = '';
server.stdout.on('data', (b: Buffer) => {
  serverOut += b.toString();
});
const stopServer = () => {
  if (server.exitCode === null) server.kill('SIGTERM');
};
process.once('exit', stopServer);

/** Resolves once the server's output contains `text` (the start-up lines, the warm-up lines). */
async function waitFor(text: string, timeoutMs: number): Promise<void> {
  const t0 = Date.now();
  while (!serverOut.includes(text)) {
    if (server.exitCode !== null) throw new Error(`server exited (${server.exitCode}):\n${serverOut}`);
    if (Date.now() - t0 > timeoutMs) throw new Error(`server did not print "${text}" within ${timeoutMs} ms:\n${serverOut}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

interface Target {
  name: string;
  path: string;
  signedIn: boolean;
  /** Send a browser's Accept-Encoding (default true). */
  browserEncoding?: boolean;
}
const targets: Target[] = [
  { name: 'search', path: '/api/patents/search?q=' + encodeURIComponent('电池') + '&pageSize=20', signedIn: true },
  { name: 'screen', path: '/api/screen?region=370800', signedIn: true },
  { name: 'screen (no compression)', path: '/api/screen?region=370800', signedIn: true, browserEncoding: false },
  { name: 'open-licence catalogue', path: '/api/open-licences/catalogue', signedIn: false },
];
const BROWSER_ENCODING = 'gzip, deflate, br';

try {
  const t0 = performance.now();
  await waitFor('已启动 / is running', 600_000);
  // The screen's caches are the last warm-up step of main.ts.
  await waitFor('大屏缓存 Screen caches ', 600_000);
  const startSeconds = Math.round((performance.now() - t0) / 100) / 10;

  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'city_staff', password: 'Demo@2026' }),
  });
  if (!login.ok) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c?.startsWith('zc_session='));
  if (!cookie) throw new Error('sign-in set no session cookie');

  const results = [];
  for (const t of targets) {
    const headers: Record<string, string> = t.signedIn ? { cookie } : {};
    if (t.browserEncoding !== false) headers['accept-encoding'] = BROWSER_ENCODING;
    const probe = await fetch(base + t.path, { headers });
    const bytes = (await probe.arrayBuffer()).byteLength;
    if (!probe.ok) throw new Error(`${t.name}: ${probe.status}`);
    const encoding = probe.headers.get('content-encoding') ?? 'identity';
    const r = await autocannon({ url: base + t.path, connections, duration, headers });
    const row = {
      name: t.name,
      path: t.path,
      acceptEncoding: headers['accept-encoding'] ?? null,
      contentEncoding: encoding,
      bodyBytes: bytes,
      bytesPerResponseOnWire: Math.round(r.throughput.total / Math.max(1, r.requests.total)),
      requestsPerSecond: Math.round(r.requests.average),
      latencyMs: { p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max },
      requests: r.requests.total,
      non2xx: r.non2xx,
      errors: r.errors,
      timeouts: r.timeouts,
      loadavgAfter: loadavg().map((x) => Math.round(x * 100) / 100),
    };
    console.log(
      `${t.name.padEnd(24)} ${String(row.requestsPerSecond).padStart(6)} req/s  p50 ${row.latencyMs.p50} ms  p99 ${row.latencyMs.p99} ms  non-2xx ${row.non2xx}  errors ${row.errors}  load ${row.loadavgAfter.join(' ')}`,
    );
    results.push(row);
  }
  const out = path.join(repoRoot, 'bench', 'results', 'load.json');
  writeFileSync(
    out,
    JSON.stringify(
      {
        benchmark: `HTTP load: ${connections} connections, ${duration} s per route, server on SQLite with the demo data (autocannon)`,
        targets: { screen: '≥ 1000 req/s', search: '≥ 500 req/s' },
        date: new Date().toISOString(),
        serverStartSeconds: startSeconds,
        results,
        machine: { cpus: cpus().length, loadavg: loadavg() },
        note: 'The load generator runs on the same machine as the server and shares its cores.',
      },
      null,
      2,
    ) + '\n',
  );
  console.log(`→ ${path.relative(repoRoot, out)}`);
} finally {
  stopServer();
}
