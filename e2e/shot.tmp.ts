import { launchBrowser, startServer } from './src/harness.js';
const server = await startServer({ env: { DEMO_PATENTS: process.env.DEMO_PATENTS ?? 'true' }, timeoutMs: 300_000 });
console.log(server.url);
const browser = await launchBrowser();
try {
  for (const [w, h] of [[1920, 1080], [1366, 768]] as const) {
    const ctx = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: w, height: h } });
    const page = await ctx.newPage();
    page.on('pageerror', (e) => console.log('pageerror', e.message));
    page.on('console', (m) => m.type() === 'error' && console.log('console', m.text()));
    await page.goto(`${server.url}/login`);
    await page.getByLabel('用户名').fill(process.env.SHOT_USER ?? 'city_admin');
    await page.getByLabel('密码').fill('Demo@2026');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.goto(`${server.url}${process.env.SHOT_PATH ?? '/screen'}`);
    await page.waitForTimeout(4000);
    await page.screenshot({ path: `/tmp/scr/screen-${w}.png` });
    await ctx.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
