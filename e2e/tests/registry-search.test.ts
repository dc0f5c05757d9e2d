import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { artifactPath, checkPage, launchBrowser, newUserContext, repoRoot, skipUnlessChromium, startServer, type RunningServer } from '../src/harness.js';

// Real data beside the checkout (../shared/data), never copied into the repository.
const SAMPLE = path.resolve(repoRoot, '..', 'shared', 'data', 'cn-patents-full-sample.json');
const QUERY = 'TI=无人机 AND PT=实用新型';

interface SampleRecord {
  专利名称: string;
  专利类型: string;
  申请日: number;
}

/** What the user should see, counted straight from the file: utility models with 无人机 in the title, and those filed in 2021. */
function expectedCounts() {
  const records = JSON.parse(readFileSync(SAMPLE, 'utf8')) as SampleRecord[];
  const hits = records.filter((r) => r.专利名称.includes('无人机') && r.专利类型 === '实用新型');
  return { records: records.length, all: hits.length, in2021: hits.filter((r) => String(r.申请日).startsWith('2021')).length };
}

/** Records in a CSV text (quoted cells may hold commas, quotes and line breaks). */
function csvRecords(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      endCell();
    } else if (!quoted && (c === '\n' || c === '\r')) {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else {
      cell += c;
    }
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}

describe('journey: bureau staff import patents, search with the command syntax, refine by a facet, export', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;

  before(async () => {
    // An empty registry (no demo patents), so the file's records are all new and the counts are the file's own.
    server = await startServer({ env: { DEMO_PATENTS: 'false' } });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('import → 完成 → TI=无人机 AND PT=实用新型 → 申请年 2021 → 导出 CSV', { skip: skipUnlessChromium() }, async () => {
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
      await page.screenshot({ path: artifactPath('registry-search-failure.png'), fullPage: true }).catch(() => undefined);
      throw err;
    }
    await page.screenshot({ path: artifactPath('registry-search.png'), fullPage: true });
    assert.deepEqual(pageErrors, []);
    await context.close();
  });
});

async function walkJourney(page: Page, url: string) {
  const expected = expectedCounts();
  assert.ok(expected.in2021 > 0 && expected.in2021 < expected.all, 'the sample must let the facet narrow the result');

  await page.goto(url);
  await page.getByLabel('用户名').fill('city_staff');
  await page.getByLabel('密码', { exact: true }).fill('Demo@2026');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));

  // 数据导入: patents are the default kind; the file goes up and the job is followed until it ends.
  await page.getByRole('menuitem', { name: '数据导入' }).click();
  await page.getByRole('heading', { level: 1, name: '数据导入' }).waitFor();
  await checkPage(page, 'city_staff /imports');
  await page.getByRole('radio', { name: '专利' }).check();
  await page.getByLabel('选择或拖入数据文件').setInputFiles(SAMPLE);
  const job = page.getByRole('region', { name: /导入任务 #\d+：cn-patents-full-sample\.json/ });
  await job.getByText('状态：完成').waitFor({ timeout: 30_000 });
  // Every record of the file is new on the fresh database.
  assert.match(await job.innerText(), new RegExp(`新增\\s*${expected.records}\\s`));
  await checkPage(page, 'city_staff /imports with a finished job');

  // 专利检索 with the command syntax.
  await page.getByRole('menuitem', { name: '专利检索' }).click();
  await page.getByRole('heading', { level: 1, name: '专利检索' }).waitFor();
  await checkPage(page, 'city_staff /patents/search');
  await page.getByLabel('检索式').fill(QUERY);
  await page.getByRole('button', { name: '检索', exact: true }).click();
  const total = page.getByRole('status').filter({ hasText: '共命中' });
  await total.getByText(`共命中 ${expected.all} 件`).waitFor();
  assert.equal(await page.getByRole('article').count(), expected.all);
  // The term is marked in the first hit's title.
  const firstHit = page.getByRole('article').first();
  assert.equal(await firstHit.getByRole('heading').locator('mark').first().innerText(), '无人机');
  assert.equal(new URL(page.url()).searchParams.get('q'), QUERY);
  await checkPage(page, 'city_staff /patents/search with results and facets');

  // Refine by a facet bucket: 申请年 2021.
  const facets = page.getByRole('complementary', { name: '结果筛选' });
  await facets.getByRole('button', { name: /^2021年/ }).click();
  await total.getByText(`共命中 ${expected.in2021} 件`).waitFor();
  const refined = `${QUERY} AND AD=2021`;
  assert.equal(await page.getByLabel('检索式').inputValue(), refined);
  assert.equal(new URL(page.url()).searchParams.get('q'), refined);
  await page.getByText('且申请日在 2021-01-01 至 2021-12-31 之间').waitFor();
  await checkPage(page, 'city_staff /patents/search refined by a facet');

  // 导出 CSV: the whole refined result, one header row and one row per hit.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '导出 CSV' }).click()]);
  const file = await download.path();
  const [header = [], ...records] = csvRecords(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')).filter((r) => r.some((c) => c !== ''));
  assert.ok(header.includes('申请号') && header.includes('专利名称'), `header row expected, got ${header.join(',')}`);
  assert.equal(records.length, expected.in2021);
  const titleColumn = header.indexOf('专利名称');
  for (const r of records) assert.match(r[titleColumn] ?? '', /无人机/);

  // The applied facet is a chip; removing it searches the query without it.
  await page.getByRole('group', { name: '已选筛选' }).getByRole('button', { name: '移除筛选“申请年：2021年”' }).click();
  await total.getByText(`共命中 ${expected.all} 件`).waitFor();
  assert.equal(await page.getByLabel('检索式').inputValue(), QUERY);

  // An IPC section facet finds what it counts (every class of a patent counts, as IC= finds it).
  const section = facets.getByRole('button', { name: /^[A-H] / }).first();
  const count = /(\d+) 件/.exec((await section.textContent()) ?? '')?.[1];
  assert.ok(count, 'an IPC section bucket says its count');
  await section.click();
  await total.getByText(`共命中 ${count} 件`).waitFor();
  assert.match(await page.getByLabel('检索式').inputValue(), /AND IC=[A-H]$/);
}
