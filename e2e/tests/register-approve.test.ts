import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { usccCheckCharacter } from '@zhichan/contract';
import { artifactPath, checkPage, launchBrowser, newUserContext, skipUnlessChromium, startServer, type RunningServer } from '../src/harness.js';

const PASSWORD = 'Journey@2026';
const DEMO_PASSWORD = 'Demo@2026';
const ENTERPRISE = '任城旅程测试科技有限公司';
const USERNAME = 'journey_firm';
// A well-formed credit code in 任城区 (370811): fictional body, valid GB 32100 check character.
const FIRST17 = '91370811MA342017E';
const CREDIT_CODE = FIRST17 + usccCheckCharacter(FIRST17);
// A valid code registered in 福州 (3501…): the form warns for a 任城区 enterprise but does not refuse it.
const FUZHOU17 = '91350100MA2Y00001';
const FUZHOU_CODE = FUZHOU17 + usccCheckCharacter(FUZHOU17);

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

/** Picks a region path in the antd Cascader labelled `label`, one level at a time (each level loads lazily). */
async function pickRegion(page: Page, label: string, names: string[]) {
  await page.getByLabel(label).click();
  // An option's accessible name is its text followed by the expand icon's label, hence the anchored pattern.
  for (const name of names) await page.getByRole('menuitemcheckbox', { name: new RegExp(`^${name}`) }).click();
  await page.keyboard.press('Escape');
}

describe('journey: an enterprise registers, the district bureau approves it', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;

  before(async () => {
    server = await startServer();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('register → 待审核 → rencheng_staff approves → 已通过 and a notification', { skip: skipUnlessChromium() }, async () => {
    assert.ok(server);
    browser = await launchBrowser();
    const context = await newUserContext(browser);
    const page = await context.newPage();
    // The app turns its animations off for reduced motion: pop-confirms then open at once, not mid-zoom.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const pageErrors: string[] = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));
    try {
      await walkJourney(page, server.url);
    } catch (err) {
      // Leave the page as it was when the step failed, for whoever reads the CI log.
      await page.screenshot({ path: artifactPath('register-approve-failure.png'), fullPage: true }).catch(() => undefined);
      throw err;
    }
    await page.screenshot({ path: artifactPath('register-approve.png'), fullPage: true });
    assert.deepEqual(pageErrors, []);
    await context.close();
  });
});

/** The journey itself: register, wait for review, approval by the district bureau, the enterprise sees the result. */
async function walkJourney(page: Page, url: string) {
  // A newcomer opens the site, is sent to sign in, and follows the registration link.
  await page.goto(url);
  await page.getByRole('link', { name: '企业注册' }).click();
  await page.getByRole('heading', { name: '企业注册' }).waitFor();

  await page.getByLabel('用户名').fill(USERNAME);
  await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
  await page.getByLabel('确认密码').fill(PASSWORD);
  await page.getByLabel('联系人姓名').fill('旅程联系人');
  await page.getByLabel('联系电话').fill('13912345678');
  await page.getByLabel('企业名称').fill(ENTERPRISE);
  await page.getByText('11 位手机号，如 13800000000', { exact: false }).waitFor();
  await page.getByLabel('统一社会信用代码').fill(FUZHOU_CODE);
  // The first column is the city's counties and 其他省市 (the provinces, for a firm from elsewhere), not 31 provinces.
  await page.getByLabel('所在地区').click();
  await page.getByRole('menuitemcheckbox', { name: /^其他省市/ }).waitFor();
  assert.equal(await page.getByRole('menuitemcheckbox', { name: /^北京市/ }).count(), 0, 'the provinces are one level down');
  await page.keyboard.press('Escape');
  // The picker starts at the platform's city (CITY_REGION, 济宁市): its counties are the first choices.
  await pickRegion(page, '所在地区', ['任城区']);
  const otherProvince = page.getByText(/表示登记机关在其他省份/);
  await otherProvince.waitFor();
  await page.getByLabel('统一社会信用代码').fill(CREDIT_CODE);
  await otherProvince.waitFor({ state: 'detached' });
  await page.getByLabel('所属行业').fill('软件和信息技术服务业');
  await page.getByLabel('法定代表人').fill('旅程法人');
  await checkPage(page, 'the filled registration form');
  await page.getByRole('button', { name: '提交注册' }).click();

  // Signed in straight away, on the own profile, waiting for review.
  await page.waitForURL('**/my/enterprise');
  // The page title carries the review status next to the name.
  await page.getByRole('heading', { level: 1, name: new RegExp(`${ENTERPRISE}.*待审核`) }).waitFor();
  assert.match(await page.getByText('您的企业注册正在等待所在地知识产权局审核').innerText(), /等待/);
  await signOut(page);

  // The district bureau finds the enterprise and approves it.
  await signIn(page, 'rencheng_staff', DEMO_PASSWORD);
  await page.getByRole('menuitem', { name: '企业管理' }).click();
  await page.getByRole('heading', { name: '企业管理' }).waitFor();
  await page.getByLabel('关键词').fill(ENTERPRISE);
  await page.getByRole('button', { name: '查询' }).click();
  await page.getByRole('link', { name: ENTERPRISE }).click();
  await page.getByRole('heading', { level: 1, name: ENTERPRISE }).waitFor();
  await checkPage(page, 'the enterprise under review');
  await page.getByRole('button', { name: '审核通过' }).click();
  await page.getByRole('button', { name: '确定' }).click();
  await page.getByText('已审核通过').waitFor();
  await page.getByRole('button', { name: '审核通过' }).waitFor({ state: 'detached' });
  await signOut(page);

  // The enterprise signs in again: approved, and told so.
  await signIn(page, USERNAME, PASSWORD);
  await page.waitForURL('**/my/enterprise');
  await page.getByRole('heading', { level: 1, name: new RegExp(`${ENTERPRISE}.*已通过`) }).waitFor();
  // The bell's name is what it shows, read in order (通知 1) and completed for screen readers (条未读).
  await page.getByRole('link', { name: /^通知\s*1\s*条未读$/ }).click();
  await page.getByRole('heading', { name: '通知' }).waitFor();
  await page.getByText('企业注册已通过审核').waitFor();
  await checkPage(page, 'the enterprise’s notifications');
}
