import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { usccCheckCharacter } from '@zhichan/contract';
import { artifactPath, checkPage, launchBrowser, newUserContext, skipUnlessChromium, startServer, type RunningServer } from '../src/harness.js';

const DEMO_PASSWORD = 'Demo@2026';
const PASSWORD = 'Journey@2026';
const SME = '任城旅程小微制造有限公司';
const SME_USER = 'journey_sme';
const FIRST17 = '91370811MA342018T';
const CREDIT_CODE = FIRST17 + usccCheckCharacter(FIRST17);
// A demo patent of the demo enterprise 济宁演示智能装备 that has no declaration yet.
const PATENT = '一种矿用带式输送机托辊故障声学检测方法【演示】';

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

async function pickRegion(page: Page, label: string, names: string[]) {
  await page.getByLabel(label).click();
  for (const name of names) await page.getByRole('menuitemcheckbox', { name: new RegExp(`^${name}`) }).click();
  await page.keyboard.press('Escape');
}

describe('journey: open licence — declare, approve, find in the catalogue, obtain, see it on the profile', () => {
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
    'patentee declares → bureau recommends → CNIPA’s announcement entered → a new SME obtains the licence → the patentee’s profile shows it',
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
        await page.screenshot({ path: artifactPath('open-licence-failure.png'), fullPage: true }).catch(() => undefined);
        throw err;
      }
      await page.screenshot({ path: artifactPath('open-licence.png'), fullPage: true });
      assert.deepEqual(pageErrors, []);
      await context.close();
    },
  );
});

async function walkJourney(page: Page, url: string) {
  // A small manufacturer registers on the platform (it will be approved by the district bureau below).
  await page.goto(url);
  await page.getByRole('link', { name: '企业注册' }).click();
  await page.getByRole('heading', { name: '企业注册' }).waitFor();
  await checkPage(page, 'anonymous /register');
  await page.getByLabel('用户名').fill(SME_USER);
  await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
  await page.getByLabel('确认密码').fill(PASSWORD);
  await page.getByLabel('联系人姓名').fill('小微联系人');
  await page.getByLabel('联系电话').fill('13912345679');
  await page.getByLabel('企业名称').fill(SME);
  await page.getByLabel('统一社会信用代码').fill(CREDIT_CODE);
  // The picker starts at the platform's city (CITY_REGION, 济宁市): its counties are the first choices.
  await pickRegion(page, '所在地区', ['任城区']);
  await page.getByRole('button', { name: '提交注册' }).click();
  await page.waitForURL('**/my/enterprise');
  await signOut(page);

  // The patentee declares an open licence for one of its patents.
  await signIn(page, 'enterprise', DEMO_PASSWORD);
  await page.getByRole('menuitem', { name: '我的开放许可' }).click();
  await page.getByRole('heading', { name: '我的开放许可声明' }).waitFor();
  await checkPage(page, 'enterprise /open-licences/mine');
  await page.getByRole('button', { name: '声明开放许可' }).click();
  // The patent select searches as one types; Enter picks the (only) match.
  await page.getByLabel('选择专利').fill('托辊故障');
  await page.locator('.ant-select-item-option', { hasText: PATENT }).click();
  await page.getByLabel('金额（元）').fill('50000');
  await page.getByRole('button', { name: '提交' }).click();
  await page.getByRole('alert').filter({ hasText: '开放许可声明已提交，等待知识产权局审核' }).waitFor();
  const row = page.getByRole('row', { name: new RegExp(`${PATENT.replace(/[【】]/g, '.')}.*待审核`) });
  await row.waitFor();
  await signOut(page);

  // The district bureau reviews and recommends it (publication is CNIPA's act), enters CNIPA's announcement
  // once CNIPA has published it, and approves the SME's registration.
  await signIn(page, 'rencheng_staff', DEMO_PASSWORD);
  await page.getByRole('menuitem', { name: '开放许可审核' }).click();
  await page.getByRole('heading', { name: '开放许可审核' }).waitFor();
  await page.getByRole('link', { name: PATENT }).waitFor();
  await checkPage(page, 'rencheng_staff 开放许可审核 list');
  await page.getByRole('link', { name: PATENT }).click();
  await page.getByText('办理流程：开放许可声明').waitFor();
  await checkPage(page, 'rencheng_staff open-licence declaration under review');
  await page.getByRole('button', { name: '审核通过并推荐' }).click();
  await page.getByRole('button', { name: '确定' }).click();
  await page.getByText('已审核推荐，待国家知识产权局公告').first().waitFor();
  await page.getByRole('button', { name: '登记国家知识产权局公告' }).click();
  await page.getByLabel('编号（以登记机关文书为准）').fill('旅程测试公告2026-0001');
  await page.getByRole('button', { name: /^确\s*定$|^OK$/ }).click();
  await page.getByText('旅程测试公告2026-0001').first().waitFor();
  await page.getByText('当前无需您处理').waitFor();
  await page.getByRole('menuitem', { name: '企业管理' }).click();
  await page.getByLabel('关键词').fill(SME);
  await page.getByRole('button', { name: '查询' }).click();
  await page.getByRole('link', { name: SME }).waitFor();
  await checkPage(page, 'rencheng_staff /enterprises with a search');
  await page.getByRole('link', { name: SME }).click();
  await page.getByRole('button', { name: '审核通过' }).waitFor();
  await checkPage(page, 'rencheng_staff the SME under review');
  await page.getByRole('button', { name: '审核通过' }).click();
  await page.getByRole('button', { name: '确定' }).click();
  await page.getByText('已审核通过').waitFor();
  await signOut(page);

  // The SME finds the patent in the catalogue with the registry's search syntax and obtains the licence.
  await signIn(page, SME_USER, PASSWORD);
  await page.getByRole('menuitem', { name: '开放许可目录' }).click();
  await page.getByRole('heading', { name: '开放许可目录' }).waitFor();
  await checkPage(page, 'journey_sme /open-licences/catalogue');
  await page.getByLabel('检索式').fill('TI=(托辊 AND 检测)');
  await page.getByRole('button', { name: '查询' }).click();
  await page.getByRole('link', { name: PATENT }).click();
  await page.getByRole('heading', { level: 1, name: PATENT }).waitFor();
  // CNIPA's announcement, the annual-fee reduction it brings and the art. 52 dispute path are shown.
  await page.getByText('旅程测试公告2026-0001').first().waitFor();
  await page.getByText(/开放许可实施期间年费减缴 15%（财税〔2024〕23号/).waitFor();
  await page.getByText(/请求国务院专利行政部门（国家知识产权局）进行调解.*向人民法院起诉/).waitFor();
  await checkPage(page, 'journey_sme the catalogue’s patent page');
  await page.locator('input[type=file]').setInputFiles({ name: '付款凭证.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 付款凭证') });
  await page.getByText('付款凭证.pdf').waitFor();
  await page.getByRole('button', { name: '取得许可' }).click();
  // The platform registers the parties' act under its own reference; the filing is CNIPA's.
  const done = page.getByText(/已取得许可，平台登记号 PT-OL-\d+（许可合同备案请向国家知识产权局办理）/).first();
  await done.waitFor();
  const filingNo = /PT-OL-\d+/.exec(await done.innerText())?.[0] ?? '';
  assert.ok(filingNo);
  await signOut(page);

  // The patentee sees the licence on its profile (运用).
  await signIn(page, 'enterprise', DEMO_PASSWORD);
  await page.waitForURL('**/my/enterprise');
  await page.getByText(`开放许可 ${filingNo}`).waitFor();
  await checkPage(page, 'enterprise /my/enterprise with the licence');
  assert.match(await page.getByText(new RegExp(`→ ${SME}`)).innerText(), new RegExp(SME));
}
