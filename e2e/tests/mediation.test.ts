import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { artifactPath, checkPage, launchBrowser, newUserContext, skipUnlessChromium, startServer, type RunningServer } from '../src/harness.js';

const DEMO_PASSWORD = 'Demo@2026';
const MEDIATION_ORG = '济宁市知识产权纠纷人民调解委员会【演示】';
const SUBJECT = '旅程外观设计专利侵权纠纷';
const COURT_NO = '(2026)鲁0811民特旅程1号';

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

/** Fills and submits the open step form (the dialog). */
async function submitDialog(page: Page, fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void>) {
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await fill(dialog);
  await dialog.getByRole('button', { name: '提交' }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe('journey: mediation — a dispute mediated → agreement → judicial confirmation recorded', () => {
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
    'the bureau registers the mediation committee and sends it a dispute; the mediator records the agreement, the application and the court’s ruling',
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
        await page.screenshot({ path: artifactPath('mediation-failure.png'), fullPage: true }).catch(() => undefined);
        throw err;
      }
      await page.screenshot({ path: artifactPath('mediation.png'), fullPage: true });
      assert.deepEqual(pageErrors, []);
      await context.close();
    },
  );
});

async function walk(page: Page, url: string) {
  await page.goto(url);
  await signIn(page, 'rencheng_staff');
  await page.getByRole('menuitem', { name: '调解' }).click();
  await page.getByRole('heading', { level: 1, name: '调解' }).waitFor();
  await checkPage(page, 'rencheng_staff /cooperation/mediations');
  // The register: the city's people's mediation committee is entered.
  await page.getByRole('combobox', { name: '调解组织' }).click();
  await page.locator('.ant-select-item-option', { hasText: MEDIATION_ORG }).click();
  await page.getByRole('button', { name: '登记调解组织' }).click();
  await page.getByRole('cell', { name: MEDIATION_ORG }).waitFor();
  // A dispute from a case is sent to it.
  await page.getByRole('button', { name: '委托调解' }).click();
  await submitDialog(page, async (dialog) => {
    await dialog.getByLabel('调解组织').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: MEDIATION_ORG }).click();
    await dialog.getByLabel('纠纷事项').fill(SUBJECT);
    await dialog.getByLabel('申请人', { exact: true }).fill('济宁旅程科技有限公司');
    await dialog.getByLabel('被申请人').fill('邹城旅程商贸有限公司');
  });
  await page.getByRole('heading', { level: 1, name: new RegExp(SUBJECT) }).waitFor();
  await page.getByText('调解中').first().waitFor();
  await checkPage(page, 'rencheng_staff the mediation sent');
  await signOut(page);

  // The mediator: its workbench shows its queue; it records the agreement, the application and the ruling.
  await signIn(page, 'mediator');
  await page.locator('[data-card="mediations.mine"]').waitFor();
  await checkPage(page, 'mediator / (workbench)');
  await page.getByRole('menuitem', { name: '调解' }).click();
  await page.getByRole('link', { name: SUBJECT }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(SUBJECT) }).waitFor();
  await checkPage(page, 'mediator the mediation');
  await page.getByRole('button', { name: '登记调解协议' }).click();
  await submitDialog(page, async (dialog) => {
    await dialog.getByLabel('协议内容').fill('被申请人停止销售并赔偿人民币三万元');
  });
  await page.getByText('已达成调解协议').first().waitFor();
  await page.getByText('司法确认申请期限（30日）').waitFor();
  await page.getByRole('button', { name: '登记司法确认申请' }).click();
  await submitDialog(page, async (dialog) => {
    await dialog.getByLabel('受理法院').fill('济宁市任城区人民法院');
  });
  await page.getByText('已申请司法确认，待法院裁定').first().waitFor();
  await page.getByRole('button', { name: '登记法院确认裁定' }).click();
  await submitDialog(page, async (dialog) => {
    await dialog.getByLabel('法院案号').fill(COURT_NO);
  });
  await page.getByText('法院裁定确认调解协议有效').first().waitFor();
  await page.getByText(COURT_NO).first().waitFor();
  await checkPage(page, 'mediator the mediation judicially confirmed');
}
