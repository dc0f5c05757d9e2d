import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { checkPage, launchBrowser, recordCspViolations, skipUnlessChromium, startServer, type RunningServer } from '../src/harness.js';

const PUBLIC_PAGES = ['/welcome', '/login', '/register', '/catalogue/open-licences', '/hall/supply', '/hall/demands'];

async function signIn(browser: Browser, url: string, username: string): Promise<{ page: Page; errors: string[]; close(): Promise<void> }> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  recordCspViolations(page, errors);
  await page.goto(`${url}/login`);
  if (username) {
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码', { exact: true }).fill('Demo@2026');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  }
  return { page, errors, close: () => context.close() };
}

/** The smallest type on the wall screen: every element with text of its own, and the charts' drawn text. */
async function screenFonts(page: Page): Promise<{ min: number; smallest: string[] }> {
  await page.locator('.screen-chart[data-min-font-px]').first().waitFor({ state: 'attached' });
  return page.evaluate(() => {
    const sizes: { size: number; what: string }[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('.screen-root *'))) {
      const own = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      const box = el.getBoundingClientRect();
      if (!own || box.width === 0 || box.height === 0 || el.closest('.visually-hidden')) continue;
      sizes.push({ size: parseFloat(getComputedStyle(el).fontSize), what: `${el.className || el.tagName} “${el.textContent?.trim().slice(0, 20)}”` });
    }
    for (const chart of Array.from(document.querySelectorAll<HTMLElement>('.screen-chart'))) {
      sizes.push({ size: Number(chart.dataset.minFontPx), what: `chart ${chart.getAttribute('aria-label')}` });
    }
    const min = Math.min(...sizes.map((s) => s.size));
    return {
      min,
      smallest: sizes
        .filter((s) => s.size === min)
        .map((s) => `${s.size}px ${s.what}`)
        .slice(0, 5),
    };
  });
}

/** Opens the screen at a window size and checks its type: 16 px at 1920 wide, in proportion below. */
async function assertScreenType(page: Page, width: number, height: number, label: string): Promise<void> {
  await page.setViewportSize({ width, height });
  const kpis = page.locator('ul.screen-kpis, ul.screen-town-tiles').first(); // in either language
  await page.getByRole('heading', { level: 1 }).waitFor();
  await kpis.waitFor();
  await page.waitForTimeout(500); // the charts redraw after a resize
  await page.reload();
  await kpis.waitFor();
  const floor = Math.round(((16 * width) / 1920) * 10) / 10 - 0.05;
  const { min, smallest } = await screenFonts(page);
  assert.ok(min >= floor, `${label} at ${width}×${height}: the smallest type is ${min}px (at least ${floor.toFixed(1)}px expected): ${smallest.join('; ')}`);
}

/** Waits until a page is complete: its title heading is shown and its data has arrived. */
async function settled(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 20_000 });
  await page.waitForLoadState('networkidle');
  // Nothing still loading (antd spinners, skeletons).
  await page.waitForFunction(() => !document.querySelector('.ant-spin-spinning, .ant-skeleton-active'), undefined, { timeout: 20_000 });
}

/** The paths of the side menu's entries (antd keeps each entry's key, its path, in data-menu-id). */
async function menuPaths(page: Page): Promise<string[]> {
  await page.getByRole('menuitem').first().waitFor();
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('[role=menuitem][data-menu-id]'), (el) => {
      const id = el.getAttribute('data-menu-id') ?? '';
      return id.slice(id.indexOf('-/') + 1);
    }).filter((p) => p.startsWith('/')),
  );
}

/** Visits every path and checks it with axe in normal and 适老化 mode; returns what failed. */
async function walk(page: Page, url: string, who: string, paths: string[]): Promise<string[]> {
  const failures: string[] = [];
  for (const path of paths) {
    await page.goto(`${url}${path}`);
    await settled(page);
    try {
      await checkPage(page, `${who} ${path}`, () => settled(page));
    } catch (err) {
      failures.push((err as Error).message);
    }
  }
  return failures;
}

describe('journey: every menu page passes axe (no serious or critical violation) in normal and 适老化 mode', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;

  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('the public pages, without an account', { skip: skipUnlessChromium() }, async () => {
    assert.ok(server);
    browser ??= await launchBrowser();
    const visitor = await signIn(browser, server.url, '');
    const failures = await walk(visitor.page, server.url, 'anonymous', PUBLIC_PAGES);
    assert.deepEqual(visitor.errors, []);
    await visitor.close();
    assert.equal(failures.length, 0, failures.join('\n\n'));
  });

  // The city administrator sees nearly every page; the others add the pages only they have (and their home).
  const checked = new Set<string>();
  for (const username of ['city_admin', 'enterprise', 'town_specialist', 'public']) {
    test(`every menu page of ${username}`, { skip: skipUnlessChromium() }, async () => {
      assert.ok(server);
      browser ??= await launchBrowser();
      const user = await signIn(browser, server.url, username);
      const paths = await menuPaths(user.page);
      assert.ok(paths.length >= 3, `the menu of ${username} lists its pages (${paths.join(', ')})`);
      const failures = await walk(
        user.page,
        server.url,
        username,
        paths.filter((p) => p === '/' || !checked.has(p)),
      );
      for (const p of paths) checked.add(p);
      assert.deepEqual(user.errors, []);
      await user.close();
      assert.equal(failures.length, 0, failures.join('\n\n'));
    });
  }
});

describe('journey: the wall screen is readable from across the room, for a city and for a town, in Chinese and English', () => {
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
    'the city screen: type at 1920×1080 and 1366×768, English titles whole and units English, axe in both modes',
    { skip: skipUnlessChromium() },
    async () => {
      assert.ok(server);
      browser ??= await launchBrowser();
      const admin = await signIn(browser, server.url, 'city_admin');
      const page = admin.page;
      await page.goto(`${server.url}/screen`);
      await page.getByRole('heading', { level: 1, name: /济宁市知识产权监测大屏/ }).waitFor();
      await assertScreenType(page, 1920, 1080, 'city screen');
      await checkPage(page, 'city_admin /screen 1920', () => page.getByRole('list', { name: '核心指标' }).waitFor());
      await assertScreenType(page, 1366, 768, 'city screen');

      // In English: each KPI title is shown whole, beside (not under) its origin badge, and the units are English.
      await page.evaluate(() => localStorage.setItem('zhichan.language', 'en'));
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.reload();
      const kpis = page.getByRole('list', { name: 'Key indicators' });
      await kpis.waitFor();
      const cards = await kpis.evaluate((list) =>
        Array.from(list.querySelectorAll('li'), (li) => {
          const name = li.querySelector<HTMLElement>('.screen-kpi-name');
          const badge = li.querySelector<HTMLElement>('.screen-origin');
          const a = name?.getBoundingClientRect();
          const b = badge?.getBoundingClientRect();
          const overlap = !!(a && b && a.right > b.left && b.right > a.left && a.bottom > b.top && b.bottom > a.top);
          return {
            name: name?.textContent ?? '',
            clipped: !name || name.scrollWidth > name.clientWidth + 1 || name.scrollHeight > name.clientHeight + 1,
            overlap,
            unit: li.querySelector('.screen-kpi-unit')?.textContent ?? '',
          };
        }),
      );
      assert.ok(cards.length >= 4, 'the KPI cards are shown');
      for (const c of cards) {
        assert.equal(c.clipped, false, `“${c.name}” is shown whole`);
        assert.equal(c.overlap, false, `“${c.name}” is not covered by its badge`);
        assert.doesNotMatch(c.unit, /[\u4e00-\u9fff]/, `the unit of “${c.name}” is English: “${c.unit}”`);
      }
      await assertScreenType(page, 1366, 768, 'English city screen');
      assert.deepEqual(admin.errors, []);
      await admin.close();
    },
  );

  test('the town specialist’s screen shows the town’s own figures, not a map of one hexagon', { skip: skipUnlessChromium() }, async () => {
    assert.ok(server);
    browser ??= await launchBrowser();
    const town = await signIn(browser, server.url, 'town_specialist');
    const page = town.page;
    await page.goto(`${server.url}/screen`);
    await page.getByRole('heading', { level: 1, name: /许庄街道/ }).waitFor();
    const tiles = page.getByRole('list', { name: /许庄街道本级指标/ });
    await tiles.waitFor();
    assert.ok((await tiles.getByRole('listitem').count()) >= 3, 'a tile per map indicator');
    assert.equal(await page.getByRole('img', { name: /区域分布/ }).count(), 0, 'no map of a single hexagon');
    assert.equal(await page.getByText('点击县（市、区）查看其乡镇（街道）').count(), 0, 'no hint about counties');
    await page.getByText(/乡镇（街道）没有下级区划/).waitFor();
    await assertScreenType(page, 1920, 1080, 'town screen');
    await checkPage(page, 'town_specialist /screen', () => tiles.waitFor());
    await assertScreenType(page, 1366, 768, 'town screen');
    assert.deepEqual(town.errors, []);
    await town.close();
  });
});
