import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { artifactPath, checkPage, launchBrowser, newUserContext, skipUnlessChromium, startServer, type RunningServer } from '../src/harness.js';

const DEMO_PASSWORD = 'Demo@2026';
const PRODUCT = '知识产权质押贷【演示】';
const OK = /^确\s*定$|^OK$/;

async function signIn(page: Page, username: string, password: string) {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.getByRole('heading', { name: '登录' }).waitFor();
}

describe('journey: IP finance — pre-check and apply, the bank accepts, values, approves and disburses, the bureau’s funnel moves', () => {
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
    'enterprise pre-checks and applies → bank accepts, values, approves, disburses → bureau funnel shows the disbursement',
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
        await page.screenshot({ path: artifactPath('finance-failure.png'), fullPage: true }).catch(() => undefined);
        throw err;
      }
      await page.screenshot({ path: artifactPath('finance.png'), fullPage: true });
      assert.deepEqual(pageErrors, []);
      await context.close();
    },
  );
});

async function walkJourney(page: Page, url: string) {
  // Anyone may browse the supermarket.
  await page.goto(`${url}/catalogue/finance`);
  await page.getByRole('heading', { level: 1, name: '金融超市' }).waitFor();
  await page.getByText(PRODUCT).first().waitFor();
  await checkPage(page, 'anonymous /catalogue/finance');
  await page.goto(`${url}/login`);

  // The enterprise sees its figures from the registry and each product's verdict, and applies.
  await signIn(page, 'enterprise', DEMO_PASSWORD);
  await page.getByRole('menuitem', { name: '金融超市' }).click();
  await page.getByRole('heading', { level: 1, name: '金融超市' }).waitFor();
  await page.getByRole('button', { name: `申请“${PRODUCT}”` }).waitFor();
  await checkPage(page, 'enterprise /finance/supermarket');
  await page.getByRole('menuitem', { name: '我的融资' }).click();
  await page.getByRole('heading', { level: 1, name: '我的融资' }).waitFor();
  await page.getByText('本企业数据').waitFor();
  await page.getByRole('button', { name: `申请“${PRODUCT}”` }).waitFor();
  // The demo product asks for an effective invention patent and no credit listing; both are read from the registry.
  assert.match(await page.getByRole('row', { name: new RegExp(PRODUCT.replace(/[【】]/g, '.')) }).innerText(), /符合/);
  await checkPage(page, 'enterprise /finance/mine pre-check');
  await page.getByRole('button', { name: `申请“${PRODUCT}”` }).click();
  await page.getByLabel('金额（元）').fill('1000000');
  await page.getByLabel('资金用途').fill('智能装备研发与扩产');
  await page.getByLabel('质押物').click();
  await page.locator('.ant-select-item-option:not(.ant-select-item-option-disabled)').first().click();
  await page.keyboard.press('Escape');
  await page.getByRole('checkbox', { name: '我已阅读并单独同意上述内容' }).check();
  await page.getByRole('button', { name: '提交申请' }).click();
  await page.waitForURL('**/finance/applications/*');
  await page.getByText('待银行受理').first().waitFor();
  await checkPage(page, 'enterprise /finance/applications/:id submitted');
  const appUrl = page.url();
  await signOut(page);

  // The bank works it from its desk: accept, valuation, approval, disbursement.
  await signIn(page, 'bank', DEMO_PASSWORD);
  await page.getByRole('menuitem', { name: '银行工作台' }).click();
  await page.getByRole('heading', { level: 1, name: '银行工作台' }).waitFor();
  await page.getByText('待银行受理').first().waitFor();
  await checkPage(page, 'bank /finance/bank');
  await page.goto(appUrl);
  await page.getByRole('button', { name: '受理' }).waitFor();
  await page.getByText('企业知识产权信息（经企业同意）').waitFor();
  await checkPage(page, 'bank application awaiting acceptance');
  await page.getByRole('button', { name: '受理' }).click();
  await page.getByRole('button', { name: OK }).click();
  await page.getByText('已受理，评估中').first().waitFor();
  await page.getByRole('button', { name: '登记评估结果' }).click();
  await page.getByLabel('评估价值（元）').fill('2500000');
  await page.getByLabel('评估机构').fill('山东演示资产评估有限公司');
  await page.getByRole('button', { name: OK }).click();
  await page.getByText('已评估，待审批').first().waitFor();
  await page.getByRole('button', { name: '批准', exact: true }).click();
  await page.getByLabel('年利率（%）').fill('3.5');
  await page.getByRole('button', { name: OK }).click();
  await page.getByText('已批准，待放款').first().waitFor();
  await page.getByRole('button', { name: '登记放款' }).click();
  await page.getByLabel('借款合同编号').fill('演示借字2026第001号');
  await page.getByRole('button', { name: OK }).click();
  await page.getByText('演示借字2026第001号', { exact: false }).first().waitFor();
  await page.getByText('已放款').first().waitFor();
  await checkPage(page, 'bank application disbursed');
  await signOut(page);

  // The city bureau's funnel counts the application through to disbursement.
  await signIn(page, 'city_staff', DEMO_PASSWORD);
  await page.getByRole('menuitem', { name: '融资监管' }).click();
  await page.getByRole('heading', { level: 1, name: '融资监管' }).waitFor();
  await page.getByText('按银行').waitFor();
  const disbursed = page.locator('.ant-statistic').filter({ hasText: '放款' }).first();
  assert.match(await disbursed.innerText(), /1/);
  await checkPage(page, 'city_staff /finance/oversight funnel');
  await page.getByRole('tab', { name: '产品审核' }).click();
  await checkPage(page, 'city_staff /finance/oversight product review');
}
