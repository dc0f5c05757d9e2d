import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { artifactPath, checkPage, launchBrowser, newUserContext, skipUnlessChromium, startServer, type RunningServer } from '../src/harness.js';

const DEMO_PASSWORD = 'Demo@2026';

async function signIn(page: Page, username: string, password: string) {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** The date `days` from today in Beijing (YYYY-MM-DD), as the server counts it. */
function beijingDaysAhead(days: number): string {
  return new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

describe('journey: proactive reminders — an annual fee due and a policy the enterprise can claim', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;

  before(async () => {
    server = await startServer({ env: { DEMO_PATENTS: 'false' } });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test(
    'the enterprise sees the fee with its due date and amount, the Fujian subsidy with the reason, and opens the application',
    { skip: skipUnlessChromium() },
    async () => {
      assert.ok(server);
      browser = await launchBrowser();
      const context = await newUserContext(browser);
      const page = await context.newPage();
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const pageErrors: string[] = [];
      page.on('pageerror', (err) => pageErrors.push(err.message));
      try {
        await page.goto(`${server.url}/login`);
        await signIn(page, 'enterprise', DEMO_PASSWORD);
        await page.getByRole('menuitem', { name: '我的提醒' }).click();
        await page.getByRole('heading', { level: 1, name: '我的提醒' }).waitFor();
        // The demo patent's 6th-year fee (invention, band 4–6: 1,200 yuan) is due in 20 days.
        const row = page.getByRole('row', { name: /CN2021DEMO0001\.0/ });
        await row.waitFor();
        const rowText = await row.innerText();
        assert.match(rowText, new RegExp(beijingDaysAhead(20)));
        assert.match(rowText, /1,200\.00/);
        assert.match(rowText, /30 天内到期/);
        // Its computation, in the expanded row under it.
        const computation = row.locator('xpath=following-sibling::tr[1]');
        await computation.getByText('第6年度年费 1,200.00 元（发明专利第4–6年档，年费标准表）').waitFor();
        await computation.getByText(`缴费期限：${beijingDaysAhead(20)} 前`, { exact: false }).waitFor();
        // The policy it qualifies for, with the reason.
        const policy = page.locator('.ant-list-item', { hasText: '福建省知识产权质押融资贴息' });
        await policy.getByText('符合条件').waitFor();
        await policy.getByText('根据本企业档案和质押登记，“福建省知识产权质押融资贴息”的各项条件均已满足，可申报').waitFor();
        await checkPage(page, 'enterprise /reminders');
        // It opens the application.
        await policy.getByRole('link', { name: '去申报' }).click();
        await page.getByRole('heading', { level: 1, name: '贴息申报' }).waitFor();
        await checkPage(page, 'enterprise /subsidies/mine');
        // The application form opens (the subsidies module's own page, checked in its own journey).
        await page.getByRole('button', { name: '申报贴息' }).click();
        await page.getByRole('dialog').getByLabel('贴息政策').waitFor();
      } catch (err) {
        await page.screenshot({ path: artifactPath('reminders-failure.png'), fullPage: true }).catch(() => undefined);
        throw err;
      }
      await page.screenshot({ path: artifactPath('reminders.png'), fullPage: true });
      assert.deepEqual(pageErrors, []);
      await context.close();
    },
  );
});
