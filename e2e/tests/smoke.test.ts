import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { artifactPath, launchBrowser, newUserContext, recordCspViolations, skipUnlessChromium, startServer, type RunningServer } from '../src/harness.js';

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
});
