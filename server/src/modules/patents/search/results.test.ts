import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../../test/harness.js';
import { legalStateOn } from '../legal-status.js';
import { computeFacets } from './facets.js';
import { compileQuery, ymd } from './plan.js';
import { hitSource } from './search-source.js';
import { searchTuning } from './search-queries.js';
import { rankTuning } from './sqlite-rank.js';
import { searchPatents, type SearchRequest } from './service.js';
import { bruteIds, loadStoredPatents, mustParse, type StoredPatent } from './testing/brute-force.js';
import { importTitleCorpus } from './testing/import-rows.js';
import { textContainsTerm } from './tokenizer.js';
import { hasSharedData } from '../../../../test/shared-data.js';

const present = hasSharedData('search results on real titles', ['cn-patent-titles.csv', 'ipc-scheme-zh.jsonl']);

// Result pages, ordering, snippets and facets over 3,000 real titles, checked against brute force.
const asOf = '2026-03-01';
let env: TestEnv;
let all: StoredPatent[];

beforeAll(async () => {
  env = await createTestEnv();
  await importTitleCorpus(env.ctx, asOf, 3000);
  all = await loadStoredPatents(env.ctx);
}, 300_000);
afterAll(async () => env?.close());

const search = (q: string, o: Partial<SearchRequest> = {}) =>
  searchPatents(env.ctx, { ast: mustParse(q), sort: 'relevance', page: 1, pageSize: 20, facets: false, asOf, ...o });
const inTx = (p: StoredPatent, t: string) => [p.title, p.abstract, p.first_claim].some((x) => x !== null && textContainsTerm(x, t));
const kindOf = (p: StoredPatent) => p.kind;

/** Counts of every key of each patent (a patent counts once under each of its keys). */
function countAll(list: readonly StoredPatent[], keys: (p: StoredPatent) => string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const p of list) for (const k of keys(p)) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}

/** Counts of a key over patents, as facet buckets sorted like the service sorts them. */
function counts(list: readonly StoredPatent[], key: (p: StoredPatent) => string | null): Map<string, number> {
  const m = new Map<string, number>();
  for (const p of list) {
    const k = key(p);
    if (k) m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}
const asMap = (buckets: { value: string; count: number }[]) => new Map(buckets.map((b) => [b.value, b.count]));

describe.skipIf(!present)('search results', () => {
  it('counts and pages: pages do not overlap and together are the whole result', async () => {
    const total = bruteIds(all, (p) => inTx(p, '装置')).length;
    const seen = new Set<number>();
    for (let page = 1; page <= 3; page++) {
      const r = await search('装置', { page, pageSize: 50, sort: 'date_desc' });
      expect(r.total).toBe(total);
      for (const i of r.items) seen.add(i.id);
    }
    expect(seen.size).toBe(Math.min(150, total));
  });

  it('sorts by application date both ways', async () => {
    const desc = (await search('电池', { sort: 'date_desc', pageSize: 100 })).items.map((i) => i.appDate);
    const asc = (await search('电池', { sort: 'date_asc', pageSize: 100 })).items.map((i) => i.appDate);
    expect(desc).toEqual([...desc].sort().reverse());
    expect(asc).toEqual([...asc].sort());
    expect(asc[0]).toBe(
      all
        .filter((p) => inTx(p, '电池'))
        .map((p) => p.app_date)
        .sort()[0],
    );
  });

  it('large results: the month-by-month date walk pages exactly like sorting every hit', async () => {
    const saved = { ...searchTuning };
    try {
      for (const q of ['装置', '电池 AND AD=20150301:20200630', 'IC=H01', 'LS=有效 AND 方法']) {
        for (const sort of ['date_desc', 'date_asc'] as const) {
          for (const [page, pageSize] of [
            [1, 20],
            [2, 50],
            [7, 30],
          ] as const) {
            searchTuning.dateWalkMin = Number.MAX_SAFE_INTEGER;
            const sorted = await search(q, { sort, page, pageSize });
            searchTuning.dateWalkMin = 0;
            const walked = await search(q, { sort, page, pageSize });
            expect(
              walked.items.map((i) => i.id),
              `${q} ${sort} ${page}`,
            ).toEqual(sorted.items.map((i) => i.id));
          }
        }
      }
    } finally {
      Object.assign(searchTuning, saved);
    }
  });

  it('very large results: relevance is ranked among the newest hits, and says so', async () => {
    const saved = { ...searchTuning };
    try {
      searchTuning.rankWindow = 100;
      searchTuning.pgRankWindow = 100;
      const r = await search('装置', { pageSize: 20 });
      expect(r.relevanceSampled).toBe(true);
      const newest = bruteIds(all, (p) => inTx(p, '装置')).slice(-100);
      for (const item of r.items) expect(newest).toContain(item.id);
      expect(r.total).toBe(bruteIds(all, (p) => inTx(p, '装置')).length);
      searchTuning.rankWindow = 1_000_000;
      searchTuning.pgRankWindow = 1_000_000;
      expect((await search('装置')).relevanceSampled).toBeUndefined();
    } finally {
      Object.assign(searchTuning, saved);
    }
  });

  it('ranks patents with the term in the title above those with it only in the claims', async () => {
    const r = await search('电池', { pageSize: 10 });
    for (const item of r.items) expect(item.title).toContain('电池');
  });

  it('with filters (ranked by column weights on SQLite), still puts title matches first and pages the whole result', async () => {
    const q = '电池 AND IC=H01M';
    const want = bruteIds(all, (p) => inTx(p, '电池') && p.ipc.some((c) => c.replace(/\s/g, '').toUpperCase().startsWith('H01M')));
    expect(want.length).toBeGreaterThan(20);
    const first = await search(q, { pageSize: 10 });
    expect(first.total).toBe(want.length);
    for (const item of first.items) expect(item.title).toContain('电池');
    const seen = new Set<number>();
    for (let page = 1; (page - 1) * 100 < want.length; page++) for (const i of (await search(q, { page, pageSize: 100 })).items) seen.add(i.id);
    expect([...seen].sort((a, b) => a - b)).toEqual([...want].sort((a, b) => a - b));
  });

  it('ranks by column weights alike whether hits are looked up one by one or read from posting lists, with or without facets', async () => {
    const saved = { ...rankTuning };
    const order = async (q: string, facets: boolean) => {
      const ids: number[] = [];
      for (let page = 1; ; page++) {
        const r = await search(q, { page, pageSize: 100, facets });
        ids.push(...r.items.map((i) => i.id));
        if (ids.length >= r.total) return ids;
      }
    };
    try {
      for (const q of ['电池 AND IC=H01M', '装置 AND PT=发明 AND AD=2015:2020']) {
        rankTuning.seekHitsMax = 0;
        const walked = await order(q, false);
        expect(walked.length, q).toBeGreaterThan(20);
        expect(await order(q, true), q).toEqual(walked);
        rankTuning.seekHitsMax = 1_000_000;
        expect(await order(q, false), q).toEqual(walked);
      }
    } finally {
      Object.assign(rankTuning, saved);
    }
  });

  it('returns display fields, snippet around the hit and the literal strings to mark', async () => {
    const r = await search('TI=电池 AND AB=电池', { pageSize: 5 });
    expect(r.items.length).toBeGreaterThan(0);
    for (const item of r.items) {
      const p = all.find((x) => x.id === item.id) as StoredPatent;
      expect(item).toMatchObject({ appNo: p.app_no, title: p.title, kind: p.kind, appDate: p.app_date, mainIpc: p.main_ipc, regionCode: p.region_code });
      expect(item.legalState).toBe(legalStateOn(p, asOf));
      expect(item.snippet).toContain('电池');
      expect(item.snippet.length).toBeLessThanOrEqual(122);
      expect(item.highlights).toEqual(['电池']);
    }
  });

  it('facet counts equal brute-force counts', async () => {
    const r = await search('装置 AND AD=2010:2022', { facets: true });
    const hits = all.filter((p) => inTx(p, '装置') && (p.app_date ?? '') >= '2010-01-01' && (p.app_date ?? '') <= '2022-12-31');
    const f = r.facets;
    if (!f) throw new Error('no facets');
    expect(f.facetsSampled).toBe(false);
    expect(asMap(f.year)).toEqual(counts(hits, (p) => (p.app_date ?? '').slice(0, 4)));
    expect(asMap(f.kind)).toEqual(counts(hits, kindOf));
    expect(asMap(f.legalState)).toEqual(counts(hits, (p) => legalStateOn(p, asOf)));
    // Every class of a patent counts (as IC= finds it), each once: a patent in H01 and B22 counts under both.
    const classesOf = (p: StoredPatent) => [
      ...new Set(
        [...p.ipc, p.main_ipc ?? '']
          .map((c) => c.replace(/\s+/g, '').toUpperCase())
          .filter((c) => /^[A-H]\d\d/.test(c))
          .map((c) => c.slice(0, 3)),
      ),
    ];
    expect(asMap(f.ipcSection)).toEqual(countAll(hits, (p) => [...new Set(classesOf(p).map((c) => c.slice(0, 1)))]));
    const cls = countAll(hits, classesOf);
    for (const b of f.ipcClass) expect(b.count).toBe(cls.get(b.value));
    expect(f.ipcClass[0]?.count).toBe(Math.max(...cls.values()));
    const county = counts(hits, (p) => p.region_code?.slice(0, 6) ?? null);
    for (const b of f.region) expect(b.count).toBe(county.get(b.value));
    const applicant = counts(hits, (p) => p.applicants[0] ?? null);
    for (const b of f.applicant) expect(b.count).toBe(applicant.get(b.value));
    expect(f.applicant.length).toBe(Math.min(10, applicant.size));
  });

  it('above the exact limit facets come from an even sample, scaled to the total, and say so', async () => {
    const plan = compileQuery(mustParse('装置'), { asOf });
    const total = bruteIds(all, (p) => inTx(p, '装置')).length;
    const f = await computeFacets(env.ctx.db, hitSource(env.ctx.dialect, plan), total, ymd(asOf) ?? 0, 200);
    expect(f.facetsSampled).toBe(true);
    const sum = f.kind.reduce((s, b) => s + b.count, 0);
    expect(Math.abs(sum - total)).toBeLessThanOrEqual(3);
  });

  it('an empty result has zero counts and empty facets', async () => {
    const r = await search('TI=量子纠缠光子芯片钠电池', { facets: true });
    expect(r).toEqual({ total: 0, items: [], facets: expect.objectContaining({ year: [], facetsSampled: false }) });
  });

  it('rejects page sizes above 100 and malformed reference dates', async () => {
    await expect(search('电池', { pageSize: 101 })).rejects.toThrow();
    await expect(search('电池', { asOf: '2026-3-1' })).rejects.toThrow();
  });
});
