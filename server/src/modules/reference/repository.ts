import type { Executor } from '../../db/database.js';

/** IPC titles of the given codes. */
export async function findIpcTitleRows(db: Executor, codes: readonly string[]) {
  if (codes.length === 0) return [];
  return db
    .selectFrom('ipc_titles')
    .select(['code', 'level', 'title'])
    .where('code', 'in', [...codes])
    .execute();
}

/** Rows in a reference table (to skip a load that has been done). */
export async function countReferenceRows(db: Executor, table: 'ipc_titles' | 'nice_classes'): Promise<number> {
  const r = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
