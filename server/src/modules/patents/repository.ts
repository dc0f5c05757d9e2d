import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import { inForceCondition, patentDateColumns } from './in-force-sql.js';

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

/** Whole patent rows for a batch of ids, in id order. */
export async function findPatentsByIds(db: Executor, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('patents')
    .selectAll()
    .where('id', 'in', [...ids])
    .orderBy('id')
    .execute();
}

/** What an enterprise holds in the registry today: patents by type (total, in force on `today`), trademarks, GI authorisations, its name. */
export async function findCreationFacts(db: Executor, orgId: number, today: string) {
  const effective = sql<number>`case when ${inForceCondition(patentDateColumns('p'), today)} then 1 else 0 end`;
  const [patents, trademarks, gis, org] = await Promise.all([
    db
      .selectFrom('patent_parties as pp')
      .innerJoin('patents as p', 'p.id', 'pp.patent_id')
      .select(['p.kind', sql<number>`count(distinct p.id)`.as('total'), sql<number>`sum(${effective})`.as('effective')])
      .where('pp.org_id', '=', orgId)
      .where('pp.role', '=', 'holder')
      .groupBy('p.kind')
      .execute(),
    db
      .selectFrom('trademarks')
      .select(sql<number>`count(*)`.as('n'))
      .where('owner_org_id', '=', orgId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('gi_authorised_users')
      .select(sql<number>`count(*)`.as('n'))
      .where('org_id', '=', orgId)
      .executeTakeFirstOrThrow(),
    db.selectFrom('organisations').select('name').where('id', '=', orgId).executeTakeFirst(),
  ]);
  return { patents, trademarks, gis, org };
}
