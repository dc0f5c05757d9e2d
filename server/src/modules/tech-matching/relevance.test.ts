import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { loadVocabulary, importRows } from '../patents/search/testing/import-rows.js';
import { seededRandom, syntheticPatentRow } from '../patents/search/testing/synthetic-patents.js';
import type { TitleRow } from '../patents/search/testing/reference-data.js';
import { matchDemand } from './matcher.js';
import { keyTerms } from './terms.js';
import { hasSharedData } from '../../../test/shared-data.js';

const present = hasSharedData('matching relevance on real titles', ['cn-patent-titles.csv', 'ipc-scheme-zh.jsonl']);

/**
 * Matching relevance on real titles (cn-patent-titles.csv). A demand is written from one real patent's
 * title; its close neighbours are the patents that share that patent's first IPC subclass AND at least
 * two of its title key terms (jieba words without boilerplate). The titles CSV carries subclasses only,
 * so the subclass stands in for the main group. The corpus holds the seed patents, every close
 * neighbour of them, and ~800 other real titles as distractors (some share words, some the subclass).
 */

const AS_OF = '2026-03-01';
const SEEDS = 8;

interface Seed {
  row: TitleRow;
  terms: string[];
  neighbours: Set<string>;
}

function shared(a: readonly string[], b: readonly string[]): number {
  const s = new Set(a);
  return b.filter((t) => s.has(t)).length;
}

function pickSeeds(titles: readonly TitleRow[]): Seed[] {
  const termsOf = new Map(titles.map((t) => [t.pubNo, keyTerms(t.title)]));
  const seeds: Seed[] = [];
  for (let i = 37; i < titles.length && seeds.length < SEEDS; i += 97) {
    const row = titles[i] as TitleRow;
    const terms = termsOf.get(row.pubNo) ?? [];
    if (terms.length < 3 || !row.subclasses[0]) continue;
    const neighbours = new Set(
      titles
        .filter((t) => t.pubNo !== row.pubNo && t.subclasses.includes(row.subclasses[0] as string) && shared(terms, termsOf.get(t.pubNo) ?? []) >= 2)
        .map((t) => t.pubNo),
    );
    if (neighbours.size >= 2 && neighbours.size <= 25) seeds.push({ row, terms, neighbours });
  }
  return seeds;
}

describe.skipIf(!present)('matching relevance on real patent titles', () => {
  let env: TestEnv;
  let seeds: Seed[];
  const pubNoById = new Map<number, string>();

  beforeAll(async () => {
    env = await createTestEnv();
    const vocab = await loadVocabulary(env.ctx);
    seeds = pickSeeds(vocab.titles);
    const wanted = new Set(seeds.flatMap((s) => [s.row.pubNo, ...s.neighbours]));
    const corpus = vocab.titles.filter((t, i) => wanted.has(t.pubNo) || i % 12 === 0);
    const rng = seededRandom(7);
    const rows = corpus.map((t, i) => syntheticPatentRow(i, rng, vocab, AS_OF, t));
    await importRows(env.ctx, rows, { asOf: AS_OF });
    const stored = await env.ctx.db.selectFrom('patents').select(['id', 'app_no']).execute();
    const byAppNo = new Map(rows.map((r, i) => [r['申请号'], (corpus[i] as TitleRow).pubNo]));
    for (const p of stored) pubNoById.set(Number(p.id), byAppNo.get(p.app_no) ?? '');
  }, 120_000);
  afterAll(() => env.close());

  const demandOf = (s: Seed, i: number) => ({
    id: 100_000 + i,
    org_id: 0,
    region_code: '370811',
    title: `需要${s.row.title.replace(/^一种/, '')}技术`,
    description: `我公司希望引进${s.row.title.replace(/^一种/, '')}相关的专利技术，用于产品升级。`,
    field: '',
    ipc_hints: JSON.stringify([s.row.subclasses[0]]),
  });

  it('ranks the patent the demand was written from first, and its close neighbours right after it', async () => {
    expect(seeds.length).toBe(SEEDS);
    let hits = 0;
    let slots = 0;
    const report: string[] = [];
    for (const [i, s] of seeds.entries()) {
      const r = await matchDemand(env.ctx, demandOf(s, i), 20);
      const ranked = r.items.filter((c) => c.kind === 'patent').map((c) => pubNoById.get(c.id) ?? '');
      expect(ranked[0], `demand from ${s.row.title}`).toBe(s.row.pubNo);
      const k = Math.min(5, s.neighbours.size);
      const top = ranked.slice(1, 1 + k);
      const good = top.filter((p) => s.neighbours.has(p)).length;
      hits += good;
      slots += k;
      report.push(`${s.row.title}: ${good}/${k} (${s.neighbours.size} neighbours)`);
      // Every close neighbour is found among the 20 candidates shown.
      const missing = [...s.neighbours].filter((n) => !ranked.includes(n));
      expect(missing.length, `${s.row.title}: neighbours missing from the top 20`).toBeLessThanOrEqual(Math.max(0, s.neighbours.size - 19));
    }
    // Precision of the next k places (k = min(5, neighbours)) over all seeds.
    expect(hits / slots, report.join('\n')).toBeGreaterThanOrEqual(0.8);
  });

  it('explains each candidate in Chinese: shared key terms, shared IPC, same region', async () => {
    const s = seeds[0] as Seed;
    const r = await matchDemand(env.ctx, demandOf(s, 0), 5);
    const first = r.items[0];
    expect(first?.explanation).toMatch(/^共同关键词：/);
    expect(first?.reasons.map((x) => x.kind)).toContain('ipc');
    expect(first?.explanation).toContain(`IPC`);
    expect(r.keyTerms.length).toBeGreaterThan(0);
  });
});
