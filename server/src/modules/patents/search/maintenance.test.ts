import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestEnv, type TestEnv } from '../../../../test/harness.js';
import { up as reindexWithDecades } from '../../../db/migrations/0013-search-decades.js';
import { rebuildSearchIndex } from './index-writer.js';
import { PG_MARKS } from './pg-match.js';
import { searchIds } from './testing/brute-force.js';
import { importRows, importTitleCorpus } from './testing/import-rows.js';
import { hasSharedData } from '../../../../test/shared-data.js';

const present = hasSharedData('index maintenance on real titles', ['cn-patent-titles.csv', 'ipc-scheme-zh.jsonl']);

// The index follows every write: re-imports replace a patent's tokens, deletes remove them, and a rebuild
// from the patents table gives the same answers.
const asOf = '2026-03-01';
let env: TestEnv;
let rows: Record<string, string>[];

beforeAll(async () => {
  env = await createTestEnv();
  rows = await importTitleCorpus(env.ctx, asOf, 400);
}, 300_000);
afterAll(async () => env?.close());

const ids = (q: string) => searchIds(env.ctx, q, asOf);
const idOf = async (appNo: string) => Number((await env.ctx.db.selectFrom('patents').select('id').where('app_no', '=', appNo).executeTakeFirstOrThrow()).id);

describe.skipIf(!present)('index maintenance', () => {
  it('a re-imported patent is found by its new text and no longer by its old text', async () => {
    const row = rows[7] as Record<string, string>;
    const id = await idOf(row.申请号 as string);
    expect(await ids(`TI=${row.专利名称}`)).toContain(id);
    await importRows(env.ctx, [{ ...row, 专利名称: '一种量子纠缠光子钠电池', 分类号: 'Y02E60/10;H01M10/054', 主分类号: 'H01M10/054' }], { asOf });
    expect(await ids('TI=量子纠缠光子钠电池')).toEqual([id]);
    expect(await ids(`TI=${row.专利名称}`)).not.toContain(id);
    expect(await ids('IC=H01M10/054')).toContain(id);
  });

  it('a deleted patent disappears from the index and the facts table', async () => {
    const row = rows[8] as Record<string, string>;
    const id = await idOf(row.申请号 as string);
    await env.ctx.db.deleteFrom('patents').where('id', '=', id).execute();
    expect(await ids(`TI=${row.专利名称}`)).not.toContain(id);
    const facts = await env.ctx.db.selectFrom('patent_search_facts').select('id').where('id', '=', id).execute();
    expect(facts).toEqual([]);
  });

  it('rebuilding from the patents table gives the same answers', async () => {
    const queries = ['装置', 'TI=电池', 'PA=济宁', 'IC=H01M', 'LS=有效 AND 方法'];
    const before = await Promise.all(queries.map(ids));
    if (env.ctx.dialect === 'sqlite') await sql`insert into patent_fts(patent_fts) values ('delete-all')`.execute(env.ctx.db);
    await env.ctx.db.deleteFrom('patent_search_facts').execute();
    expect(await ids('装置')).toEqual([]);
    expect(await rebuildSearchIndex(env.ctx, 150)).toBe(399);
    expect(await Promise.all(queries.map(ids))).toEqual(before);
  });

  it('the decade-token migration re-indexes a populated database without changing an answer', async () => {
    const queries = ['装置 AND AD=2010:2020', 'AD=2000:2019 AND PT=发明', 'GD=2015:2026', 'TI=电池 AND PD=20100101:20211231', 'PA=济宁'];
    const before = await Promise.all(queries.map(ids));
    expect(before[0]?.length).toBeGreaterThan(0);
    await reindexWithDecades(env.ctx.db as never);
    expect(await Promise.all(queries.map(ids))).toEqual(before);
    // The new tokens are in the index: a whole decade is one posting list.
    const decade =
      env.ctx.dialect === 'sqlite'
        ? await sql<{ n: number }>`select count(*) as n from patent_fts where patent_fts match 'ax201'`.execute(env.ctx.db)
        : await sql<{ n: number }>`select count(*) as n from patent_search_facts where tx @@ ${`'${PG_MARKS.fl}ax201'`}::tsquery`.execute(env.ctx.db);
    expect(Number(decade.rows[0]?.n)).toBeGreaterThan(0);
  });
});

describe.skipIf(!present || !process.env.DATABASE_URL?.startsWith('postgres'))('the PostgreSQL upgrade to one vector a patent (0013)', () => {
  it('drops the separate vectors and their indexes of the old layout, re-indexes, and answers the same', async () => {
    const queries = ['装置 NOT 电池', 'TI=电池 AND PA=济宁', 'IN=王 OR AG=知识产权', 'IC=H01M AND AD=2010:2020', 'AB=控制 AND LS=有效'];
    const before = await Promise.all(queries.map(ids));
    expect(before.every((hits) => hits.length > 0)).toBe(true);
    // The layout of 0003–0012: a vector per field, four of them with a GIN index.
    for (const v of ['ti', 'pa', 'inv', 'ag', 'fl']) await sql`alter table patent_search_facts add column ${sql.ref(v)} tsvector`.execute(env.ctx.db);
    for (const v of ['pa', 'inv', 'ag', 'fl'])
      await sql`create index ${sql.ref(`patent_search_${v}`)} on patent_search_facts using gin (${sql.ref(v)})`.execute(env.ctx.db);
    await reindexWithDecades(env.ctx.db as never);
    const columns = await sql<{ c: string }>`select column_name as c from information_schema.columns where table_name = 'patent_search_facts'`.execute(
      env.ctx.db,
    );
    expect(columns.rows.map((r) => r.c).filter((c) => ['ti', 'pa', 'inv', 'ag', 'fl'].includes(c))).toEqual([]);
    const indexes = await sql<{ i: string }>`select indexname as i from pg_indexes where tablename = 'patent_search_facts' order by 1`.execute(env.ctx.db);
    expect(indexes.rows.map((r) => r.i).filter((i) => i.startsWith('patent_search_') && !i.startsWith('patent_search_facts'))).toEqual(['patent_search_tx']);
    const options = await sql<{ o: string[] }>`select reloptions as o from pg_class where relname = 'patent_search_facts'`.execute(env.ctx.db);
    expect(options.rows[0]?.o).toContain('toast_tuple_target=128');
    expect(await Promise.all(queries.map(ids))).toEqual(before);
  });
});
