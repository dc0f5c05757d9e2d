import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { artifactPath, checkPage, launchBrowser, newUserContext, skipUnlessChromium, startServer, type RunningServer } from '../src/harness.js';

const DEMO_PASSWORD = 'Demo@2026';
const EXHIBITOR = '济宁演示智能装备有限公司【演示】';
const ORGANISER = '任城演示生物医药有限公司【演示】';
const SERIES = '旅程国际装备博览会';

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

/** An organisation's id from the enterprise list (the bureau is signed in). */
async function enterpriseId(page: Page, name: string): Promise<number> {
  const r = await page.request.get(new URL(`/api/enterprises?q=${encodeURIComponent(name.replace('【演示】', ''))}`, page.url()).href);
  const body = (await r.json()) as { items: { id: number; name: string }[] };
  const hit = body.items.find((e) => e.name === name);
  assert.ok(hit, `enterprise ${name} in the list`);
  return hit.id;
}

const day = (offset: number) => new Date(Date.now() + 8 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);

/** The bureau registers an edition of the series through the form and lands on the fair's page. */
async function registerEdition(page: Page, edition: number, startsOn: string, endsOn: string, organiserId: number) {
  await page.getByRole('menuitem', { name: '展会保护' }).click();
  await page.getByRole('heading', { name: '展会保护', level: 1 }).waitFor();
  await page.getByLabel('展会名称').fill(`第${edition}届${SERIES}`);
  await page.getByLabel('展会系列').fill(SERIES);
  await page.getByLabel('届次').fill(String(edition));
  await page.getByLabel('举办地点').fill('济宁国际会展中心');
  await page.getByLabel('举办地区划代码').fill('370811');
  await page.getByLabel('主办单位编号').fill(String(organiserId));
  await page.getByPlaceholder('开始日期').fill(startsOn);
  await page.getByPlaceholder('结束日期').fill(endsOn);
  // Leaving the picker keeps the typed dates (Enter would submit the form).
  await page.getByLabel('投诉受理台位置').click();
  await page.getByLabel('投诉受理台位置').fill('一号馆东门');
  await page.getByRole('button', { name: '登记展会' }).click();
  await page.getByRole('heading', { name: `第${edition}届${SERIES}` }).waitFor();
}

/** At the desk: an on-site complaint against the exhibitor, resolved at once as infringing with the exhibits withdrawn. */
async function complaintFoundInfringing(page: Page, exhibitorId: number) {
  await page.getByLabel('被投诉参展企业编号').fill(String(exhibitorId));
  await page.getByLabel('投诉人').fill('山东旅程泵业有限公司');
  await page.getByLabel('权利证书号').fill('ZL202010000001.1');
  await page.getByLabel('投诉事项').fill('展台展出的液压泵落入本公司专利保护范围');
  await page.getByRole('button', { name: '受理现场投诉' }).click();
  const row = page.getByRole('row', { name: /山东旅程泵业有限公司/ });
  await row.getByText(/剩余 2[34](\.\d)? 小时|剩余 \d+(\.\d)? 小时/).waitFor();
  await row.getByRole('button', { name: '作出处理' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /确\s*定|OK/ })
    .click();
  await row.getByText('按时处理', { exact: false }).waitFor();
  await row.getByText('认定侵权', { exact: false }).waitFor();
}

describe('journey: exhibition protection — register, file and commit, an on-site complaint in time, the repeat infringer barred', () => {
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
    'a fair is registered → the exhibitor files and commits → a complaint is handled in time → after a second edition the infringer is barred from the third',
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
        await page.screenshot({ path: artifactPath('exhibition-failure.png'), fullPage: true }).catch(() => undefined);
        throw err;
      }
      await page.screenshot({ path: artifactPath('exhibition.png'), fullPage: true });
      assert.deepEqual(pageErrors, []);
      await context.close();
    },
  );
});

async function walkJourney(page: Page, url: string) {
  // The district bureau registers a four-day fair: the platform says a complaint desk is required and sets it up.
  await page.goto(`${url}/login`);
  await signIn(page, 'rencheng_staff');
  const exhibitorId = await enterpriseId(page, EXHIBITOR);
  const organiserId = await enterpriseId(page, ORGANISER);
  await registerEdition(page, 1, day(-1), day(2), organiserId);
  await page.getByText('依《展会知识产权保护办法》应设立知识产权投诉机构').waitFor();
  await checkPage(page, 'rencheng_staff fair page (edition 1)');
  const fair1 = page.url();
  await signOut(page);

  // The exhibitor files a patent it holds for its exhibit and signs the non-infringement commitment.
  await signIn(page, 'enterprise');
  const held = (await (await page.request.get(new URL('/api/open-licences/declarable-patents', page.url()).href)).json()) as {
    items: { id: number; title: string }[];
  };
  const patent = held.items[0];
  assert.ok(patent, 'the demo enterprise holds a patent');
  await page.goto(fair1);
  await page.getByRole('button', { name: '报备展品' }).waitFor();
  await checkPage(page, 'enterprise fair page');
  await page.getByLabel('专利编号（平台内）').fill(String(patent.id));
  await page.getByLabel('展品名称').fill('智能巡检机器人');
  await page.getByLabel('展位号').fill('A-108');
  await page.getByRole('button', { name: '报备展品' }).click();
  await page.getByText('已完成').first().waitFor();
  await page.getByRole('button', { name: '签署不侵权承诺' }).click();
  await page.getByText('已完成').first().waitFor();
  await page.getByRole('menuitem', { name: '我的参展' }).click();
  await page.getByRole('heading', { name: '我的参展' }).waitFor();
  await page.getByText('智能巡检机器人').waitFor();
  await checkPage(page, 'enterprise /exhibitions/mine');
  await signOut(page);

  // At the desk: an on-site complaint is received on the 24-hour clock and resolved in time.
  await signIn(page, 'rencheng_staff');
  await page.goto(fair1);
  await page.getByRole('heading', { name: `第1届${SERIES}` }).waitFor();
  await complaintFoundInfringing(page, exhibitorId);
  await checkPage(page, 'rencheng_staff desk: complaint handled in time');

  // A second edition: found infringing again → barred from the third, which the bureau then registers.
  await registerEdition(page, 2, day(0), day(3), organiserId);
  await complaintFoundInfringing(page, exhibitorId);
  await checkPage(page, 'rencheng_staff desk: edition 2');
  await registerEdition(page, 3, day(30), day(33), organiserId);
  await page.getByText('本届禁止参展（重复侵权）').waitFor();
  await page.getByText(EXHIBITOR, { exact: false }).first().waitFor();
  await checkPage(page, 'rencheng_staff fair page (edition 3, repeat infringer barred)');
  const fair3 = page.url();
  await signOut(page);

  // The barred exhibitor cannot commit to the third edition: the refusal names the bar.
  await signIn(page, 'enterprise');
  await page.goto(fair3);
  await page.getByRole('button', { name: '签署不侵权承诺' }).click();
  await page.getByText(/两届展会被认定侵权，依规不得参加第3届/).waitFor();
  await checkPage(page, 'enterprise refused at edition 3');
}
