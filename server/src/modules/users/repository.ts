import type { Insertable, Updateable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { UserTable } from '../../db/schema.js';
import { regionCondition } from '../../platform/jurisdiction.js';
import { containsText } from '../../platform/text-match-sql.js';

export interface UserFilter {
  withinRegion?: string;
  orgId?: number;
  role?: string;
  q?: string;
}

function filtered(db: Executor, f: UserFilter) {
  let q = db.selectFrom('users as u').innerJoin('organisations as o', 'o.id', 'u.org_id');
  if (f.withinRegion) q = q.where(regionCondition('o.region_code', f.withinRegion));
  if (f.orgId !== undefined) q = q.where('u.org_id', '=', f.orgId);
  if (f.role) q = q.where('u.role', '=', f.role);
  if (f.q) q = q.where((eb) => eb.or([containsText('u.username', f.q ?? ''), containsText('u.display_name', f.q ?? '')]));
  return q;
}

const USER_COLUMNS = [
  'u.id',
  'u.username',
  'u.display_name',
  'u.role',
  'u.org_id',
  'o.name as org_name',
  'o.kind as org_kind',
  'o.region_code',
  'u.phone',
  'u.status',
  'u.locked_until',
  'u.last_login_at',
  'u.is_demo',
  'u.created_at',
] as const;

export async function findUsers(db: Executor, f: UserFilter, page: number, pageSize: number) {
  const [items, count] = await Promise.all([
    filtered(db, f)
      .select(USER_COLUMNS)
      .orderBy('u.id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    filtered(db, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}

export async function findUser(db: Executor, id: number) {
  return db.selectFrom('users as u').innerJoin('organisations as o', 'o.id', 'u.org_id').select(USER_COLUMNS).where('u.id', '=', id).executeTakeFirst();
}

export async function findUserIdByUsername(db: Executor, username: string) {
  return db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
}

export async function insertUser(db: Executor, row: Insertable<UserTable>): Promise<number> {
  const r = await db.insertInto('users').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

export async function updateUser(db: Executor, id: number, patch: Updateable<UserTable>) {
  await db.updateTable('users').set(patch).where('id', '=', id).execute();
}

/** Users holding one of `roles` in organisations whose region covers `regionCode` (reviewers to notify). */
export async function findUsersCovering(db: Executor, regionAncestors: string[], roles: string[]) {
  if (regionAncestors.length === 0) return [];
  return db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.org_id')
    .select(['u.id', 'o.region_code'])
    .where('o.region_code', 'in', regionAncestors)
    .where('u.role', 'in', roles)
    .where('u.status', '=', 'active')
    .where('o.status', '=', 'active')
    .execute();
}
