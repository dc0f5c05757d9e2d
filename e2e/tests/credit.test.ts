import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { artifactPath, checkPage, launchBrowser, newUserContext, skipUnlessChromium, startServer, type RunningServer } from '../src/harness.js';

const DEMO_PASSWORD = 'Demo@2026';
const ENTERPRISE = '济宁演示智能装备有限公司【演示】';
const PERSON = '张旅程';
const DECISION_NO = '任知信〔旅程〕1号';
const BEHAVIOUR = '提交虚假材料或以欺骗手段取得资助、奖励或费用减缴';

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

/** A date typed into an Ant Design date picker. */
async function pickDate(page: Page, label: string, date: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

/** A day of the month `n` months before this one (YYYY-MM-DD). */
function monthsAgo(n: number, day: number): string {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - n);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Picks an option of an Ant Design select by its label. */
async function choose(page: Page, label: string, option: string, search?: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  if (search) await input.fill(search);
  await page.locator('.ant-select-item-option', { hasText: option }).first().click();
}

/** Shared listing details: behaviour, evidence (text and a file), authority, decision, dates seven months back. */
async function fillDecision(page: Page, evidenceFile: string) {
  // The dates first: Enter confirms a typed date and would also submit a form already complete.
  await pickDate(page, '决定日期', monthsAgo(7, 1));
  await pickDate(page, '列入日期', monthsAgo(7, 2));
  await choose(page, '失信行为', BEHAVIOUR);
  await page.getByLabel('认定事实与证据').fill('经查，该主体在2025年度专利资助申报中提交伪造的代理合同，骗取资助。');
  await page
    .locator('input[type=file]')
    .first()
    .setInputFiles({ name: evidenceFile, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4 ${evidenceFile}`) });
  await page.getByText(evidenceFile).waitFor();
  await page.getByLabel('认定机关').fill('济宁市任城区市场监督管理局');
  await page.getByLabel('决定文号').fill(DECISION_NO);
}

describe('journey: IP credit — list with evidence, publish, the measures refuse funding, repair, the listing ends', () => {
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
    'staff list an enterprise and a person → the public list shows them (the name masked) → a subsidy application is refused naming the listing → the enterprise applies for repair → staff approve → the listing ends',
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
        await page.screenshot({ path: artifactPath('credit-failure.png'), fullPage: true }).catch(() => undefined);
        throw err;
      }
      await page.screenshot({ path: artifactPath('credit.png'), fullPage: true });
      assert.deepEqual(pageErrors, []);
      await context.close();
    },
  );
});

async function walkJourney(page: Page, url: string) {
  // The district bureau lists the enterprise (funding reviewed strictly, no awards) and a person, both published.
  await page.goto(`${url}/login`);
  await signIn(page, 'rencheng_staff');
  await page.getByRole('menuitem', { name: '信用管理' }).click();
  await page.getByRole('heading', { level: 1, name: '信用管理' }).waitFor();
  await checkPage(page, 'rencheng_staff /credit listings (empty)');
  await page.getByRole('tab', { name: '列入名单' }).click();
  // Checked before it is filled: the 适老化 switch redraws the page and with it the form.
  await checkPage(page, 'rencheng_staff /credit listing form');
  await choose(page, '被列入单位', ENTERPRISE, '智能装备');
  await fillDecision(page, '虚假合同认定书.pdf');
  await page.getByRole('button', { name: '列入名单', exact: true }).click();
  await page.getByText('已完成').first().waitFor();

  await page.getByLabel('自然人').check();
  await page.getByLabel('姓名', { exact: true }).fill(PERSON);
  await page.getByLabel('身份证号码').fill('370811199001011234');
  await page.getByLabel('所属区划代码').fill('370811');
  await fillDecision(page, '个人认定书.pdf');
  await page.getByRole('button', { name: '列入名单', exact: true }).click();
  await page.getByText('已完成').first().waitFor();

  await page.getByRole('tab', { name: '信用管理名单' }).click();
  const listed = page.getByRole('row', { name: new RegExp(`${ENTERPRISE.replace(/[【】]/g, '.')}.*列入中`) });
  await listed.waitFor();
  // The evidence and its file are kept with the listing.
  await listed.getByRole('button', { name: /展开/ }).click();
  await page.getByRole('link', { name: '虚假合同认定书.pdf' }).waitFor();
  await checkPage(page, 'rencheng_staff /credit listings with the evidence open');
  await signOut(page);

  // The public list shows both in force; the person's name is masked and no ID number is shown.
  await page.goto(`${url}/public/credit`);
  await page.getByRole('heading', { level: 1, name: '知识产权信用信息公示' }).waitFor();
  await page.getByRole('row', { name: new RegExp(`${ENTERPRISE.replace(/[【】]/g, '.')}.*${DECISION_NO.replace(/[〔〕]/g, '.')}`) }).waitFor();
  await page.getByText('张**').waitFor();
  assert.equal(await page.getByText(PERSON).count(), 0);
  assert.equal(await page.getByText('370811199001011234').count(), 0);
  await checkPage(page, 'anonymous /public/credit');

  // The measures bite: the enterprise's interest-subsidy application is refused, naming the listing.
  await page.goto(`${url}/login`);
  await signIn(page, 'enterprise');
  await page.getByRole('menuitem', { name: '贴息申报' }).click();
  await page.getByRole('heading', { level: 1, name: '贴息申报' }).waitFor();
  await page.getByRole('button', { name: '申报贴息' }).click();
  await choose(page, '贴息政策', '青岛市专利权质押贷款贴息');
  await page.getByLabel('贷款银行').fill('中国建设银行济宁分行');
  await page.getByLabel('贷款本金（元）').fill('1000000');
  await page.getByLabel('贷款年利率（%）').fill('3.9');
  await pickDate(page, '借款合同签订日期', monthsAgo(13, 20));
  await pickDate(page, '计息期起', monthsAgo(12, 1));
  const lastMonthEnd = new Date(`${monthsAgo(0, 1)}T00:00:00Z`);
  lastMonthEnd.setUTCDate(0);
  await pickDate(page, '计息期止', lastMonthEnd.toISOString().slice(0, 10));
  await page.getByLabel('实际支付利息（元）').fill('39000');
  for (const flag of ['中小企业', '独立法人', '以专利权人身份出质', '至少一件专利首次质押']) await page.getByLabel(flag, { exact: true }).check();
  await page
    .locator('input[type=file]')
    .nth(0)
    .setInputFiles({ name: '借款合同.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 借款合同') });
  await page.getByText('借款合同.pdf').waitFor();
  await page
    .locator('input[type=file]')
    .nth(1)
    .setInputFiles({ name: '付息凭证.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 付息凭证') });
  await page.getByText('付息凭证.pdf').waitFor();
  await page.getByRole('button', { name: '提交申报' }).click();
  await page.getByText(new RegExp(`列入知识产权信用管理名单（${DECISION_NO.replace(/[〔〕]/g, '.')}.*依规不予办理`)).waitFor();
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });

  // The enterprise sees its listing with dates and applies for repair (seven months on: the repair window is open).
  await page.getByRole('menuitem', { name: '本企业信用' }).click();
  await page.getByRole('heading', { level: 1, name: '本企业信用' }).waitFor();
  await page.getByText(monthsAgo(7, 2)).first().waitFor();
  await checkPage(page, 'enterprise /credit/mine listed');
  await page.getByRole('button', { name: '申请信用修复' }).click();
  const repair = page.getByRole('dialog');
  await repair.getByLabel('整改情况与信用承诺').fill('已退回全部资助款项，完成内部合规整改，并承诺今后如实申报。');
  await repair.locator('input[type=file]').setInputFiles({ name: '退款凭证.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 退款凭证') });
  await repair.getByText('退款凭证.pdf').waitFor();
  await repair.getByRole('button', { name: /OK|确\s*定/ }).click();
  await repair.waitFor({ state: 'detached' });
  await page.getByRole('row', { name: /待审核/ }).waitFor();
  await checkPage(page, 'enterprise /credit/mine repair pending');
  await signOut(page);

  // The bureau reads the repair with its file and approves it: the listing ends today.
  await signIn(page, 'rencheng_staff');
  await page.getByRole('menuitem', { name: '信用管理' }).click();
  await page.getByRole('heading', { level: 1, name: '信用管理' }).waitFor();
  await page.getByRole('tab', { name: '信用修复申请' }).click();
  const pending = page.getByRole('row', { name: new RegExp(`${ENTERPRISE.replace(/[【】]/g, '.')}.*待审核`) });
  await pending.getByRole('button', { name: /展开/ }).click();
  await page.getByRole('link', { name: '退款凭证.pdf' }).waitFor();
  await checkPage(page, 'rencheng_staff /credit repairs');
  await pending.getByRole('button', { name: '准予修复' }).click();
  await page.getByRole('row', { name: new RegExp(`${ENTERPRISE.replace(/[【】]/g, '.')}.*准予修复`) }).waitFor();
  await page.getByRole('tab', { name: '信用管理名单' }).click();
  await page.getByRole('row', { name: new RegExp(`${ENTERPRISE.replace(/[【】]/g, '.')}.*已信用修复`) }).waitFor();
  await signOut(page);

  // The public list no longer shows the enterprise; the person stays listed.
  await page.goto(`${url}/public/credit`);
  await page.getByText('张**').waitFor();
  assert.equal(await page.getByText(ENTERPRISE).count(), 0);
  await checkPage(page, 'anonymous /public/credit after the repair');

  // The enterprise sees the listing ended by repair.
  await page.goto(`${url}/login`);
  await signIn(page, 'enterprise');
  await page.getByRole('menuitem', { name: '本企业信用' }).click();
  await page.getByRole('heading', { level: 1, name: '本企业信用' }).waitFor();
  await page.getByText('已信用修复').first().waitFor();
  assert.equal(await page.getByRole('button', { name: '申请信用修复' }).count(), 0);
  await checkPage(page, 'enterprise /credit/mine repaired');
}
