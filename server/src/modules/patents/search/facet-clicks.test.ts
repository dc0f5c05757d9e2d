import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legalStateLabels, patentKindLabels } from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../../test/harness.js';
import { hasSharedData } from '../../../../test/shared-data.js';
import { warmFacetSnapshot, facetSnapshot } from './facet-snapshot.js';
import type { FacetBucket, SearchFacets } from './facets.js';
import { searchPatents } from './service.js';
import { loadStoredPatents, mustParse } from './testing/brute-force.js';
import { importTitleCorpus } from './testing/import-rows.js';
import * as m0097 from '../../../db/migrations/0097-search-facet-classes.js';

const present = hasSharedData('facet counts against their clicks', ['cn-patent-titles.csv', 'ipc-scheme-zh.jsonl']);

// What a user notices: a facet says "H 电学 91", and clicking it must find 91 patents. Each facet's
// count is compared with the total of the query narrowed the way the web app narrows it (facet-panel's
// clause: IC=H, IC=H01, AD=2020, PT=发明, LS=有效), on 1,500 real titles whose patents carry several IPC
// classes. SQLite counts from the in-memory snapshot (facet-snapshot.test.ts checks its SQL path gives
// the same facets), PostgreSQL from the hits it reads (pg-search.ts).
const asOf = '2026-03-01';
const onSqlite = !process.env.DATABASE_URL?.startsWith('postgres');
let env: TestEnv;

beforeAll(async () => {
  if (!present) return;
  env = await createTestEnv();
  await importTitleCorpus(env.ctx, asOf, 1500);
  if (onSqlite) {
    await warmFacetSnapshot(env.ctx);
    expect(await facetSnapshot(env.ctx)).not.toBeNull();
  }
}, 300_000);
afterAll(async () => env?.close());

const search = (q: string) => searchPatents(env.ctx, { ast: mustParse(q), sort: 'relevance', page: 1, pageSize: 20, facets: true, asOf });

/** The clause a click adds (web/src/patents/refine-query.ts facetClause). */
function clause(facet: 'ipcSection' | 'ipcClass' | 'year' | 'kind' | 'legalState', value: string): string {
  if (facet === 'year') return `AD=${value}`;
  if (facet === 'kind') return `PT=${patentKindLabels[value as keyof typeof patentKindLabels].zh}`;
  if (facet === 'legalState') return `LS=${legalStateLabels[value as keyof typeof legalStateLabels].zh}`;
  return `IC=${value}`;
}

describe.skipIf(!present)('a facet counts what its click finds', () => {
  it('the corpus has patents classed in several IPC classes and sections (else the test could not fail)', async () => {
    const all = await loadStoredPatents(env.ctx);
    const several = all.filter((p) => new Set([...p.ipc, p.main_ipc ?? ''].filter(Boolean).map((c) => c.slice(0, 1))).size > 1);
    expect(several.length).toBeGreaterThan(50);
  });

  it('migration 0097 fills the classes of patents indexed before it, as the index writer does', async () => {
    const before = await env.ctx.db.selectFrom('patent_search_facts').select(['id', 'ipc_classes']).orderBy('id').execute();
    expect(before.filter((r) => r.ipc_classes?.includes(' ')).length).toBeGreaterThan(50);
    const db = env.ctx.db as unknown as Parameters<typeof m0097.up>[0];
    await m0097.down(db);
    await m0097.up(db);
    expect(await env.ctx.db.selectFrom('patent_search_facts').select(['id', 'ipc_classes']).orderBy('id').execute()).toEqual(before);
  });

  for (const q of ['装置', '电池 OR 电机', 'TI=系统 AND PT=实用新型']) {
    it(`every section, class, year, type and legal-state facet of "${q}" equals the total of its click`, async () => {
      const r = await search(q);
      const facets = r.facets as SearchFacets;
      expect(facets.facetsSampled).toBe(false);
      const checks: [Parameters<typeof clause>[0], FacetBucket[]][] = [
        ['ipcSection', facets.ipcSection],
        ['ipcClass', facets.ipcClass.slice(0, 8)],
        ['year', facets.year],
        ['kind', facets.kind],
        ['legalState', facets.legalState],
      ];
      let clicked = 0;
      for (const [facet, buckets] of checks) {
        expect(buckets.length, `${q}: ${facet}`).toBeGreaterThan(0);
        for (const b of buckets) {
          const narrowed = `(${q}) AND ${clause(facet, b.value)}`;
          expect((await search(narrowed)).total, narrowed).toBe(b.count);
          clicked += 1;
        }
      }
      expect(clicked).toBeGreaterThan(15);
    });
  }
});
