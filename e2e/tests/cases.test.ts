import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { artifactPath, checkPage, launchBrowser, newUserContext, skipUnlessChromium, startServer, type RunningServer } from '../src/harness.js';

const DEMO_PASSWORD = 'Demo@2026';
const TITLE = '旅程14号：销售假冒“孔府宴”注册商标白酒';
const RESPONDENT = '任城旅程商贸有限公司';
const POLICE = '济宁市公安局经侦支队【演示】';

async function submitDialog(page: Page, fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void>) {
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await fill(dialog);
  await dialog.getByRole('button', { name: '提交' }).click();
  await dialog.waitFor({ state: 'detached' });
}

async function pick(page: Page, scope: ReturnType<Page['getByRole']> | Page, label: string, option: string) {
  const name = new RegExp(`^(\\* )?${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  await scope.getByRole('combobox', { name }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
}

/** Takes a step of the case page: its button, then its form. */
async function step(page: Page, button: string, fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void> = async () => {}) {
  await page.getByRole('button', { name: button, exact: true }).click();
  await submitDialog(page, fill);
}

describe('journey: cases — a complaint becomes a penalty case, decided after the hearing, and referred to the police', () => {
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
    'public complaint → triage into a penalty case → opened, notified, hearing, decided (clock suspended and resumed) → 移送公安 with the case as source',
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
        await walk(page, server.url);
      } catch (err) {
        await page.screenshot({ path: artifactPath('cases-failure.png'), fullPage: true }).catch(() => undefined);
        throw err;
      }
      await page.screenshot({ path: artifactPath('cases.png'), fullPage: true });
      assert.deepEqual(pageErrors, []);
      await context.close();
    },
  );
});

async function walk(page: Page, url: string) {
  // The public: a signed complaint with the tracking code.
  await page.goto(`${url}/complaints/new`);
  await page.getByRole('heading', { level: 1, name: '投诉举报' }).waitFor();
  await checkPage(page, 'public /complaints/new');
  await pick(page, page, '类型', '投诉');
  await page.getByLabel('姓名/单位').fill('济宁孔府宴酒业有限公司');
  await page.getByLabel('联系方式').fill('0537-0000000');
  await page.getByLabel('被投诉举报对象').fill(RESPONDENT);
  await page.getByLabel('发生地区划代码').fill('370811');
  await pick(page, page, '权利类型', '商标');
  await page.getByLabel('事项').fill(TITLE);
  await page.getByLabel('具体情况').fill('该商贸公司门店销售带有“孔府宴”标识的白酒，包装与正品明显不同，疑似假冒。');
  await page.getByRole('button', { name: '提交' }).click();
  await page
    .getByText(/查询码：/)
    .first()
    .waitFor();
  await checkPage(page, 'public complaint submitted');

  // The bureau: 待我处理 links to the complaint; it is accepted and triaged into a penalty case.
  await page.goto(`${url}/login`);
  await page.getByLabel('用户名').fill('rencheng_staff');
  await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  await page.goto(`${url}/work-queue`);
  await page
    .getByRole('link', { name: new RegExp(TITLE.slice(0, 6)) })
    .first()
    .click();
  await page.getByRole('heading', { level: 1, name: new RegExp(TITLE.slice(0, 6)) }).waitFor();
  await page.getByText('受理期限').first().waitFor();
  await checkPage(page, 'rencheng_staff the complaint');
  await step(page, '受理');
  await page.getByText('已受理，待分流').first().waitFor();
  await step(page, '分流办理', async (dialog) => {
    await pick(page, dialog, '分流结果', '转行政处罚案件线索');
    await pick(page, dialog, '案件类型', '商标侵权');
    await dialog.getByLabel('理由').fill('经核查，涉嫌销售侵犯注册商标专用权的商品，转立案审查。');
  });
  await page.getByText('已分流办理').first().waitFor();
  await checkPage(page, 'rencheng_staff the complaint triaged');

  // The penalty case: opened, the notice served (5 working days to ask for a hearing), the hearing asked for.
  await page.getByRole('link', { name: /^#\d+$/ }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(TITLE.slice(0, 6)) }).waitFor();
  await page.getByText('立案期限').first().waitFor();
  await checkPage(page, 'rencheng_staff the penalty case (clue)');
  await step(page, '立案');
  await page.getByText('已立案调查').first().waitFor();
  await step(page, '送达行政处罚告知书', async (dialog) => {
    await dialog.getByLabel('拟罚款（元）').fill('50000');
  });
  await page.getByText('已告知（陈述申辩/听证）').first().waitFor();
  // Within its 5 working days the party asks for a hearing (registered by the handler); the decision comes after it.
  await step(page, '申请听证');
  await page.getByText('听证程序').first().waitFor();
  // The decision clock stands still during the hearing (中止) and runs again after it (恢复).
  await step(page, '中止计算期限', async (dialog) => {
    await pick(page, dialog, '中止事由', '听证');
  });
  await page.getByText('已中止').first().waitFor();
  await checkPage(page, 'rencheng_staff the penalty case, clock suspended');
  await step(page, '恢复计算期限');
  await page.getByText('已中止').waitFor({ state: 'detached' });
  await step(page, '作出处罚决定', async (dialog) => {
    await dialog.getByLabel('决定书文号').fill('济任市监罚〔2026〕旅程14号');
    await dialog.getByLabel('罚款（元）').fill('50000');
    await dialog.getByLabel('裁量理由').fill('无违法所得，首次违法，在法定幅度内从轻处罚。');
  });
  await page.getByText('已作出处罚决定').first().waitFor();
  await checkPage(page, 'rencheng_staff the penalty case decided');

  // 移送公安: the referral starts from this case, which it names as its source.
  await page.getByRole('button', { name: '移送公安' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await dialog.getByText(new RegExp(`AP-\\d{4}-\\d+ ${TITLE.slice(0, 6)}`)).waitFor();
  await pick(page, dialog, '涉嫌罪名', '假冒注册商标（刑法第二百一十三条');
  await dialog.getByLabel('涉案金额（元）').fill('120000');
  await pick(page, dialog, '接收的公安机关', POLICE);
  await dialog.getByRole('button', { name: '提交' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('heading', { level: 1, name: new RegExp(`移送案件：${TITLE.slice(0, 6)}`) }).waitFor();
  await page.getByText('待负责人决定').first().waitFor();
  const source = page.locator('.ant-descriptions-row', { hasText: '来源案件' });
  assert.match(await source.innerText(), new RegExp(`AP-\\d{4}-\\d+ ${TITLE.slice(0, 6)}`));
  await checkPage(page, 'rencheng_staff the referral from the case');
}
