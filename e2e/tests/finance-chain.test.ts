import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { artifactPath, checkPage, launchBrowser, newUserContext, skipUnlessChromium, startServer, type RunningServer } from '../src/harness.js';

const DEMO_PASSWORD = 'Demo@2026';
const PRODUCT = '知识产权质押贷【演示】';
// A demo patent of the demo enterprise with no declaration and no pledge (as in the pledge journey).
const PATENT = '一种矿用带式输送机托辊故障声学检测方法【演示】';
const CONTRACT = 'ZY-链条-2026-001';
const REGISTRATION = 'Y2026链条370000001';
const OK = /^确\s*定$|^OK$/;

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

describe('journey: the finance chain — pre-check, apply, approve, pledge from the approved loan, CNIPA registers, oversight and 我的融资 show it', () => {
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
    'enterprise applies → bank approves → 发起质押登记 → bank confirms → CNIPA’s number → 质押 on the patent → 融资监管 and 我的融资',
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
        await page.screenshot({ path: artifactPath('finance-chain-failure.png'), fullPage: true }).catch(() => undefined);
        throw err;
      }
      await page.screenshot({ path: artifactPath('finance-chain.png'), fullPage: true });
      assert.deepEqual(pageErrors, []);
      await context.close();
    },
  );
});

async function walkJourney(page: Page, url: string) {
  // The enterprise pre-checks in the supermarket and applies, offering the patent as collateral.
  await page.goto(`${url}/login`);
  await signIn(page, 'enterprise');
  await page.getByRole('menuitem', { name: '金融超市' }).click();
  await page.getByRole('heading', { level: 1, name: '金融超市' }).waitFor();
  await page.getByRole('button', { name: `申请“${PRODUCT}”` }).waitFor();
  await checkPage(page, 'enterprise /finance/supermarket');
  await page.getByRole('button', { name: `申请“${PRODUCT}”` }).click();
  // The apply dialog (the supermarket's own filter has an amount field too).
  const dialog = page.locator('.ant-modal');
  await dialog.getByLabel('金额（元）').fill('1000000');
  await dialog.getByLabel('资金用途').fill('智能装备研发与扩产');
  await dialog.getByLabel('质押物').click();
  await page.locator('.ant-select-item-option:not(.ant-select-item-option-disabled)', { hasText: PATENT }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('checkbox', { name: '我已阅读并单独同意上述内容' }).check();
  await page.getByRole('button', { name: '提交申请' }).click();
  await page.waitForURL('**/finance/applications/*');
  await page.getByText('待银行受理').first().waitFor();
  const appUrl = page.url();
  await signOut(page);

  // The bank accepts, values and approves.
  await signIn(page, 'bank');
  await page.goto(appUrl);
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
  // Until the enterprise starts it, the bank's page says the pledge is awaited.
  await page.getByText('待企业发起质押登记', { exact: false }).waitFor();
  await checkPage(page, 'bank the approved application awaiting the pledge');
  await signOut(page);

  // The enterprise starts the pledge from the approved application: bank, patent, amount and term are prefilled.
  await signIn(page, 'enterprise');
  await page.goto(appUrl);
  await checkPage(page, 'enterprise the approved application');
  await page.getByRole('button', { name: '发起质押登记' }).click();
  await page.getByText('已按融资申请', { exact: false }).waitFor();
  // (checkPage runs once the dialog is closed: its 适老化 pass needs the page's switch.)
  await page.getByLabel('质押合同编号').fill(CONTRACT);
  const files = page.locator('.ant-modal input[type=file]');
  await files.nth(0).setInputFiles({ name: '质押合同.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 质押合同') });
  await page.getByText('质押合同.pdf').waitFor();
  await files.nth(1).setInputFiles({ name: '营业执照.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 营业执照') });
  await page.getByText('营业执照.pdf').waitFor();
  await page.getByRole('button', { name: '提交', exact: true }).click();
  await page.waitForURL(/\/pledges\/\d+$/);
  const pledgePath = new URL(page.url()).pathname;
  await page.getByText('待质权人确认').first().waitFor();
  // Linked both ways: the pledge names the application, the application lists the pledge.
  await page.getByRole('link', { name: /融资申请 \d+/ }).click();
  await page.waitForURL('**/finance/applications/*');
  await page.getByRole('link', { name: CONTRACT }).waitFor();
  await checkPage(page, 'enterprise the application with its pledge');
  await signOut(page);

  // The bank confirms: the joint application goes to the authority.
  await signIn(page, 'bank');
  await page.goto(`${url}${pledgePath}`);
  await page.getByRole('button', { name: '确认并共同申请' }).click();
  await page.getByText('确认后，本申请即为出质人与本行的共同申请').waitFor();
  await page.getByRole('button', { name: OK }).click();
  await page.getByText('双方已确认，待登记机关办理').first().waitFor();
  await checkPage(page, 'bank the jointly filed pledge');
  await signOut(page);

  // The bureau enters CNIPA's registration number and date; the patent page shows 质押.
  await signIn(page, 'rencheng_staff');
  await page.goto(`${url}${pledgePath}`);
  await page.getByRole('button', { name: '登记质押登记号' }).click();
  await page.getByLabel('编号（以登记机关文书为准）').fill(REGISTRATION);
  await page.getByRole('button', { name: OK }).click();
  await page.getByText('登记机关已登记').first().waitFor();
  await checkPage(page, 'rencheng_staff the registered pledge');
  await page.getByRole('link', { name: PATENT }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(PATENT.replace(/[【】]/g, '.')) }).waitFor();
  await page.locator('.pledged-tag').waitFor();
  await page.getByText(REGISTRATION).first().waitFor();
  await checkPage(page, 'rencheng_staff the pledged patent');
  await signOut(page);

  // 融资监管: the funnel counts the approval, and the pledge figures count the registration.
  await signIn(page, 'city_staff');
  await page.getByRole('menuitem', { name: '融资监管' }).click();
  await page.getByRole('heading', { level: 1, name: '融资监管' }).waitFor();
  const approved = page.locator('.ant-statistic').filter({ hasText: '批准' }).first();
  assert.match(await approved.innerText(), /[1-9]/);
  await checkPage(page, 'city_staff /finance/oversight funnel');
  await page.getByRole('tab', { name: '质押登记' }).click();
  await page.getByRole('heading', { name: '质押登记统计' }).waitFor();
  await page.getByRole('heading', { name: '按县（市、区）' }).waitFor();
  const registrations = page.locator('.ant-statistic').filter({ hasText: '登记' }).first();
  assert.match(await registrations.innerText(), /[1-9]/);
  await checkPage(page, 'city_staff /finance/oversight pledge figures');
  await signOut(page);

  // 我的融资: the enterprise sees the pledge with CNIPA's number.
  await signIn(page, 'enterprise');
  await page.getByRole('menuitem', { name: '我的融资' }).click();
  await page.getByRole('heading', { level: 1, name: '我的融资' }).waitFor();
  await page.getByRole('tab', { name: '我的质押登记' }).click();
  await page.getByText(REGISTRATION).first().waitFor();
  await checkPage(page, 'enterprise /finance/mine pledges');
}
