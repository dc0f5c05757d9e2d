import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { artifactPath, checkPage, launchBrowser, skipUnlessChromium, startServer, type RunningServer } from '../src/harness.js';

async function populationWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('人口数据');
  ws.addRow(['区划代码', '年份', '口径', '人口', '来源']);
  ws.addRow(['370811', 2024, '年末常住人口', 1262000, '任城区2024年统计公报（测试）']);
  ws.addRow(['370811', 2024, '户籍人口', 1300000, '测试']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('journey: write a plan with its targets and tasks, then import population from Excel', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;

  before(async () => {
    server = await startServer({ env: { DEMO_PATENTS: 'false' } });
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('新建工作方案 → 校验提示 → 保存 → 编辑任务 → 人口数据 Excel 导入', { skip: skipUnlessChromium() }, async () => {
    assert.ok(server);
    const url = server.url;
    browser = await launchBrowser();
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(`${url}/login`);
    await page.getByLabel('用户名').fill('city_staff');
    await page.getByLabel('密码', { exact: true }).fill('Demo@2026');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));

    await page.goto(`${url}/indicators/plans`);
    await page.getByRole('heading', { level: 1, name: '目标与工作方案' }).waitFor();
    await checkPage(page, 'city_staff /indicators/plans');
    await page.getByRole('link', { name: '新建工作方案' }).click();
    await page.getByRole('heading', { level: 1, name: '新建工作方案' }).waitFor();
    await checkPage(page, 'city_staff /indicators/plans/new');
    // A task without a department: the form says what is missing, in Chinese, and saves nothing.
    await page.getByLabel('方案名称').fill('济宁市知识产权工作要点（测试）');
    await page.getByRole('button', { name: '添加工作任务' }).click();
    await page.getByLabel('工作任务 1', { exact: true }).fill('开展专利导航服务');
    await page.getByRole('button', { name: '保存方案' }).click();
    await page.getByText('请填写责任单位').waitFor();
    await page.getByText('请填写完成时限').waitFor();
    await checkPage(page, 'city_staff /indicators/plans/new with its validation messages');
    await page.getByLabel('责任单位 1', { exact: true }).fill('市市场监管局');
    await page.getByLabel('完成时限 1', { exact: true }).fill('2025-06-30');
    // A target, picked from the catalogue by keyboard.
    await page.getByRole('button', { name: '添加目标指标' }).click();
    await page.getByLabel('指标 1', { exact: true }).focus();
    await page.keyboard.type('有效发明专利');
    await page.keyboard.press('Enter');
    await page.getByLabel('目标值 1', { exact: true }).fill('9000');
    await page.getByRole('button', { name: '保存方案' }).click();
    await page.getByRole('heading', { level: 1, name: '济宁市知识产权工作要点（测试）' }).waitFor();
    await page.getByText('开展专利导航服务', { exact: true }).waitFor();
    await page.getByText('2025-06-30 已逾期').waitFor();
    await checkPage(page, 'city_staff a plan’s page');

    // Edit: a second task; the first keeps its place.
    await page.getByRole('link', { name: '编辑工作方案' }).click();
    await page.getByRole('heading', { level: 1, name: '编辑工作方案' }).waitFor();
    await checkPage(page, 'city_staff a plan’s editor');
    await page.getByRole('button', { name: '添加工作任务' }).click();
    await page.getByLabel('工作任务 2', { exact: true }).fill('举办质押融资对接会');
    await page.getByLabel('责任单位 2', { exact: true }).fill('市金融服务中心');
    await page.getByLabel('完成时限 2', { exact: true }).fill('2030-12-31');
    // Its responsible organisation is picked from the organisations of the plan's region.
    await page.getByLabel('责任机构 2', { exact: true }).click();
    await page.keyboard.type('保护中心');
    await page.locator('.ant-select-item-option', { hasText: '中国（济宁）知识产权保护中心' }).click();
    await page.screenshot({ path: artifactPath('plan-editor.png'), fullPage: true });
    await page.getByRole('button', { name: '保存方案' }).click();
    await page.getByText('举办质押融资对接会', { exact: true }).waitFor();
    await page.getByRole('checkbox', { name: '开展专利导航服务' }).click(); // controlled: ticks after the server answers
    await page.getByText('2025-06-30 已逾期').waitFor({ state: 'detached' });
    // Renaming a done task keeps it done (the task is edited, not replaced).
    await page.getByRole('link', { name: '编辑工作方案' }).click();
    await page.getByLabel('工作任务 1', { exact: true }).fill('开展专利导航服务（第二期）');
    await page.getByRole('button', { name: '保存方案' }).click();
    await page.getByText('开展专利导航服务（第二期）', { exact: true }).waitFor();
    assert.equal(await page.getByRole('checkbox', { name: '开展专利导航服务（第二期）' }).isChecked(), true);
    // The picked organisation is still named in the editor; a plan with work done offers no deletion and says why.
    await page.getByRole('link', { name: '编辑工作方案' }).click();
    await page.getByText('中国（济宁）知识产权保护中心【演示】（知识产权保护中心）').waitFor();
    await page.getByText('已有任务完成或已发送逾期提醒的方案是正式工作记录，不能删除').waitFor();
    assert.equal(await page.getByRole('button', { name: '删除方案' }).count(), 0);

    // A plan entered by mistake is deleted after a confirmation.
    await page.goto(`${url}/indicators/plans/new`);
    await page.getByLabel('方案名称').fill('误建的方案（测试）');
    await page.getByRole('button', { name: '保存方案' }).click();
    await page.getByRole('heading', { level: 1, name: '误建的方案（测试）' }).waitFor();
    await page.getByRole('link', { name: '编辑工作方案' }).click();
    await page.getByRole('button', { name: '删除方案' }).click();
    await page.getByText('删除后方案及其目标、任务不可恢复').waitFor();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '删除方案' }).click();
    await page.getByRole('heading', { level: 1, name: '目标与工作方案' }).waitFor();
    // The list has loaded (the first plan is there) and the deleted one is not.
    await page.getByRole('link', { name: '济宁市知识产权工作要点（测试）' }).waitFor();
    assert.equal(await page.getByRole('link', { name: '误建的方案（测试）' }).count(), 0);

    // Population from Excel: one row stored, one refused with its reason.
    await page.goto(`${url}/indicators/population`);
    await page.getByRole('heading', { level: 1, name: '人口数据' }).waitFor();
    await checkPage(page, 'city_staff /indicators/population');
    await page.locator('input[type=file]').setInputFiles({
      name: 'population.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await populationWorkbook(),
    });
    await page.getByText('已导入 1 行，拒绝 1 行').waitFor();
    await page.getByText(/未知的人口口径“户籍人口”/).waitFor();
    await page.getByText('任城区2024年统计公报（测试）', { exact: true }).first().waitFor();
    await checkPage(page, 'city_staff /indicators/population with the import result');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
