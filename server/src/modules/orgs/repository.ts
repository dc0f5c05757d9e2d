import type { Executor } from '../../db/database.js';
import type { OrganisationTable } from '../../db/schema.js';
import type { Insertable, Updateable } from 'kysely';
import { regionCondition } from '../../platform/jurisdiction.js';
import { containsText } from '../../platform/text-match-sql.js';

export interface OrgFilter {
  /** Jurisdiction root: only organisations at or below this region. */
  withinRegion?: string;
  /** Only this organisation (own-org actors). */
  orgId?: number;
  kind?: string;
  status?: string;
  q?: string;
}

function filtered(db: Executor, f: OrgFilter) {
  let q = db.selectFrom('organisations as o').innerJoin('regions as r', 'r.code', 'o.region_code');
  if (f.withinRegion) q = q.where(regionCondition('o.region_code', f.withinRegion));
  if (f.orgId !== undefined) q = q.where('o.id', '=', f.orgId);
  if (f.kind) q = q.where('o.kind', '=', f.kind);
  if (f.status) q = q.where('o.status', '=', f.status);
  if (f.q) q = q.where((eb) => eb.or([containsText('o.name', f.q ?? ''), eb('o.credit_code', '=', f.q ?? '')]));
  return q;
}

const ORG_COLUMNS = [
  'o.id',
  'o.kind',
  'o.name',
  'o.credit_code',
  'o.region_code',
  'o.status',
  'o.is_demo',
  'o.created_at',
  'o.updated_at',
  'r.full_name as region_name',
] as const;

/** A page of organisations matching the filter, newest first, with the total. */
export async function findOrgs(db: Executor, f: OrgFilter, page: number, pageSize: number) {
  const [items, count] = await Promise.all([
    filtered(db, f)
      .select(ORG_COLUMNS)
      .orderBy('o.id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    filtered(db, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}

export async function findOrg(db: Executor, id: number) {
  return db.selectFrom('organisations as o').innerJoin('regions as r', 'r.code', 'o.region_code').select(ORG_COLUMNS).where('o.id', '=', id).executeTakeFirst();
}

export async function findOrgByCreditCode(db: Executor, creditCode: string) {
  return db.selectFrom('organisations').select(['id', 'name', 'status']).where('credit_code', '=', creditCode).executeTakeFirst();
}

export async function insertOrg(db: Executor, row: Insertable<OrganisationTable>): Promise<number> {
  const r = await db.insertInto('organisations').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

export async function updateOrg(db: Executor, id: number, patch: Updateable<OrganisationTable>) {
  await db.updateTable('organisations').set(patch).where('id', '=', id).execute();
}

/** Ends every session of the organisation's users. */
export async function deleteOrgSessions(db: Executor, orgId: number): Promise<void> {
  await db
    .deleteFrom('sessions')
    .where('user_id', 'in', db.selectFrom('users').select('id').where('org_id', '=', orgId))
    .execute();
}
