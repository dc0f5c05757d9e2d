import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { artifactPath, checkPage, launchBrowser, newUserContext, skipUnlessChromium, startServer, type RunningServer } from '../src/harness.js';

const DEMO_PASSWORD = 'Demo@2026';
// A demo patent of the demo enterprise 济宁演示智能装备 with no declaration and no pledge.
const PATENT = '一种矿用带式输送机托辊故障声学检测方法【演示】';
const BANK = '演示银行济宁分行【演示】';
const CONTRACT = 'ZY-旅程-2026-001';
const REGISTRATION = 'Y2026旅程370000001';

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

async function fillDate(page: Page, label: string, value: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

const ok = (page: Page) => page.getByRole('button', { name: /^确\s*定$|^OK$/ }).click();

describe('journey: pledge registration — enterprise and bank apply jointly, CNIPA registers, the patent shows 质押, release', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;

  before(async () => {
    server = await startServer({ env: { DEMO_PATENTS: 'false' } });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('enterprise applies → bank confirms → CNIPA’s number entered → patent page shows 质押 → released', { skip: skipUnlessChromium() }, async () => {
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
      await page.screenshot({ path: artifactPath('pledge-failure.png'), fullPage: true }).catch(() => undefined);
      throw err;
    }
    await page.screenshot({ path: artifactPath('pledge.png'), fullPage: true });
    assert.deepEqual(pageErrors, []);
    await context.close();
  });
});

async function walkJourney(page: Page, url: string) {
  // The enterprise (pledgor) files the application and confirms it.
  await page.goto(`${url}/login`);
  await signIn(page, 'enterprise');
  await page.getByRole('menuitem', { name: '我的质押登记' }).click();
  await page.getByRole('heading', { name: '我的质押登记' }).waitFor();
  await checkPage(page, 'enterprise /pledges/mine');
  await page.getByRole('button', { name: '申请质押登记' }).click();
  await page.getByLabel('质押的专利或商标').fill('托辊故障');
  await page.locator('.ant-select-item-option', { hasText: PATENT }).click();
  await page.keyboard.press('Escape');
  await page.getByLabel('质权人（银行）').click();
  await page.locator('.ant-select-item-option', { hasText: BANK }).click();
  await page.getByLabel('质押合同编号').fill(CONTRACT);
  await page.getByLabel('债权数额（元）').fill('12000000');
  await page.getByLabel('贷款金额（元）').fill('12000000');
  const today = new Date().toISOString().slice(0, 10);
  await fillDate(page, '债务履行期限起', today);
  await fillDate(page, '债务履行期限止', '2028-12-31');
  const files = page.locator('.ant-modal input[type=file]');
  await files.nth(0).setInputFiles({ name: '质押合同.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 质押合同') });
  await page.getByText('质押合同.pdf').waitFor();
  await files.nth(1).setInputFiles({ name: '营业执照.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 营业执照') });
  await page.getByText('营业执照.pdf').waitFor();
  await page.getByRole('button', { name: '提交', exact: true }).click();
  await page.waitForURL(/\/pledges\/\d+$/);
  const pledgePath = new URL(page.url()).pathname;
  await page.getByText('待质权人确认').first().waitFor();
  await checkPage(page, 'enterprise the pledge awaiting the pledgee');
  await signOut(page);

  // The bank (pledgee) sees it on its workbench and confirms: the joint application goes to the authority.
  await signIn(page, 'bank');
  await page.getByText('质押登记申请待本行确认').first().waitFor();
  await checkPage(page, 'bank workbench with the pledge card');
  await page.getByRole('menuitem', { name: '质押登记（质权人）' }).click();
  await page.getByRole('heading', { name: '质押登记（质权人）' }).waitFor();
  await page.getByRole('link', { name: CONTRACT }).waitFor();
  await checkPage(page, 'bank /pledges/bank');
  await page.getByRole('link', { name: CONTRACT }).click();
  await page.getByRole('button', { name: '确认并共同申请' }).click();
  await page.getByText('确认后，本申请即为出质人与本行的共同申请').waitFor();
  await ok(page);
  await page.getByText('双方已确认，待登记机关办理').first().waitFor();
  await checkPage(page, 'bank the jointly filed pledge');
  await signOut(page);

  // The bureau enters CNIPA's registration (its number and date).
  await signIn(page, 'rencheng_staff');
  await page.getByRole('menuitem', { name: '质押登记办理' }).click();
  await page.getByRole('heading', { name: '质押登记办理' }).waitFor();
  await page.getByRole('link', { name: CONTRACT }).waitFor();
  await checkPage(page, 'rencheng_staff /pledges/review');
  await page.getByRole('link', { name: CONTRACT }).click();
  await page.getByRole('button', { name: '登记质押登记号' }).click();
  await page.getByLabel('编号（以登记机关文书为准）').fill(REGISTRATION);
  await ok(page);
  await page.getByText('登记机关已登记').first().waitFor();
  await page.getByText(REGISTRATION).first().waitFor();
  await checkPage(page, 'rencheng_staff the registered pledge');

  // The patent page's legal status shows 质押, with CNIPA's number.
  await page.getByRole('link', { name: PATENT }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(PATENT.replace(/[【】]/g, '.')) }).waitFor();
  await page.locator('.pledged-tag').waitFor();
  await page.getByText(REGISTRATION).first().waitFor();
  await checkPage(page, 'rencheng_staff the pledged patent');

  // Release (注销): the patent is free again.
  await page.goto(`${url}${pledgePath}`);
  await page.getByRole('button', { name: '登记质押注销' }).click();
  await page.getByLabel('编号（以登记机关文书为准）').fill('ZX2026旅程-1');
  await ok(page);
  await page.getByText('已注销').first().waitFor();
  await checkPage(page, 'rencheng_staff the released pledge');
  await page.getByRole('link', { name: PATENT }).click();
  await page.getByText('质押注销').first().waitFor();
  assert.equal(await page.locator('.pledged-tag').count(), 0);
  await checkPage(page, 'rencheng_staff the patent after release');
}
