import { sql, type Kysely } from 'kysely';
import type { Executor } from '../database.js';
import { codeCollation, isPostgres } from '../migration-helpers.js';
import { loadIpcFacetValues } from '../../modules/patents/search/index-documents.js';
import { startProgress } from '../../platform/progress.js';

/**
 * Search facets count every IPC class of a patent, as IC= finds them (before, the main class only: the
 * facet said "H 91" and its click found 146). The facts table gets `ipc_classes` (every class, space
 * separated, search/filter-tokens.ts ipcFacetValues), filled here for the patents already indexed from
 * their IPC symbols, in batches; the index writer keeps it current from then on.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const trx = db as unknown as Executor;
  const postgres = isPostgres(db);
  await db.schema.alterTable('patent_search_facts').addColumn('ipc_classes', 'text', codeCollation(db)).execute();
  const progress = startProgress('0097 检索分面分类号 search facet classes');
  for (let last = 0, done = 0; ;) {
    const ids = (await trx.selectFrom('patent_search_facts').select('id').where('id', '>', last).orderBy('id').limit(4000).execute()).map((r) => Number(r.id));
    if (ids.length === 0) break;
    const values = await loadIpcFacetValues(trx, ids);
    if (postgres) {
      const keys = [...values.keys()];
      await sql`update patent_search_facts s set ipc_classes = v.c from unnest(${keys}::bigint[], ${keys.map((k) => values.get(k) ?? null)}::text[]) as v(id, c)
        where s.id = v.id`.execute(db);
    } else {
      const byValue = new Map<string, number[]>();
      for (const [id, v] of values) if (v !== null) byValue.set(v, [...(byValue.get(v) ?? []), id]);
      for (const [v, part] of byValue) await trx.updateTable('patent_search_facts').set({ ipc_classes: v }).where('id', 'in', part).execute();
    }
    last = ids[ids.length - 1] as number;
    progress.update((done += ids.length));
  }
  progress.end();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('patent_search_facts').dropColumn('ipc_classes').execute();
}
