import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { assertWebBuilt, repoRoot } from './paths.js';

export interface StartServerOptions {
  /** Extra environment for the server, applied last (e.g. `{ SESSION_IDLE_MINUTES: '1' }`). */
  env?: Record<string, string>;
  /** Seed the Jining demo data on the empty database (default true). */
  demoData?: boolean;
  /** Province codes whose division tree is loaded (default '37', Shandong: much faster than the whole country). */
  regionProvinces?: string;
  /** Fail when web/dist is missing (default true); API-only tests can turn it off. */
  requireWeb?: boolean;
  /** How long to wait for /api/health (default 90 s: migrations, division tree and demo seed run first). */
  timeoutMs?: number;
}

export interface RunningServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  /** The temporary folder holding this server's SQLite file and uploads. */
  dataDir: string;
  /** Everything the server printed so far (startup banner, warnings, errors). */
  output(): string;
  /** Stops the server (SIGTERM, then SIGKILL after 5 s) and deletes its temporary folder. Safe to call twice. */
  stop(): Promise<void>;
}

const tsxBin = path.join(repoRoot, 'node_modules', '.bin', 'tsx');

/** Asks the OS for a free TCP port on the loopback interface. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => (port ? resolve(port) : reject(new Error('no port assigned'))));
    });
  });
}

/**
 * Starts the real server (`tsx server/src/main.ts`) on a free port with a throwaway SQLite database,
 * and resolves once GET /api/health answers `status: 'ok'`.
 */
export async function startServer(opts: StartServerOptions = {}): Promise<RunningServer> {
  if (opts.requireWeb ?? true) assertWebBuilt();
  // A port picked by freePort() can be taken before the server binds it: try again with another.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(opts, await freePort());
    } catch (err) {
      if (attempt >= 3 || !(err instanceof Error) || !err.message.includes('EADDRINUSE')) throw err;
    }
  }
}

async function startOnce(opts: StartServerOptions, port: number): Promise<RunningServer> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zhichan-e2e-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    // Empty means SQLite: a DATABASE_URL left in the caller's environment must not point the server elsewhere.
    DATABASE_URL: '',
    SQLITE_PATH: path.join(dataDir, 'zhichan.db'),
    UPLOAD_DIR: path.join(dataDir, 'files'),
    DEMO_DATA: (opts.demoData ?? true) ? 'true' : 'false',
    REGION_PROVINCES: opts.regionProvinces ?? '37',
    LOG_LEVEL: 'warn',
    ...opts.env,
  };
  // detached: the server gets its own process group, so stop() also ends the node process tsx starts.
  const child = spawn(tsxBin, ['server/src/main.ts'], { cwd: repoRoot, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const log: string[] = [];
  let ready = false;
  const onData = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    log.push(text);
    // After startup, pass warnings and errors through so a failing test shows why.
    if (ready) process.stderr.write(text.replace(/^(?=.)/gm, '[server] '));
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const killOnExit = () => killGroup(child, 'SIGKILL');
  process.once('exit', killOnExit);

  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= (async () => {
      process.removeListener('exit', killOnExit);
      await terminate(child);
      rmSync(dataDir, { recursive: true, force: true });
    })();
    return stopped;
  };

  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, child, opts.timeoutMs ?? 90_000);
  } catch (err) {
    await stop();
    const output = log.join('').trim();
    throw new Error(`${(err as Error).message}\n--- server output ---\n${output || '(nothing)'}`, { cause: err });
  }
  ready = true;
  return { url, dataDir, output: () => log.join(''), stop };
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited: string | undefined;
  child.once('exit', (code, signal) => (exited = `server exited early (code ${code ?? 'none'}, signal ${signal ?? 'none'})`));
  child.once('error', (err) => (exited = `server could not be spawned: ${err.message}`));
  while (Date.now() < deadline) {
    if (exited) throw new Error(exited);
    try {
      const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok && ((await res.json()) as { status?: string }).status === 'ok') return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not answer ${url}/api/health within ${timeoutMs} ms`);
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

async function terminate(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  killGroup(child, 'SIGTERM');
  const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
  // tsx's own child may outlive tsx by a moment: make sure nothing of the group is left.
  killGroup(child, 'SIGKILL');
}
