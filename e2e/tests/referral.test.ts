import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { artifactPath, checkPage, launchBrowser, newUserContext, skipUnlessChromium, startServer, type RunningServer } from '../src/harness.js';

const DEMO_PASSWORD = 'Demo@2026';
const CASE_NO = '济任市监处〔2026〕旅程8号';
const TITLE = '旅程假冒注册商标案';
const POLICE = '济宁市公安局经侦支队【演示】';
const PROCURATORATE = '济宁市人民检察院【演示】';

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

async function submitDialog(page: Page, fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void>) {
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await fill(dialog);
  await dialog.getByRole('button', { name: '提交' }).click();
  await dialog.waitFor({ state: 'detached' });
}

async function pick(page: Page, dialog: ReturnType<Page['getByRole']>, label: string, option: string) {
  await dialog.getByLabel(label).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).click();
}

/** Opens the referral from the 移送协作 list. */
async function openReferral(page: Page, who: string) {
  await page.getByRole('menuitem', { name: '移送协作' }).click();
  await page.getByRole('heading', { level: 1, name: '移送协作' }).waitFor();
  await page
    .getByRole('link', { name: new RegExp(TITLE) })
    .first()
    .waitFor();
  await checkPage(page, `${who} /cooperation/referrals`);
  await page
    .getByRole('link', { name: new RegExp(TITLE) })
    .first()
    .click();
  await page.getByRole('heading', { level: 1, name: new RegExp(TITLE) }).waitFor();
}

describe('journey: referral — the bureau refers a case, the police accept it, the procuratorate refers it back', () => {
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
    'proposal with the threshold hint → head approves → handover → police accept → procuratorate refers it back → bureau receives it',
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
        await page.screenshot({ path: artifactPath('referral-failure.png'), fullPage: true }).catch(() => undefined);
        throw err;
      }
      await page.screenshot({ path: artifactPath('referral.png'), fullPage: true });
      assert.deepEqual(pageErrors, []);
      await context.close();
    },
  );
});

async function walk(page: Page, url: string) {
  await page.goto(url);
  await signIn(page, 'rencheng_staff');
  await page.getByRole('menuitem', { name: '移送协作' }).click();
  await page.getByRole('heading', { level: 1, name: '移送协作' }).waitFor();
  await checkPage(page, 'rencheng_staff /cooperation/referrals');
  await page.getByRole('button', { name: '提出移送' }).click();
  await submitDialog(page, async (dialog) => {
    // No case of the platform is its source here (cases.test.ts refers one from its case page); the summary names it.
    await pick(page, dialog, '涉嫌罪名', '假冒注册商标（刑法第二百一十三条');
    await dialog.getByLabel('涉案金额（元）').fill('120000');
    // The threshold helper says how the value compares, and that the threshold is unverified.
    await dialog.getByText(/已达到.*未按现行司法解释/).waitFor();
    await dialog.getByLabel('案情摘要').fill(`${TITLE}（${CASE_NO}）：当事人制造、销售假冒注册商标的白酒包装，非法经营额约12万元。`);
    await pick(page, dialog, '接收的公安机关', POLICE);
    await pick(page, dialog, '同级人民检察院（抄送）', PROCURATORATE);
  });
  await page.getByText('待负责人决定').first().waitFor();
  await checkPage(page, 'rencheng_staff the referral proposed');
  await signOut(page);

  // The head (the city bureau's administrator, whose jurisdiction covers 任城区) approves: the 24-hour clock starts.
  await signIn(page, 'city_admin');
  await openReferral(page, 'city_admin');
  await page.getByRole('button', { name: '批准移送' }).click();
  await submitDialog(page, async (dialog) => {
    await dialog.getByLabel('意见').fill('同意移送');
  });
  await page.getByText('已批准移送，待移交公安机关').first().waitFor();
  await page.getByText('移交期限（24小时）').waitFor();
  await checkPage(page, 'city_admin the referral approved');
  await signOut(page);

  await signIn(page, 'rencheng_staff');
  await openReferral(page, 'rencheng_staff');
  await page.getByRole('button', { name: '移交公安机关' }).click();
  await page.getByText('已移交，待公安机关决定是否立案').first().waitFor();
  await page.getByText('在24小时内移交').waitFor();
  await signOut(page);

  // The police unit: its workbench shows the case referred to it; it opens a criminal case.
  await signIn(page, 'police');
  await page.locator('[data-card="referrals.received"]').waitFor();
  await checkPage(page, 'police / (workbench)');
  await openReferral(page, 'police');
  await checkPage(page, 'police the referral handed over');
  await page.getByRole('button', { name: '立案', exact: true }).click();
  await submitDialog(page, async (dialog) => {
    await dialog.getByLabel('文书编号').fill('济公经立字〔2026〕旅程8号');
  });
  await page.getByText('公安机关已立案').first().waitFor();
  await signOut(page);

  // The procuratorate (copied at the handover) later decides not to prosecute and refers the case back.
  await signIn(page, 'procurator');
  await openReferral(page, 'procurator');
  await page.getByRole('button', { name: '反向移送' }).click();
  await submitDialog(page, async (dialog) => {
    await dialog.getByLabel('案情摘要').fill('犯罪情节轻微，决定不起诉，建议给予行政处罚。');
    await dialog.getByLabel('不起诉决定书').fill('济检刑不诉〔2026〕旅程8号');
  });
  await page.getByRole('menuitem', { name: '移送协作' }).click();
  await page.getByRole('cell', { name: '检察院反向移送' }).waitFor();
  await checkPage(page, 'procurator /cooperation/referrals with the reverse referral');
  await signOut(page);

  // The bureau receives the case referred back and opens its own case.
  await signIn(page, 'rencheng_staff');
  await page.getByRole('menuitem', { name: '移送协作' }).click();
  await page
    .getByRole('row', { name: /检察院反向移送/ })
    .getByRole('link')
    .click();
  await page.getByText('已反向移送').first().waitFor();
  await checkPage(page, 'rencheng_staff the case referred back');
  await page.getByRole('button', { name: '接收并立案查处' }).click();
  await submitDialog(page, async (dialog) => {
    await dialog.getByLabel('本局立案号').fill('济任市监立〔2026〕旅程9号');
  });
  await page.getByText('已接收').first().waitFor();
  await page.getByText('济检刑不诉〔2026〕旅程8号').first().waitFor();
}
