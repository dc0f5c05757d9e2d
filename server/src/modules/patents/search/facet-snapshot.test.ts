import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../../test/harness.js';
import { facetSnapshot, warmFacetSnapshot } from './facet-snapshot.js';
import { searchPatents, type SearchResult } from './service.js';
import { mustParse } from './testing/brute-force.js';
import { importRows, importTitleCorpus } from './testing/import-rows.js';
import { hasSharedData } from '../../../../test/shared-data.js';

const present = hasSharedData('the facet snapshot on real titles', ['cn-patent-titles.csv', 'ipc-scheme-zh.jsonl']);

// The in-memory facet snapshot (SQLite) against the SQL path it replaces: the same totals, pages and
// facets, before and after writes by this process and by another one. Both paths are the product's own:
// the SQL path is the one searches take while the snapshot is stale after another process wrote.
const asOf = '2026-03-01';
const withPg = Boolean(process.env.DATABASE_URL?.startsWith('postgres'));
let env: TestEnv;
let rows: Record<string, string>[];

beforeAll(async () => {
  if (withPg) return;
  env = await createTestEnv();
  rows = await importTitleCorpus(env.ctx, asOf, 1500);
}, 300_000);
afterAll(async () => env?.close());

const QUERIES = ['装置', '电池 OR 电机', 'TI=系统 AND PT=实用新型', '方法 AND AD=2012:2019', 'IC=H01 NOT LS=有效', 'PA=济宁 AND LS=审中', 'RG=370811'];

let otherWrites = 0;
/**
 * Writes through a second connection, as another process (the import CLI) does: the snapshot is not
 * told, and the patent's change time moves (to a new latest value each time).
 */
function writeFromAnotherProcess(write: (other: SQLite.Database) => void = () => undefined): void {
  const path = env.ctx.config.database.kind === 'sqlite' ? env.ctx.config.database.path : '';
  const other = new SQLite(path);
  try {
    write(other);
    otherWrites += 1;
    other
      .prepare(`update patents set updated_at = ? where id = (select min(id) from patents)`)
      .run(`2999-01-01T00:00:${String(otherWrites).padStart(2, '0')}.000Z`);
  } finally {
    other.close();
  }
}

async function search(q: string, opts: { snapshot: boolean; asOf?: string; sort?: 'relevance' | 'date_desc' }): Promise<SearchResult> {
  if (opts.snapshot) {
    await warmFacetSnapshot(env.ctx);
    expect(await facetSnapshot(env.ctx)).not.toBeNull();
  } else {
    // A write the snapshot was not told of: it is dropped, and reloads wait (a load has just ended), so
    // this search counts its facets in SQL.
    writeFromAnotherProcess();
    expect(await facetSnapshot(env.ctx)).toBeNull();
  }
  return searchPatents(env.ctx, { ast: mustParse(q), sort: opts.sort ?? 'relevance', page: 1, pageSize: 20, facets: true, asOf: opts.asOf ?? asOf });
}

describe.skipIf(!present || withPg)('facet snapshot', () => {
  it('gives the totals, pages and facets of the SQL path, on any reference date', async () => {
    for (const q of QUERIES)
      for (const date of [asOf, '2014-06-30'])
        for (const sort of ['relevance', 'date_desc'] as const) {
          const sqlPath = await search(q, { snapshot: false, asOf: date, sort });
          expect(sqlPath.total, q).toBeGreaterThan(0);
          expect(await search(q, { snapshot: true, asOf: date, sort }), `${q} on ${date}, ${sort}`).toEqual(sqlPath);
        }
  });

  it('counts every hit of a large result, never a sample', async () => {
    const r = await search('装置', { snapshot: true });
    expect(r.facets?.facetsSampled).toBe(false);
    for (const list of [r.facets?.kind, r.facets?.legalState]) expect(list?.reduce((s, b) => s + b.count, 0)).toBe(r.total);
    // A patent counts under each of its IPC sections: no section above the total, together at least it.
    for (const b of r.facets?.ipcSection ?? []) expect(b.count).toBeLessThanOrEqual(r.total);
    expect(r.facets?.ipcSection.reduce((s, b) => s + b.count, 0)).toBeGreaterThan(r.total);
  });

  it('shows a patent re-imported by this process with its new class and applicant at once', async () => {
    await warmFacetSnapshot(env.ctx);
    const row = rows[11] as Record<string, string>;
    await importRows(env.ctx, [{ ...row, 申请人: '邹城量子示例科技有限公司', 主分类号: 'G21B1/00', 分类号: 'G21B1/00' }], { asOf });
    const q = 'PA=邹城量子示例科技有限公司';
    const r = await search(q, { snapshot: true });
    expect(r.total).toBe(1);
    expect(r.facets?.ipcClass).toEqual([{ value: 'G21', count: 1 }]);
    expect(r.facets?.applicant).toEqual([{ value: '邹城量子示例科技有限公司', count: 1 }]);
    expect(r).toEqual(await search(q, { snapshot: false }));
  });

  it('notices a write by another process: counts in SQL while it loads again, then from the new snapshot', async () => {
    await warmFacetSnapshot(env.ctx);
    expect(await facetSnapshot(env.ctx)).not.toBeNull();
    let appNo = '';
    writeFromAnotherProcess((other) => {
      const row = other.prepare(`select id, app_no from patents order by id limit 1 offset 20`).get() as { id: number; app_no: string };
      appNo = row.app_no;
      other.prepare(`update patent_search_facts set ipc_classes = 'G21', applicant = '另一进程写入有限公司' where id = ?`).run(row.id);
    });
    // The fingerprint changed with nothing noted: the snapshot is dropped and loads in the background.
    expect(await facetSnapshot(env.ctx)).toBeNull();
    const q = `AN=${appNo}`;
    const viaSql = await searchPatents(env.ctx, { ast: mustParse(q), sort: 'relevance', page: 1, pageSize: 20, facets: true, asOf });
    expect(viaSql.facets?.applicant).toEqual([{ value: '另一进程写入有限公司', count: 1 }]);
    const fresh = await search(q, { snapshot: true });
    expect(fresh.facets?.ipcClass).toEqual([{ value: 'G21', count: 1 }]);
    expect(fresh).toEqual(viaSql);
  });

  it('notices a write on its own connection that no hook noted (the fingerprint is skipped only while nothing was written)', async () => {
    await warmFacetSnapshot(env.ctx);
    expect(await facetSnapshot(env.ctx)).not.toBeNull();
    // Reads in between change nothing: the snapshot stays.
    expect(await facetSnapshot(env.ctx)).not.toBeNull();
    const row = (await sql<{ id: number; app_no: string }>`select id, app_no from patents order by id limit 1 offset 30`.execute(env.ctx.db)).rows[0] as {
      id: number;
      app_no: string;
    };
    await sql`update patent_search_facts set applicant = '同一连接写入有限公司' where id = ${row.id}`.execute(env.ctx.db);
    await sql`update patents set updated_at = '2999-12-31T00:00:00.000Z' where id = ${row.id}`.execute(env.ctx.db);
    expect(await facetSnapshot(env.ctx)).toBeNull();
    const fresh = await search(`AN=${row.app_no}`, { snapshot: true });
    expect(fresh.facets?.applicant).toEqual([{ value: '同一连接写入有限公司', count: 1 }]);
  });
});
