import { roleDefinitions } from '@zhichan/contract';
import { loadConfig } from './config.js';
import { bootstrap } from './bootstrap.js';
import { buildApp } from './app.js';
import { DEMO_PASSWORD, isEmpty, seedDemo } from './demo/seed.js';
import { loadStartupReference } from './demo/reference.js';
import { startDeadlineSweep } from './platform/work-items.js';
import { warmIndicatorCaches } from './modules/indicators/warm.js';
import { warmFacetSnapshot } from './modules/patents/search/index.js';
import { warmScreenCaches } from './modules/screen/warm.js';

/** Starts the platform: database, migrations, demo data on an empty database, HTTP server. */
async function main() {
  const config = loadConfig();
  const { ctx, close } = await bootstrap(config);
  let logins: Awaited<ReturnType<typeof seedDemo>> = [];
  if (config.demoData && (await isEmpty(ctx))) logins = await seedDemo(ctx);
  const referenceLines = await loadStartupReference(ctx, logins.length > 0 && config.demoPatents);
  const app = await buildApp(ctx, { serveWeb: true });
  await app.listen({ port: config.port, host: config.host });
  const stopSweep = startDeadlineSweep(ctx);
  // The city patent snapshots and the search's facet snapshot load in the background: the first screen
  // load and the first faceted search after a start are fast.
  if (config.warmCaches) {
    const t0 = performance.now();
    void warmFacetSnapshot(ctx).then(() => {
      if (ctx.dialect === 'sqlite') console.log(`检索分面缓存已预热 Search facet snapshot warmed (${Math.round(performance.now() - t0)} ms)`);
    });
    void warmIndicatorCaches(ctx).then(async (r) => {
      if (!r || r.scopes.length === 0) return;
      const screenMs = await warmScreenCaches(ctx, r.scopes);
      console.log(`指标缓存已预热 Indicator caches warmed: ${r.scopes.join(', ')} (${r.ms} ms; screen ${screenMs ?? '-'} ms)`);
    });
  }
  const where = config.database.kind === 'sqlite' ? `SQLite ${config.database.path}` : 'PostgreSQL';
  const lines = [
    '',
    `知产通 Zhichan ${config.version} 已启动 / is running: http://localhost:${config.port}`,
    `数据库 Database: ${where}`,
    `接口文档 API docs: http://localhost:${config.port}/api/docs`,
    ...referenceLines,
  ];
  if (logins.length > 0) {
    lines.push('', `已载入演示数据（济宁市）。演示账号，密码均为 Demo accounts, password: ${DEMO_PASSWORD}`);
    for (const l of logins) lines.push(`  ${l.username.padEnd(20)} ${roleDefinitions[l.role].zh}`);
  }
  console.log(lines.join('\n'));
  const stop = async () => {
    stopSweep();
    await app.close();
    await close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
