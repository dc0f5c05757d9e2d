import { sql, type Expression, type SqlBool } from 'kysely';
import type { PartyRole } from '@zhichan/contract';
import type { Executor } from '../db/database.js';

/** A record as the parties machinery names it: its type (the audit entity type) and id. */
export interface RecordRef {
  type: string;
  id: number;
}

/** An organisation with a standing part on a record (当事方). */
export interface Party {
  id: number;
  orgId: number;
  role: PartyRole;
  since: string;
}

/** The parties of a record whose access stands (owner excluded: it is on the record itself). */
export async function findActiveParties(db: Executor, ref: RecordRef): Promise<Party[]> {
  const rows = await db
    .selectFrom('record_parties')
    .select(['id', 'org_id', 'role', 'since'])
    .where('record_type', '=', ref.type)
    .where('record_id', '=', ref.id)
    .where('ended_at', 'is', null)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: Number(r.id), orgId: Number(r.org_id), role: r.role as PartyRole, since: r.since }));
}

/** Inserts a party row (inside the caller's transaction). */
export async function insertParty(trx: Executor, ref: RecordRef, orgId: number, role: PartyRole, since: string): Promise<number> {
  const r = await trx
    .insertInto('record_parties')
    .values({ record_type: ref.type, record_id: ref.id, org_id: orgId, role, since, ended_at: null, ended_by: null, end_reason: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(r.id);
}

/** Ends the standing party rows of an organisation on a record (one role, or all); returns how many ended. */
export async function closeParty(
  trx: Executor,
  ref: RecordRef,
  orgId: number,
  role: PartyRole | null,
  end: { at: string; by: number | null; reason: string },
): Promise<number> {
  let q = trx
    .updateTable('record_parties')
    .set({ ended_at: end.at, ended_by: end.by, end_reason: end.reason })
    .where('record_type', '=', ref.type)
    .where('record_id', '=', ref.id)
    .where('org_id', '=', orgId)
    .where('ended_at', 'is', null);
  if (role !== null) q = q.where('role', '=', role);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/**
 * SQL condition: the organisation is a standing party of the record in `idColumn` (of `recordType`),
 * optionally in one of `roles`. The list twin of the party half of `canAccess`.
 */
export function partyCondition(recordType: string, idColumn: string, orgId: number, roles?: readonly PartyRole[]): Expression<SqlBool> {
  const roleClause = roles && roles.length > 0 ? sql`and rp.role in (${sql.join(roles.map((r) => sql`${r}`))})` : sql``;
  return sql<SqlBool>`exists (select 1 from record_parties rp where rp.record_type = ${recordType} and rp.record_id = ${sql.ref(idColumn)}
    and rp.org_id = ${orgId} and rp.ended_at is null ${roleClause})`;
}
