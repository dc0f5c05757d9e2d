import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { artifactPath, checkPage, launchBrowser, recordCspViolations, skipUnlessChromium, startServer, type RunningServer } from '../src/harness.js';

const PERIOD = '2024-Q1';
const SOURCE = '济宁市市场监管局2024年一季度知识产权统计（测试）';
// A quarter's figures for the city and two counties: one sheet per period, one row per region × indicator.
const ROWS: [string, string, number, string][] = [
  ['370800', 'patent_pledge_registrations', 152, '笔'],
  ['370800', 'patent_pledge_amount_yuan', 1_280_000_000, '元'],
  ['370800', 'open_license_deals', 17, '件'],
  ['370883', 'patent_pledge_registrations', 31, '笔'],
  ['370811', 'patent_pledge_registrations', 27, '笔'],
];

async function quarterWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(PERIOD);
  ws.addRow(['区划代码', '指标代码', '数值', '单位', '来源']);
  for (const r of ROWS) ws.addRow([...r, SOURCE]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function signIn(
  browser: Browser,
  url: string,
  username: string,
  size = { width: 1366, height: 768 },
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: size, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  // The screen's ECharts and the bulletin run under the Content-Security-Policy: nothing may be blocked.
  recordCspViolations(page, errors);
  await page.goto(`${url}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill('Demo@2026');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  return { context, page, errors };
}

describe('journey: import a quarter of figures, review them as a second person, see them on the screen and in the bulletin', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;

  before(async () => {
    server = await startServer({ env: { DEMO_PATENTS: 'false' } });
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('Excel import → four-eyes review → 监测大屏 → 统计公报 (HTML and Word)', { skip: skipUnlessChromium() }, async () => {
    assert.ok(server);
    const url = server.url;
    browser = await launchBrowser();

    // 1. The author (city staff) uploads the quarter's workbook on 指标填报与审核 → Excel 导入.
    const author = await signIn(browser, url, 'city_staff');
    await author.page.getByRole('menuitem', { name: '填报与审核' }).click();
    await author.page.getByRole('heading', { level: 1, name: '指标填报与审核' }).waitFor();
    await checkPage(author.page, 'city_staff /indicators/reported');
    await author.page.getByRole('tab', { name: 'Excel 导入' }).click();
    await author.page.locator('input[type=file]').setInputFiles({
      name: 'jining-2024-q1.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await quarterWorkbook(),
    });
    await author.page.getByText(`已接收 ${ROWS.length} 行待审核；存疑待核 0 行；拒绝 0 行`).waitFor();
    await checkPage(author.page, 'city_staff /indicators/reported, Excel 导入 with its result');
    // The author may not approve their own figures: the queue refuses and says why.
    await author.page.getByRole('tab', { name: '审核队列' }).click();
    const ownQueue = author.page.getByRole('row').filter({ hasText: PERIOD });
    await ownQueue.first().waitFor();
    assert.equal(await ownQueue.count(), ROWS.length);
    await checkPage(author.page, 'city_staff /indicators/reported, 审核队列');
    await ownQueue.first().getByRole('button', { name: '通过' }).click();
    await author.page.getByText('不能审核本人录入的数据').waitFor();
    await author.context.close();

    // 2. A second person (the city administrator) approves them in the review queue.
    const reviewer = await signIn(browser, url, 'city_admin', { width: 1920, height: 1080 });
    await reviewer.page.goto(`${url}/indicators/reported`);
    const queue = reviewer.page.getByRole('row').filter({ hasText: PERIOD });
    await queue.first().waitFor();
    for (let left = ROWS.length; left > 0; left--) {
      assert.equal(await queue.count(), left);
      await queue.first().getByRole('button', { name: '通过' }).click();
      await reviewer.page.waitForFunction(
        ([period, n]) => Array.from(document.querySelectorAll('tr')).filter((r) => r.textContent?.includes(period)).length === n,
        [PERIOD, left - 1] as const,
      );
    }

    // 3. The monitoring screen for the quarter, on a wall display.
    const page = reviewer.page;
    await page.goto(`${url}/screen?region=370800&period=${PERIOD}`);
    await page.getByRole('heading', { level: 1, name: /济宁市知识产权监测大屏/ }).waitFor();
    const kpis = page.getByRole('list', { name: '核心指标' });
    const pledges = kpis.getByRole('listitem').filter({ hasText: '专利质押登记' }).first();
    await pledges.getByText('152').waitFor();
    await kpis.getByRole('listitem').filter({ hasText: '专利质押登记金额' }).getByText('12.80').waitFor();
    await page.getByText('2024年第一季度').first().waitFor();
    await page.getByText('示意图').first().waitFor();
    await page.getByText('综合指数 = Σ 权重').waitFor();
    await checkPage(page, 'city_admin /screen at 1920 px', () => pledges.getByText('152').waitFor());
    // Colour the map by pledges, by keyboard.
    await page.getByRole('combobox', { name: '着色指标' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: '专利质押登记', exact: true }).click();
    await page.waitForTimeout(800); // canvas animation settles before the picture
    await page.screenshot({ path: artifactPath('indicators-screen-1920.png') });
    // Drill into 邹城市 from the ranking with the keyboard: its towns replace the counties on the map.
    await page.getByRole('button', { name: '查看 邹城市 的乡镇（街道）' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /返回 济宁市/ }).waitFor();
    await page.waitForTimeout(800);
    await page.screenshot({ path: artifactPath('indicators-screen-drill-1920.png') });

    // The same screen on a laptop.
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${url}/screen?region=370800&period=${PERIOD}`);
    await pledges.getByText('152').waitFor();
    await page.waitForTimeout(800);
    await page.screenshot({ path: artifactPath('indicators-screen-1366.png') });

    // 4. The bulletin for the quarter: the figures, their footnotes and the source; then the Word file.
    await page.getByRole('link', { name: '统计公报' }).click();
    await page.getByRole('heading', { level: 2, name: '济宁市2024年第一季度知识产权统计公报' }).waitFor();
    await checkPage(page, 'city_admin /bulletin');
    const article = page.getByRole('article');
    // The prose without its footnote markers, as it is read out.
    const text = await article.evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('sup').forEach((s) => s.remove());
      return copy.textContent ?? '';
    });
    assert.match(text, /全市办理专利质押登记152笔，质押金额12\.8亿元/);
    assert.match(text, /达成许可17件/);
    assert.ok(text.includes(SOURCE), 'the appendix names the source document');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /下载 Word 文档/ }).click()]);
    const file = readFileSync(await download.path());
    assert.equal(file.subarray(0, 2).toString(), 'PK', 'a .docx is a zip');
    assert.match(download.suggestedFilename(), /\.docx$/);
    await page.screenshot({ path: artifactPath('indicators-bulletin.png'), fullPage: true });

    assert.deepEqual([...author.errors, ...reviewer.errors], []);
    await reviewer.context.close();
  });
});
