import { roleDefinitions } from '@zhichan/contract';
import { loadConfig } from './config.js';
import { bootstrap } from './bootstrap.js';
import { buildApp } from './app.js';
import { DEMO_PASSWORD, isEmpty, seedDemo } from './demo/seed.js';
import { loadStartupReference } from './demo/reference.js';
import { startDeadlineSweep } from './platform/work-items.js';
import { warmIndicatorCaches } from './modules/indicators/api.js';
import { warmAfterListen } from './platform/snapshot-cache.js';
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
  // The search's facet snapshot, the city patent snapshots and the screen's holder indexes load in the
  // background after listen (platform/snapshot-cache.ts): the first search and screen after a start are fast.
  if (config.warmCaches) {
    let scopes: string[] = [];
    void warmAfterListen([
      {
        label: '检索分面缓存 Search facet snapshot ',
        run: async () => {
          if (ctx.dialect !== 'sqlite') return 'PostgreSQL: 不需要 / not used';
          await warmFacetSnapshot(ctx);
          return null;
        },
      },
      {
        label: '指标缓存 Indicator caches ',
        run: async () => {
          const r = await warmIndicatorCaches(ctx);
          scopes = r?.scopes ?? [];
          return scopes.join(', ');
        },
      },
      {
        label: '大屏缓存 Screen caches ',
        run: async () => {
          if (scopes.length > 0) await warmScreenCaches(ctx, scopes);
          return scopes.join(', ') || '-';
        },
      },
    ]);
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
