import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import {
  artifactPath,
  checkPage,
  launchBrowser,
  newUserContext,
  recordCspViolations,
  skipUnlessChromium,
  startServer,
  type RunningServer,
} from '../src/harness.js';

describe('smoke: the server starts and the home page renders', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;

  before(async () => {
    server = await startServer();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('GET /api/health answers ok', async () => {
    assert.ok(server);
    const res = await fetch(`${server.url}/api/health`);
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as { status: string }).status, 'ok');
  });

  test('the home page shows 知产通 in Chromium, without script errors', { skip: skipUnlessChromium() }, async () => {
    assert.ok(server);
    browser = await launchBrowser();
    const context = await newUserContext(browser);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));
    // The page runs under the server's Content-Security-Policy and nothing of it is blocked.
    recordCspViolations(page, pageErrors);

    const res = await page.goto(server.url, { waitUntil: 'load' });
    assert.equal(res?.status(), 200);
    assert.match(res?.headers()['content-security-policy'] ?? '', /script-src 'self'/);
    await page.getByText('知产通').first().waitFor({ state: 'visible', timeout: 20_000 });
    assert.match(await page.title(), /知产通/);
    await page.screenshot({ path: artifactPath('smoke-home.png'), fullPage: true });
    assert.deepEqual(pageErrors, []);
    await context.close();
  });

  test('an anonymous visitor finds the public services from sign-in and gets back home', { skip: skipUnlessChromium() }, async () => {
    assert.ok(server);
    browser ??= await launchBrowser();
    const context = await newUserContext(browser);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));
    recordCspViolations(page, pageErrors);
    const titled = async (title: string) => {
      await page.waitForFunction((t) => document.title === t, title, { timeout: 20_000 });
    };

    // The site sends an anonymous visitor to sign in; from there the public services are one link away.
    await page.goto(server.url);
    await page.getByRole('heading', { level: 1, name: '登录' }).waitFor({ timeout: 20_000 });
    await titled('登录 · 知产通');
    await checkPage(page, 'anonymous /login');
    await page.getByRole('link', { name: '开放许可目录与技术供需大厅' }).click();
    await page.getByRole('heading', { level: 1, name: /知产通/ }).waitFor();
    await titled('公共服务 · 知产通');
    await checkPage(page, 'anonymous /welcome');
    await page.screenshot({ path: artifactPath('public-welcome.png'), fullPage: true });

    // Landing → catalogue → back.
    const main = page.getByRole('main');
    await main.getByRole('link', { name: '进入开放许可目录' }).click();
    await page.getByRole('heading', { level: 1, name: '开放许可目录' }).waitFor();
    await titled('开放许可目录 · 知产通');
    await checkPage(page, 'anonymous /catalogue/open-licences');
    await page.goBack();
    await titled('公共服务 · 知产通');

    // Landing → supply hall; the public header leads on to the demand hall, home, and sign-in.
    await main.getByRole('link', { name: '进入供应大厅' }).click();
    await page.getByRole('heading', { level: 1, name: '供应大厅' }).waitFor();
    await titled('供应大厅 · 知产通');
    await checkPage(page, 'anonymous /hall/supply');
    const header = page.getByRole('navigation', { name: '公共服务导航' });
    await header.getByRole('link', { name: '需求大厅' }).click();
    await page.getByRole('heading', { level: 1, name: '需求大厅' }).waitFor();
    await titled('需求大厅 · 知产通');
    await checkPage(page, 'anonymous /hall/demands');
    await page
      .getByRole('banner')
      .getByRole('link', { name: /知产通/ })
      .click();
    await titled('公共服务 · 知产通');
    await main.getByRole('link', { name: '登录', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '登录' }).waitFor();
    await titled('登录 · 知产通');

    // On a phone the service cards stack in one column.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/welcome`);
    const cards = page.locator('.landing-cards > li');
    await cards.first().waitFor();
    await checkPage(page, 'anonymous /welcome at 390 px');
    assert.equal(await cards.count(), 3);
    const boxes = await Promise.all([0, 1].map(async (i) => await cards.nth(i).boundingBox()));
    assert.ok(boxes[0] && boxes[1] && boxes[1].y >= boxes[0].y + boxes[0].height, 'the cards stack on a 390 px screen');
    assert.deepEqual(pageErrors, []);
    await context.close();
  });
});
