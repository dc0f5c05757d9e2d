import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import {
  artifactPath,
  assertAccessible,
  checkPage,
  launchBrowser,
  newUserContext,
  skipUnlessChromium,
  startServer,
  type RunningServer,
} from '../src/harness.js';

const DEMO_PASSWORD = 'Demo@2026';
const BANK = '旅程测试农商银行';

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

/** A date typed into an Ant Design date picker. */
async function pickDate(page: Page, label: string, date: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

/** A day of the month `n` months before this one (YYYY-MM-DD); the demo LPR series (【演示】) covers 24 months. */
function monthsAgo(n: number, day: number): string {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - n);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

describe('journey: interest subsidy — apply, see the computation, review, batch, approve, pay', () => {
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
    'the enterprise applies under the Qingdao policy and sees the computation line by line → the bureau approves it on review, in a batch, and records the payment',
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
        await page.screenshot({ path: artifactPath('subsidy-failure.png'), fullPage: true }).catch(() => undefined);
        throw err;
      }
      await page.screenshot({ path: artifactPath('subsidy.png'), fullPage: true });
      assert.deepEqual(pageErrors, []);
      await context.close();
    },
  );
});

async function walkJourney(page: Page, url: string) {
  // A loan signed 13 months ago; twelve months of interest paid, ending last month (the demo LPR rows cover them).
  const contractDate = monthsAgo(13, 20);
  const lprMonth = monthsAgo(14, 1).slice(0, 7);
  const interestFrom = monthsAgo(12, 1);
  const lastMonthEnd = new Date(`${monthsAgo(0, 1)}T00:00:00Z`);
  lastMonthEnd.setUTCDate(0);
  const interestTo = lastMonthEnd.toISOString().slice(0, 10);

  await page.goto(`${url}/login`);
  await signIn(page, 'enterprise', DEMO_PASSWORD);

  // The policies, as data and in words.
  await page.getByRole('menuitem', { name: '贴息政策' }).click();
  await page.getByRole('heading', { level: 1, name: '贴息政策' }).waitFor();
  await page.getByRole('heading', { name: '青岛市专利权质押贷款贴息' }).waitFor();
  await checkPage(page, 'enterprise /subsidies/policies');

  await page.getByRole('menuitem', { name: '贴息申报' }).click();
  await page.getByRole('heading', { level: 1, name: '贴息申报' }).waitFor();
  await checkPage(page, 'enterprise /subsidies/mine');
  await page.getByRole('button', { name: '申报贴息' }).click();
  await page.getByLabel('贴息政策').click();
  await page.locator('.ant-select-item-option', { hasText: '青岛市专利权质押贷款贴息' }).click();
  await page.getByLabel('贷款银行').fill(BANK);
  await page.getByLabel('贷款本金（元）').fill('1000000');
  await page.getByLabel('贷款年利率（%）').fill('3.9');
  await pickDate(page, '借款合同签订日期', contractDate);
  await pickDate(page, '计息期起', interestFrom);
  await pickDate(page, '计息期止', interestTo);
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

  // 试算: 1,000,000 × 3% (the demo LPR of the month before the contract) × 60% × 12 ÷ 12 = 18,000.
  await page.getByRole('button', { name: '试算' }).click();
  const formula = '本金 1,000,000.00 元 × 年利率 3% × 补贴比例 60% × 12 ÷ 12 个月 = 18,000.00 元';
  await page.getByText(formula).waitFor();
  await page.getByText(`计算利率：${lprMonth} 一年期 LPR 3%`).waitFor();
  // The form is a dialog over the page (the 适老化 switch is behind it): axe checks it in the current look.
  await assertAccessible(page, 'enterprise 申报贴息 dialog with its computation');
  await page.getByRole('button', { name: '提交申报' }).click();

  // The application page shows the computation line by line.
  await page.getByRole('heading', { level: 1, name: `贴息申报详情：${BANK}` }).waitFor();
  await page.getByText(formula).waitFor();
  await page.getByText('核定金额 18,000.00 元').waitFor();
  await page.getByText('条件“至少一件专利首次质押”须为“是”：符合').waitFor();
  await checkPage(page, 'enterprise subsidy application page');
  await signOut(page);

  // The district bureau reviews it.
  await signIn(page, 'rencheng_staff', DEMO_PASSWORD);
  await page.getByRole('menuitem', { name: '贴息审核' }).click();
  await page.getByRole('heading', { level: 1, name: '贴息审核' }).waitFor();
  await page.getByRole('link', { name: BANK }).waitFor();
  await checkPage(page, 'rencheng_staff /subsidies/review');
  await page.getByRole('link', { name: BANK }).click();
  await page.getByRole('heading', { level: 1, name: `贴息申报详情：${BANK}` }).waitFor();
  await checkPage(page, 'rencheng_staff subsidy application under review');
  await page.getByRole('button', { name: '审核通过' }).click();
  await page.getByText('审核通过，待纳入批次').first().waitFor();

  // Approved applications are gathered into a batch.
  await page.goto(`${url}/subsidies/review?status=verified`);
  const row = page.getByRole('row', { name: new RegExp(BANK) });
  await row.waitFor();
  await row.getByRole('checkbox').check();
  // The pointer leaves the row: a selected row under the pointer takes the theme's hover blue (a theme-wide 4.3:1).
  await page.mouse.move(0, 0);
  await checkPage(page, 'rencheng_staff /subsidies/review approved applications');
  await page.getByRole('button', { name: '将选中的申报组成批次' }).click();
  await page.getByLabel('批次名称').fill('旅程测试第一批');
  await page.getByRole('button', { name: '保存' }).click();
  await page.getByRole('heading', { level: 1, name: '贴息批次：旅程测试第一批' }).waitFor();
  await checkPage(page, 'rencheng_staff batch awaiting approval');

  // The batch is approved, then paid.
  await page.getByRole('button', { name: '批准批次' }).click();
  await page.getByLabel('批准文号').fill('任知〔旅程〕1号');
  await page.getByRole('button', { name: '保存' }).click();
  await page.getByText('已批准，待拨付').first().waitFor();
  await page.getByRole('button', { name: '登记拨付' }).click();
  await page.getByLabel('拨付凭证号').fill('旅程拨付-0001');
  await page.getByRole('button', { name: '保存' }).click();
  await page.getByText('旅程拨付-0001').waitFor();
  await checkPage(page, 'rencheng_staff batch paid');

  await page.getByRole('menuitem', { name: '贴息批次' }).click();
  await page.getByRole('heading', { level: 1, name: '贴息批次' }).waitFor();
  await page.getByRole('row', { name: /旅程测试第一批.*已拨付.*18,000\.00/ }).waitFor();
  await checkPage(page, 'rencheng_staff /subsidies/batches');

  // The LPR series staff maintain, with the demo rows marked.
  await page.getByRole('menuitem', { name: 'LPR 维护' }).click();
  await page.getByRole('heading', { level: 1, name: 'LPR 维护' }).waitFor();
  await page.getByText('【演示】').first().waitFor();
  await checkPage(page, 'rencheng_staff /subsidies/lpr');
  await signOut(page);

  // The enterprise sees its application paid.
  await signIn(page, 'enterprise', DEMO_PASSWORD);
  await page.goto(`${url}/subsidies/mine`);
  await page.getByRole('row', { name: new RegExp(`${BANK}.*已拨付`) }).waitFor();
  await checkPage(page, 'enterprise /subsidies/mine paid');
}
