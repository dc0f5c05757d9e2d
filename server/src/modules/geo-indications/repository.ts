import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { GeoIndicationTable, GiAuthorisedUserTable } from '../../db/schema.js';
import { regionCondition } from '../../platform/jurisdiction.js';

const COLUMNS = [
  'g.id',
  'g.kind',
  'g.name',
  'g.reg_no',
  'g.region_code',
  'r.full_name as region_name',
  'g.holder_name',
  'g.approved_on',
  'g.status',
  'g.notes',
  'g.is_demo',
] as const;

function base(db: Executor, f: { regionCode?: string; kind?: string }) {
  let q = db.selectFrom('geo_indications as g').innerJoin('regions as r', 'r.code', 'g.region_code');
  if (f.regionCode) q = q.where(regionCondition('g.region_code', f.regionCode));
  if (f.kind) q = q.where('g.kind', '=', f.kind);
  return q;
}

export async function findGis(db: Executor, f: { regionCode?: string; kind?: string }, page: number, pageSize: number) {
  const [items, count] = await Promise.all([
    base(db, f)
      .select(COLUMNS)
      .select((eb) => eb.selectFrom('gi_authorised_users as u').select(eb.fn.countAll<number>().as('n')).whereRef('u.gi_id', '=', 'g.id').as('user_count'))
      .orderBy('g.id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    base(db, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}

export async function findGi(db: Executor, id: number) {
  return base(db, {}).select(COLUMNS).where('g.id', '=', id).executeTakeFirst();
}

export async function findGiUsers(db: Executor, giId: number) {
  return db.selectFrom('gi_authorised_users').selectAll().where('gi_id', '=', giId).orderBy('id').execute();
}

export async function insertGi(db: Executor, row: Insertable<GeoIndicationTable>): Promise<number> {
  return Number((await db.insertInto('geo_indications').values(row).returning('id').executeTakeFirstOrThrow()).id);
}

export async function insertGiUser(db: Executor, row: Insertable<GiAuthorisedUserTable>): Promise<number> {
  return Number((await db.insertInto('gi_authorised_users').values(row).returning('id').executeTakeFirstOrThrow()).id);
}

/** An organisation with this credit code, to link an authorised user to its enterprise profile. */
export async function findOrgIdByCreditCode(db: Executor, creditCode: string) {
  return (await db.selectFrom('organisations').select('id').where('credit_code', '=', creditCode).executeTakeFirst())?.id ?? null;
}
