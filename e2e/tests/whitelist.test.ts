import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { artifactPath, checkPage, launchBrowser, newUserContext, skipUnlessChromium, startServer, type RunningServer } from '../src/harness.js';

const DEMO_PASSWORD = 'Demo@2026';
const LIST = '2026年第一批知识产权质押融资白名单（旅程）';
const FIRM = '济宁演示智能装备有限公司【演示】';
const BANK = '演示银行济宁分行【演示】';

async function signIn(page: Page, username: string) {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.getByRole('heading', { name: '登录' }).waitFor();
}

/** The row of the enterprise in a table (its name is a cell of the row). */
const firmRow = (page: Page) => page.getByRole('row').filter({ hasText: FIRM });

describe('journey: credit white list pushed both ways (授信白名单·金企双向推送)', () => {
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
    'the bureau screens, publishes and pushes → the bank sees the list and reports credit granted → the bureau sees the outcome',
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
        await walkJourney(page, server.url);
      } catch (err) {
        await page.screenshot({ path: artifactPath('whitelist-failure.png'), fullPage: true }).catch(() => undefined);
        throw err;
      }
      await page.screenshot({ path: artifactPath('whitelist.png'), fullPage: true });
      assert.deepEqual(pageErrors, []);
      await context.close();
    },
  );
});

async function walkJourney(page: Page, url: string) {
  // The district bureau screens its enterprises: at least one effective invention patent, no credit listing.
  await page.goto(url);
  await signIn(page, 'rencheng_staff');
  await page.getByRole('menuitem', { name: '授信白名单' }).click();
  await page.getByRole('heading', { level: 1, name: '授信白名单' }).waitFor();
  await checkPage(page, 'rencheng_staff /whitelists');
  await page.getByLabel('名单名称').fill(LIST);
  await page.getByRole('button', { name: '开始筛选' }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(LIST.replace(/[（）]/g, '.')) }).waitFor();
  // The firm is a candidate, with its figure from the registry as the reason.
  await firmRow(page)
    .getByText(/✓ 有效发明专利 \d+ 件（要求 ≥ 1 件）/)
    .waitFor();
  await checkPage(page, 'rencheng_staff the screened draft');

  // Published as version 1, then pushed to the bank.
  await page.getByRole('button', { name: '发布' }).click();
  await page.getByRole('button', { name: /^确\s*定$|^OK$/ }).click();
  await page.getByText('第 1 版').first().waitFor();
  await page.getByLabel('银行').click();
  await page.locator('.ant-select-item-option', { hasText: BANK }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '推送给银行' }).click();
  await page.getByText(new RegExp(`${BANK.replace(/[【】]/g, '.')}（`)).waitFor();
  await checkPage(page, 'rencheng_staff the published, pushed list');
  await signOut(page);

  // The bank sees the list pushed to it and reports back on the firm: credit granted.
  await signIn(page, 'bank');
  await page.getByRole('menuitem', { name: '白名单反馈' }).click();
  await page.getByRole('heading', { level: 1, name: '推送给本行的白名单' }).waitFor();
  await checkPage(page, 'bank /bank/whitelists');
  await page.getByRole('link', { name: LIST }).click();
  await firmRow(page).waitFor();
  await checkPage(page, 'bank the pushed list');
  await firmRow(page).getByRole('button', { name: '反馈' }).click();
  await page.getByLabel('反馈结果').click();
  await page.locator('.ant-select-item-option', { hasText: '已授信' }).click();
  await page.getByLabel('授信金额（元）').fill('3000000');
  await page.getByRole('button', { name: /^确\s*定$|^OK$/ }).click();
  await firmRow(page).getByText('已授信').waitFor();
  await signOut(page);

  // The bureau sees the outcome per bank and per enterprise.
  await signIn(page, 'rencheng_staff');
  await page.getByRole('menuitem', { name: '授信白名单' }).click();
  await page.getByRole('link', { name: LIST }).click();
  await page.getByRole('heading', { level: 2, name: '反馈结果' }).waitFor();
  // The outcomes table: the bank's row (it starts with the bank's name) counts one credit of 3,000,000 yuan.
  await page.getByRole('row', { name: new RegExp(`^${BANK}.* 0 0 1 0 0 3,000,000$`) }).waitFor();
  await firmRow(page).getByText('已授信').waitFor();
  await checkPage(page, 'rencheng_staff the outcomes');
}
