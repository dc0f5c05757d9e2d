import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../../test/harness.js';
import { legalStateOn } from '../legal-status.js';
import { bruteIds, loadStoredPatents, mustParse, searchIds, type StoredPatent } from './testing/brute-force.js';
import { importRows, importTitleCorpus } from './testing/import-rows.js';
import { ipcMatches } from './filter-tokens.js';
import { searchPatents } from './service.js';
import { seededRandom } from './testing/synthetic-patents.js';
import { foldRuns, foldSameLength, textContainsTerm } from './tokenizer.js';
import { hasSharedData } from '../../../../test/shared-data.js';

const present = hasSharedData('search recall on real titles', ['cn-patent-titles.csv', 'ipc-scheme-zh.jsonl']);

// 9,740 real CN titles (with synthetic abstracts, claims, parties, dates and regions around them),
// imported through the real importer; every search is compared with a brute-force scan of what was stored.
const asOf = '2026-03-01';
let env: TestEnv;
let all: StoredPatent[];

beforeAll(async () => {
  env = await createTestEnv();
  await importTitleCorpus(env.ctx, asOf);
  all = await loadStoredPatents(env.ctx);
}, 300_000);
afterAll(async () => env?.close());

const ids = (q: string, within?: string) => searchIds(env.ctx, q, asOf, within);
const folded = new Map<string, string>();
/** textContainsTerm, with the texts folded once (a one-run term is a plain substring of the folded text). */
function has(text: string | null, term: string): boolean {
  if (text === null) return false;
  const runs = foldRuns(term);
  if (runs.length !== 1) return textContainsTerm(text, term);
  let f = folded.get(text);
  if (f === undefined) folded.set(text, (f = foldSameLength(text)));
  return f.includes(runs[0] as string);
}
const inTx = (p: StoredPatent, t: string) => has(p.title, t) || has(p.abstract, t) || has(p.first_claim, t);

/** Seeded samples of CJK substrings of a given length from real titles. */
function sampleSubstrings(len: number, n: number, seed: number): string[] {
  const rng = seededRandom(seed);
  const out = new Set<string>();
  while (out.size < n) {
    const t = (all[Math.floor(rng() * all.length)] as StoredPatent).title;
    const i = Math.floor(rng() * Math.max(1, t.length - len + 1));
    const s = t.slice(i, i + len);
    if (s.length === len && /^[\u4e00-\u9fff]+$/.test(s)) out.add(s);
  }
  return [...out];
}

describe.skipIf(!present)('Chinese substring search on 9,740 real titles', () => {
  it('imported every row', () => expect(all.length).toBe(9740));

  it('every sampled 2- and 3-character title substring finds exactly the titles containing it', async () => {
    for (const term of [...sampleSubstrings(2, 40, 1), ...sampleSubstrings(3, 40, 2)]) {
      expect(await ids(`TI=${term}`), term).toEqual(bruteIds(all, (p) => has(p.title, term)));
    }
  });

  it('TX searches title, abstract and first claim, exactly', async () => {
    for (const term of [...sampleSubstrings(2, 15, 3), ...sampleSubstrings(4, 10, 4), '地基', '键合', '极片', '电']) {
      expect(await ids(term), term).toEqual(bruteIds(all, (p) => inTx(p, term)));
    }
  });

  it('fielded terms search only their field', async () => {
    expect(await ids('PA=济宁')).toEqual(bruteIds(all, (p) => [...p.applicants, ...p.holders].some((n) => has(n, '济宁'))));
    expect(await ids('IN=王')).toEqual(bruteIds(all, (p) => p.inventors.some((n) => has(n, '王'))));
    expect(await ids('AG=知识产权')).toEqual(bruteIds(all, (p) => has(p.agency, '知识产权')));
    expect(await ids('AB=控制 AND CL=电机')).toEqual(bruteIds(all, (p) => has(p.abstract, '控制') && has(p.first_claim, '电机')));
    const pa = await ids('PA=济宁');
    expect(pa.length).toBeGreaterThan(100);
  });

  it('boolean AND, OR, NOT and groups follow set algebra', async () => {
    expect(await ids('TI=(电池 OR 电机) NOT TI=锂')).toEqual(bruteIds(all, (p) => (has(p.title, '电池') || has(p.title, '电机')) && !has(p.title, '锂')));
    expect(await ids('(TI=装置 AND AB=控制) OR CL=传感器')).toEqual(
      bruteIds(all, (p) => (has(p.title, '装置') && has(p.abstract, '控制')) || has(p.first_claim, '传感器')),
    );
    expect(await ids('"电池 组件"')).toEqual(bruteIds(all, (p) => inTx(p, '电池 组件')));
  });

  it("IC matches any IPC symbol of the patent at the scheme's boundaries: section, class, subclass, main group, subgroup", async () => {
    for (const ic of ['H', 'H01', 'H01M', 'B65G1', 'H01M10', 'H01M10/00', 'G06F16/2', 'H01M10/0525']) {
      expect(await ids(`IC=${ic}`), ic).toEqual(bruteIds(all, (p) => p.ipc.some((c) => ipcMatches(c, ic))));
    }
    // A main group is not a string prefix: G06F4 is not G06F40, and H04N5/00 is the whole group H04N5.
    const row = (appNo: string, ipc: string) => ({
      申请号: appNo,
      专利类型: '发明',
      专利名称: `分类边界示例${appNo}`,
      申请日: '2020-01-02',
      申请人: '分类边界示例有限公司',
      主分类号: ipc,
      分类号: ipc,
    });
    await importRows(
      env.ctx,
      [
        row('CN209900000001', 'G06F 4/00'),
        row('CN209900000002', 'G06F 40/289'),
        row('CN209900000003', 'H04N 5/225'),
        row('CN209900000004', 'B64U 101/30'),
        row('CN209900000005', 'B64U 10/13'),
      ],
      { asOf },
    );
    const titles = async (q: string) =>
      (await searchPatents(env.ctx, { ast: mustParse(`TI=分类边界示例 AND ${q}`), sort: 'date_desc', page: 1, pageSize: 20, facets: false, asOf })).items
        .map((i) => i.title)
        .sort();
    expect(await titles('IC=G06F4')).toEqual(['分类边界示例CN209900000001']);
    expect(await titles('IC=G06F40')).toEqual(['分类边界示例CN209900000002']);
    expect(await titles('IC=H04N5/00')).toEqual(['分类边界示例CN209900000003']);
    expect(await titles('IC=B64U10')).toEqual(['分类边界示例CN209900000005']);
    expect(await titles('IC=B64U101/30')).toEqual(['分类边界示例CN209900000004']);
    expect(await titles('IC=G06F40/28')).toEqual([]);
    expect(await titles('IC=G06F')).toEqual(['分类边界示例CN209900000001', '分类边界示例CN209900000002']);
    all = await loadStoredPatents(env.ctx);
  });

  it('dates, types, regions and legal states filter like the stored columns say', async () => {
    const inRange = (d: string | null, a: string, b: string) => d !== null && d >= a && d <= b;
    expect(await ids('AD=2015:2016')).toEqual(bruteIds(all, (p) => inRange(p.app_date, '2015-01-01', '2016-12-31')));
    expect(await ids('电池 AND AD=20150301:20160630')).toEqual(bruteIds(all, (p) => inTx(p, '电池') && inRange(p.app_date, '2015-03-01', '2016-06-30')));
    expect(await ids('电池 AND GD>=20200101')).toEqual(bruteIds(all, (p) => inTx(p, '电池') && inRange(p.grant_date, '2020-01-01', '9999')));
    expect(await ids('PT=发明 AND PD=2019')).toEqual(bruteIds(all, (p) => p.kind === 'invention' && inRange(p.pub_date, '2019-01-01', '2019-12-31')));
    expect(await ids('RG=370811 AND 装置')).toEqual(bruteIds(all, (p) => (p.region_code ?? '').startsWith('370811') && inTx(p, '装置')));
    expect(await ids('RG=370800 AND 电池')).toEqual(bruteIds(all, (p) => (p.region_code ?? '').startsWith('3708') && inTx(p, '电池')));
    for (const [label, state] of [
      ['有效', 'effective'],
      ['失效', 'lapsed'],
      ['审中', 'pending'],
    ] as const) {
      expect(await ids(`LS=${label} AND 装置`), label).toEqual(bruteIds(all, (p) => legalStateOn(p, asOf) === state && inTx(p, '装置')));
    }
  });

  it('NOT works over structured filters too (IPC, dates, legal state)', async () => {
    expect(await ids('电池 NOT IC=H01M')).toEqual(bruteIds(all, (p) => inTx(p, '电池') && !p.ipc.some((c) => c.startsWith('H01M'))));
    expect(await ids('电池 NOT AD=2015:2020')).toEqual(
      bruteIds(all, (p) => inTx(p, '电池') && !((p.app_date ?? '') >= '2015-01-01' && (p.app_date ?? '') <= '2020-12-31')),
    );
    expect(await ids('电池 NOT GD=2018')).toEqual(bruteIds(all, (p) => inTx(p, '电池') && !(p.grant_date ?? '').startsWith('2018')));
    expect(await ids('电池 NOT LS=有效')).toEqual(bruteIds(all, (p) => inTx(p, '电池') && legalStateOn(p, asOf) !== 'effective'));
    // OR with a negated branch (the parser refuses "A OR NOT B" alone; inside AND it is bounded).
    const ast = mustParse('PT=发明 AND (TI=电池 OR NOT IC=H)');
    expect(await searchIds(env.ctx, ast, asOf)).toEqual(
      bruteIds(all, (p) => p.kind === 'invention' && (has(p.title, '电池') || !p.ipc.some((c) => c.startsWith('H')))),
    );
  });

  it('finds a patent by application or publication number in any usual spelling', async () => {
    const p = all.find((x) => x.grant_no && x.pub_no !== x.grant_no) ?? (all[0] as StoredPatent);
    const plain = p.app_no.replace('.', '');
    for (const q of [`AN=${p.app_no}`, `AN=${plain}`, `AN=${plain.slice(2)}`, `AN=${plain.slice(0, -1)}`]) expect(await ids(q), q).toEqual([p.id]);
    expect(await ids(`PN=${p.pub_no}`)).toEqual([p.id]);
    expect(await ids(`PN=${(p.pub_no ?? '').replace(/[A-Z]$/, '')}`)).toEqual([p.id]);
    expect(await ids(`PN=${p.grant_no}`)).toEqual([p.id]);
  });

  it('limits results to the jurisdiction when asked', async () => {
    expect(await ids('装置', '370883')).toEqual(bruteIds(all, (p) => (p.region_code ?? '').startsWith('370883') && inTx(p, '装置')));
  });
});
