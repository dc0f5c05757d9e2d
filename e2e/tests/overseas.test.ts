import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { artifactPath, checkPage, launchBrowser, newUserContext, skipUnlessChromium, startServer, type RunningServer } from '../src/harness.js';

const DEMO_PASSWORD = 'Demo@2026';
const ENTERPRISE = '济宁演示智能装备有限公司【演示】';
const DESCRIPTION = '我司输送机产品在德国展会被竞争对手发出专利侵权警告函，请求应对指导。';

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

/** Opens the request desk from the menu and the enterprise's request from the list. */
async function openRequest(page: Page, who: string) {
  await page.getByRole('menuitem', { name: '海外纠纷求助' }).click();
  await page.getByRole('heading', { level: 1, name: '海外纠纷求助' }).waitFor();
  const link = page.getByRole('link', { name: new RegExp(`^${ENTERPRISE.replace(/[【】]/g, '.')} · 德国`) });
  await link.waitFor();
  await checkPage(page, `${who} /overseas/requests`);
  await link.click();
  await page.getByRole('heading', { level: 1, name: `海外纠纷求助：${ENTERPRISE}` }).waitFor();
  await page.getByText('办理流程：海外纠纷求助').waitFor();
}

/** A step with a text box in its dialog (响应 / 办结). */
async function textStep(page: Page, step: string, label: string, text: string) {
  await page.getByRole('button', { name: step, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(label).fill(text);
  await dialog.getByRole('button', { name: step, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByText(text).first().waitFor();
}

describe('journey: overseas dispute guidance — ask for help, assign an expert, respond, close, rate', () => {
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
    'enterprise asks for help → staff assign an expert (response clock) → the expert responds and closes → the enterprise rates',
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
        await page.screenshot({ path: artifactPath('overseas-failure.png'), fullPage: true }).catch(() => undefined);
        throw err;
      }
      await page.screenshot({ path: artifactPath('overseas.png'), fullPage: true });
      assert.deepEqual(pageErrors, []);
      await context.close();
    },
  );
});

async function walkJourney(page: Page, url: string) {
  // Anyone may read the libraries: the experts show no personal data, the cases are searched as the registry searches.
  await page.goto(`${url}/welcome`);
  await page.getByRole('link', { name: '海外维权' }).click();
  await page.getByRole('heading', { level: 1, name: '海外维权' }).waitFor();
  await page.getByText('济宁市海外知识产权保护工作站（高新区）【演示】').waitFor();
  await checkPage(page, 'anonymous /public/overseas workstations');
  await page.getByRole('tab', { name: '专家库' }).click();
  await page.getByText('周老师').waitFor();
  assert.equal(await page.getByText('周演示').count(), 0);
  await checkPage(page, 'anonymous /public/overseas experts');
  await page.getByRole('tab', { name: '案例库' }).click();
  await page.getByLabel('关键词').fill('337');
  await page.getByRole('button', { name: '查询' }).click();
  await page.getByText('某工程机械企业应对美国337调查【演示】').waitFor();
  await checkPage(page, 'anonymous /public/overseas cases');

  // The enterprise asks for help with a warning letter received at a German fair.
  await page.goto(`${url}/login`);
  await signIn(page, 'enterprise');
  await page.getByRole('menuitem', { name: '海外纠纷求助' }).click();
  await page.getByRole('heading', { level: 1, name: '海外纠纷求助' }).waitFor();
  await checkPage(page, 'enterprise /overseas/requests (empty)');
  await page.getByRole('button', { name: '提交求助' }).click();
  const ask = page.getByRole('dialog');
  await ask.getByLabel('国家/地区').fill('德国');
  await page.locator('.ant-select-item-option', { hasText: '德国（DE）' }).click();
  await ask.getByLabel('纠纷类型').click();
  await page.locator('.ant-select-item-option', { hasText: '专利' }).first().click();
  await ask.getByLabel('行业').fill('工程机械');
  await ask.getByLabel('对方当事人').fill('Muster Fördertechnik GmbH');
  await ask.getByLabel('情况说明').fill(DESCRIPTION);
  await ask.getByRole('button', { name: '提交求助' }).click();
  await ask.waitFor({ state: 'detached' });
  await page.getByRole('row', { name: /德国.*待分派/ }).waitFor();
  await signOut(page);

  // The district bureau assigns the pool's expert for Germany; the response clock starts.
  await signIn(page, 'rencheng_staff');
  await openRequest(page, 'rencheng_staff');
  await checkPage(page, 'rencheng_staff the request to triage');
  await page.getByRole('button', { name: '分派', exact: true }).click();
  const assign = page.getByRole('dialog');
  await assign.getByLabel('选择专家').click();
  await page.locator('.ant-select-item-option', { hasText: '周演示' }).click();
  await assign.getByRole('button', { name: '分派', exact: true }).click();
  await assign.waitFor({ state: 'detached' });
  await page.getByText('已分派，待响应').first().waitFor();
  await signOut(page);

  // The expert finds it on the desk, responds within the clock and closes it with a summary.
  await signIn(page, 'expert');
  await openRequest(page, 'expert');
  await checkPage(page, 'expert the request assigned to them');
  await textStep(page, '响应', '响应意见', '建议委托德国专利律师出具不侵权意见，并准备保护函。');
  await page.getByText('按时响应').waitFor();
  await textStep(page, '办结', '办结小结', '企业已委托律师答复警告函，对方未再主张。');
  await page.getByText('已办结，待评价').first().waitFor();
  await checkPage(page, 'expert the closed request');
  await signOut(page);

  // The enterprise rates the help.
  await signIn(page, 'enterprise');
  await openRequest(page, 'enterprise');
  await page.getByRole('button', { name: '评价', exact: true }).click();
  const rate = page.getByRole('dialog');
  await rate.getByLabel('评价意见').fill('响应及时，意见专业');
  await rate.getByRole('button', { name: '评价', exact: true }).click();
  await rate.waitFor({ state: 'detached' });
  await page.getByText('已评价').first().waitFor();
  await checkPage(page, 'enterprise the rated request');

  // The key trademark list, as any signed-in user sees it.
  await page.getByRole('menuitem', { name: '重点商标' }).click();
  await page.getByRole('heading', { level: 1, name: '重点商标保护名录' }).waitFor();
  await page.getByText('孔府演示').waitFor();
  await checkPage(page, 'enterprise /key-marks');
}
