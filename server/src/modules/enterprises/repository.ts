import type { Insertable, Updateable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { EnterpriseContactTable, EnterpriseProfileTable } from '../../db/schema.js';
import { regionCondition } from '../../platform/jurisdiction.js';
import { containsText } from '../../platform/text-match-sql.js';

export interface EnterpriseFilter {
  withinRegion?: string;
  orgId?: number;
  status?: string;
  tag?: string;
  q?: string;
}

function filtered(db: Executor, f: EnterpriseFilter) {
  let q = db.selectFrom('organisations as o').innerJoin('enterprise_profiles as p', 'p.org_id', 'o.id').innerJoin('regions as r', 'r.code', 'o.region_code');
  if (f.withinRegion) q = q.where(regionCondition('o.region_code', f.withinRegion));
  if (f.orgId !== undefined) q = q.where('o.id', '=', f.orgId);
  if (f.status) q = q.where('o.status', '=', f.status);
  // Tags are a JSON array of fixed words; a quoted containment test matches exactly one tag.
  if (f.tag) q = q.where(containsText('p.tags', `"${f.tag}"`));
  if (f.q) q = q.where((eb) => eb.or([containsText('o.name', f.q ?? ''), eb('o.credit_code', '=', (f.q ?? '').toUpperCase())]));
  return q;
}

const COLUMNS = [
  'o.id',
  'o.name',
  'o.credit_code',
  'o.region_code',
  'r.full_name as region_name',
  'o.status',
  'o.is_demo',
  'o.created_at',
  'p.industry',
  'p.tags',
  'p.legal_representative',
  'p.address',
  'p.registered_capital',
  'p.established_on',
  'p.submitted_at',
  'p.reviewed_at',
  'p.reviewed_by',
  'p.reject_reason',
  'p.submitted_by',
] as const;

/** First contact phone of each enterprise, for the list view. */
async function firstPhones(db: Executor, orgIds: number[]) {
  if (orgIds.length === 0) return new Map<number, string | null>();
  const rows = await db.selectFrom('enterprise_contacts').select(['org_id', 'phone']).where('org_id', 'in', orgIds).orderBy('id').execute();
  const m = new Map<number, string | null>();
  for (const r of rows) if (!m.has(r.org_id)) m.set(r.org_id, r.phone);
  return m;
}

export async function findEnterprises(db: Executor, f: EnterpriseFilter, page: number, pageSize: number) {
  const [rows, count] = await Promise.all([
    filtered(db, f)
      .select(COLUMNS)
      .orderBy('o.id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    filtered(db, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  const phones = await firstPhones(
    db,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => ({ ...r, contact_phone: phones.get(r.id) ?? null })), total: Number(count.n) };
}

export async function findEnterprise(db: Executor, orgId: number) {
  const row = await filtered(db, { orgId })
    .select(COLUMNS)
    .select((eb) => eb.selectFrom('users').select('display_name').whereRef('users.id', '=', 'p.reviewed_by').as('reviewer_name'))
    .executeTakeFirst();
  if (!row) return undefined;
  const phones = await firstPhones(db, [orgId]);
  return { ...row, contact_phone: phones.get(orgId) ?? null };
}

export async function findContacts(db: Executor, orgId: number) {
  return db.selectFrom('enterprise_contacts').selectAll().where('org_id', '=', orgId).orderBy('id').execute();
}

export async function insertProfile(db: Executor, row: Insertable<EnterpriseProfileTable>) {
  await db.insertInto('enterprise_profiles').values(row).execute();
}

export async function updateProfile(db: Executor, orgId: number, patch: Updateable<EnterpriseProfileTable>) {
  await db.updateTable('enterprise_profiles').set(patch).where('org_id', '=', orgId).execute();
}

/** Replaces the contact list of an enterprise. */
export async function replaceContacts(db: Executor, orgId: number, contacts: Omit<Insertable<EnterpriseContactTable>, 'org_id'>[]) {
  await db.deleteFrom('enterprise_contacts').where('org_id', '=', orgId).execute();
  if (contacts.length > 0)
    await db
      .insertInto('enterprise_contacts')
      .values(contacts.map((c) => ({ ...c, org_id: orgId })))
      .execute();
}

/** Users of an enterprise (to notify them of review decisions). */
export async function findEnterpriseUserIds(db: Executor, orgId: number): Promise<number[]> {
  const rows = await db.selectFrom('users').select('id').where('org_id', '=', orgId).execute();
  return rows.map((r) => r.id);
}

/** Marks the enterprise's organisation row as changed. */
export async function touchOrganisation(db: Executor, orgId: number, at: string): Promise<void> {
  await db.updateTable('organisations').set({ updated_at: at }).where('id', '=', orgId).execute();
}
