import type { Executor } from '../../db/database.js';

/** One patent row. */
export async function findPatent(db: Executor, id: number) {
  return db.selectFrom('patents').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A patent's legal-status history, oldest first. */
export async function findPatentEvents(db: Executor, id: number) {
  return db
    .selectFrom('patent_events')
    .select(['id', 'event_date', 'kind', 'summary', 'details', 'source'])
    .where('patent_id', '=', id)
    .orderBy('event_date')
    .orderBy('id')
    .execute();
}

/** Current right holders with their linked organisation, in order. */
export async function findPatentHolders(db: Executor, id: number) {
  return db.selectFrom('patent_parties').select(['name', 'org_id']).where('patent_id', '=', id).where('role', '=', 'holder').orderBy('seq').execute();
}

/** Titles for IPC codes and their ancestors (H01M10/0525 → H01M10/05?, H01M10/00, H01M, H01, H). */
export async function findIpcTitles(db: Executor, codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db.selectFrom('ipc_titles').select(['code', 'title']).where('code', 'in', codes).execute();
  return new Map(rows.map((r) => [r.code, r.title]));
}
