import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { artifactPath, checkPage, launchBrowser, skipUnlessChromium, startServer, type RunningServer } from '../src/harness.js';

const DEMO_PASSWORD = 'Demo@2026';
const PHONE = { width: 390, height: 844 };

async function signIn(page: Page, username: string) {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** How far the page is wider than the screen (0: no horizontal scrolling). */
async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/**
 * Opens a page, waits for its heading, checks it with axe (normal and 适老化, labelled `who` + path) and that nothing
 * makes the phone scroll sideways.
 */
async function fitsThePhone(page: Page, who: string, path: string, shot: string) {
  await page.goto(path);
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 20_000 });
  await page.waitForLoadState('networkidle');
  await checkPage(page, `${who} ${path} at 390 px`);
  await page.screenshot({ path: artifactPath(`mobile-${shot}.png`), fullPage: true });
  assert.equal(await horizontalOverflow(page), 0, `${path} scrolls sideways on a 390 px phone`);
}

/** The brand 知产通 sits on one line: one box, no taller than one line of its text. */
async function brandOnOneLine(page: Page) {
  const brand = page.locator('.app-brand-name').first();
  await brand.waitFor();
  const { boxes, height, lineHeight } = await brand.evaluate((el) => {
    const style = getComputedStyle(el);
    const fontSize = parseFloat(style.fontSize);
    return { boxes: el.getClientRects().length, height: el.getBoundingClientRect().height, lineHeight: fontSize * 1.6 };
  });
  assert.equal(boxes, 1);
  assert.ok(height <= lineHeight, `the brand wraps: ${height}px high for a ${lineHeight}px line`);
}

describe('journey: a phone (390 × 844) — menu drawer, one-line brand, usable search, no sideways scrolling', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  before(async () => {
    server = await startServer();
  });
  after(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.stop();
  });

  async function phone(): Promise<Page> {
    assert.ok(server);
    browser ??= await launchBrowser();
    const context = await browser.newContext({
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      viewport: PHONE,
      baseURL: server.url,
      isMobile: true,
      hasTouch: true,
    });
    contexts.push(context);
    return context.newPage();
  }

  test('the public pages fit the phone, the brand on one line', { skip: skipUnlessChromium() }, async () => {
    const page = await phone();
    for (const [path, shot] of [
      ['/welcome', 'welcome'],
      ['/login', 'login'],
      ['/register', 'register'],
      ['/catalogue/open-licences', 'catalogue'],
      ['/hall/supply', 'supply'],
      ['/hall/demands', 'demands'],
    ] as const) {
      await fitsThePhone(page, 'anonymous', path, shot);
      await brandOnOneLine(page);
    }
  });

  test('an enterprise: the menu is a drawer behind a button, the search box is wide, its pages fit', { skip: skipUnlessChromium() }, async () => {
    const page = await phone();
    await signIn(page, 'enterprise');
    await page.waitForURL('**/my/enterprise');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await brandOnOneLine(page);
    // No side column: the menu is folded away, and the header's button opens it.
    const menu = page.getByRole('navigation', { name: '主菜单' });
    assert.equal(await menu.isVisible(), false, 'the side menu is open on a phone');
    const toggle = page.getByRole('button', { name: '打开菜单' });
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    await toggle.click();
    await menu.waitFor({ state: 'visible' });
    await page.screenshot({ path: artifactPath('mobile-menu-open.png') });
    // Choosing an entry goes there and folds the menu again.
    await menu.getByRole('menuitem', { name: '专利检索' }).click();
    await page.waitForURL('**/patents/search');
    await menu.waitFor({ state: 'hidden' });
    const search = page.getByLabel('检索式');
    await search.waitFor();
    await checkPage(page, 'enterprise /patents/search at 390 px');
    const box = await search.boundingBox();
    assert.ok(box && box.width > 200, `the search box is ${box?.width ?? 0}px wide`);
    await search.fill('TI=(托辊 AND 检测)');
    assert.equal(await horizontalOverflow(page), 0, 'the search page scrolls sideways');
    await page.screenshot({ path: artifactPath('mobile-search.png'), fullPage: true });
    for (const [path, shot] of [
      ['/my/enterprise', 'my-enterprise'],
      ['/work-queue', 'work-queue'],
      ['/open-licences/mine', 'my-open-licences'],
      ['/open-licences/catalogue', 'catalogue-signed-in'],
      ['/filings', 'filings'],
      ['/tech/mine', 'tech-mine'],
      ['/tech/supply', 'tech-supply'],
      ['/notifications', 'notifications'],
    ] as const) {
      await fitsThePhone(page, 'enterprise', path, shot);
      assert.equal(await page.getByText('建议在电脑或平板横屏').count(), 0, `${path} asks an enterprise for a wider screen`);
    }
  });

  test('bureau staff: the workbench counts its queues, and a management page asks politely for a wider screen', { skip: skipUnlessChromium() }, async () => {
    const page = await phone();
    await signIn(page, 'rencheng_staff');
    await page.getByRole('heading', { name: /您好/ }).waitFor();
    const card = page.locator('[data-card="enterprises.pendingReview"]');
    await card.waitFor();
    const count = Number(await card.getByTestId('workbench-count').innerText());
    await checkPage(page, 'rencheng_staff / (workbench) at 390 px');
    await page.screenshot({ path: artifactPath('mobile-staff-workbench.png'), fullPage: true });
    assert.equal(await horizontalOverflow(page), 0, 'the workbench scrolls sideways');
    await card.getByRole('link').click();
    await page.waitForURL('**/enterprises?status=pending');
    await page.getByText(`共 ${count} 条`).waitFor();
    await page.getByText('建议在电脑或平板横屏').waitFor();
    await checkPage(page, 'rencheng_staff /enterprises?status=pending at 390 px');
  });

  test('partners and the public: their own short workbench, no staff settings in the menu', { skip: skipUnlessChromium() }, async () => {
    for (const [user, note] of [
      ['bank', '融资申请待办'],
      // Banks, police and mediators have their own queues now (#13, #14): financing applications, referrals, mediations.
      ['police', '移送协作'],
      ['mediator', '调解案件'],
      ['public', '面向公众的服务'],
    ] as const) {
      const page = await phone();
      await signIn(page, user);
      await page.getByText(note).first().waitFor();
      await checkPage(page, `${user} / (workbench) at 390 px`);
      assert.equal(await page.locator('[data-card="enterprises.pendingReview"]').count(), 0);
      await page.getByRole('button', { name: '打开菜单' }).click();
      const menu = page.getByRole('navigation', { name: '主菜单' });
      await menu.getByRole('menuitem', { name: '专利检索' }).waitFor();
      assert.equal(await menu.getByRole('menuitem', { name: '高价值认定设置' }).count(), 0, `${user} sees 高价值认定设置`);
      assert.equal(await horizontalOverflow(page), 0);
      await page.context().close();
    }
  });
});
