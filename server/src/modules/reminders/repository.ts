import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import { highValueTerms } from '../high-value/api.js';
import { inForceCondition, patentDateColumns } from '../patents/api.js';
import { regionCondition } from '../../platform/jurisdiction.js';

/** The annual-fee table (a setting kept as data). */
export async function findFeeSchedule(db: Executor) {
  return db
    .selectFrom('annual_fee_schedule')
    .select(['kind', 'from_year', 'to_year', 'fee_yuan', 'source', 'verified'])
    .orderBy('kind')
    .orderBy('from_year')
    .execute();
}

const heldColumns = ['p.id', 'p.app_no', 'p.title', 'p.kind', 'p.app_date', 'p.grant_date', 'p.source_status', 'p.region_code'] as const;

/** Patents an organisation holds (专利权人) that are in force on `today`. */
export async function findHeldPatentsInForce(db: Executor, orgId: number, today: string) {
  return db
    .selectFrom('patent_parties as pp')
    .innerJoin('patents as p', 'p.id', 'pp.patent_id')
    .select([...heldColumns])
    .where('pp.role', '=', 'holder')
    .where('pp.org_id', '=', orgId)
    .where(inForceCondition(patentDateColumns('p'), today))
    .distinct()
    .orderBy('p.id')
    .execute();
}

/** Every enterprise-held patent in force on `today`, with its holder organisation (the sweep's input). */
export async function findAllHeldPatentsInForce(db: Executor, today: string) {
  return db
    .selectFrom('patent_parties as pp')
    .innerJoin('patents as p', 'p.id', 'pp.patent_id')
    .innerJoin('organisations as o', 'o.id', 'pp.org_id')
    .select([...heldColumns, 'pp.org_id', 'o.region_code as org_region'])
    .where('pp.role', '=', 'holder')
    .where('o.kind', '=', 'enterprise')
    .where('o.status', '=', 'active')
    .where(inForceCondition(patentDateColumns('p'), today))
    .orderBy('p.id')
    .execute();
}

// The registry's legal-status texts that say an annual fee is unpaid (open-licensing/eligibility.ts `annualFeesOverdue`).
const overdueTexts = ['%未缴年费%', '%年费滞纳%', '%欠缴年费%', '%滞纳金%'];

/**
 * High-value patents (the five criteria, `highValueTerms`) of a jurisdiction, in force on `today`, whose registry
 * status says an annual fee is unpaid; with whether a holder has an account here.
 */
export async function findLapseCandidates(db: Executor, regionCode: string, today: string, tenYearsBefore: string) {
  const { any } = highValueTerms(today, tenYearsBefore);
  return db
    .selectFrom('patents as p')
    .leftJoin('patent_value_facts as f', 'f.patent_id', 'p.id')
    .select([
      'p.id',
      'p.app_no',
      'p.title',
      'p.kind',
      'p.app_date',
      'p.grant_date',
      'p.holders',
      'p.region_code',
      sql<number>`(select count(*) from patent_parties pp where pp.patent_id = p.id and pp.role = 'holder' and pp.org_id is not null)`.as('holder_orgs'),
    ])
    .where(regionCondition('p.region_code', regionCode))
    .where(inForceCondition(patentDateColumns('p'), today))
    .where((eb) => eb.or(overdueTexts.map((t) => eb('p.source_status', 'like', t))))
    .where(sql<boolean>`${any} = 1`)
    .orderBy('p.id')
    .execute();
}

/** One patent as the lapse reminder reads it (region and status checked by the service). */
export async function findPatentForLapse(db: Executor, patentId: number) {
  return db
    .selectFrom('patents')
    .select(['id', 'app_no', 'title', 'kind', 'app_date', 'grant_date', 'expires_on', 'terminated_on', 'source_status', 'region_code'])
    .where('id', '=', patentId)
    .executeTakeFirst();
}

/** Whether the patent is high-value on `today` (the five criteria). */
export async function isHighValue(db: Executor, patentId: number, today: string, tenYearsBefore: string): Promise<boolean> {
  const { any } = highValueTerms(today, tenYearsBefore);
  const r = await db
    .selectFrom('patents as p')
    .leftJoin('patent_value_facts as f', 'f.patent_id', 'p.id')
    .select(any.as('hv'))
    .where('p.id', '=', patentId)
    .executeTakeFirst();
  return Number(r?.hv ?? 0) === 1;
}

/** Holder organisations (with accounts) of a patent. */
export async function findHolderOrgIds(db: Executor, patentId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('patent_parties')
    .select('org_id')
    .where('patent_id', '=', patentId)
    .where('role', '=', 'holder')
    .where('org_id', 'is not', null)
    .execute();
  return [...new Set(rows.map((r) => Number(r.org_id)))];
}

/** Active users of the given organisations. */
export async function findUsersOfOrgs(db: Executor, orgIds: readonly number[]): Promise<number[]> {
  if (orgIds.length === 0) return [];
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('org_id', 'in', [...orgIds])
    .where('status', '=', 'active')
    .execute();
  return rows.map((r) => Number(r.id));
}

/** The newest lapse reminder per patent. */
export async function findLastLapseReminders(db: Executor, patentIds: readonly number[]): Promise<Map<number, string>> {
  if (patentIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('lapse_reminders')
    .select(['patent_id', sql<string>`max(sent_at)`.as('at')])
    .where('patent_id', 'in', [...patentIds])
    .groupBy('patent_id')
    .execute();
  return new Map(rows.map((r) => [Number(r.patent_id), r.at]));
}

export async function insertLapseReminder(
  trx: Executor,
  row: { patent_id: number; fee_year: number; sender_org_id: number; sent_by: number; note: string; recipients: number; sent_at: string },
): Promise<number> {
  const r = await trx.insertInto('lapse_reminders').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

/** Open reminder items (one per fee year, pledge or licence) of every enterprise, or of one. */
export async function findOpenReminderItems(db: Executor, orgId?: number) {
  let q = db.selectFrom('reminder_items').selectAll().where('closed_at', 'is', null);
  if (orgId !== undefined) q = q.where('org_id', '=', orgId);
  return q.orderBy('id').execute();
}

/** A reminder item by its subject key. */
export async function findReminderItem(db: Executor, subjectKey: string) {
  return db.selectFrom('reminder_items').selectAll().where('subject_key', '=', subjectKey).executeTakeFirst();
}

export async function insertReminderItem(
  trx: Executor,
  row: {
    org_id: number;
    kind: string;
    subject_key: string;
    patent_id: number | null;
    region_code: string;
    title: string;
    due_on: string;
    stage: string;
    at: string;
  },
): Promise<number> {
  const { at, ...rest } = row;
  const r = await trx
    .insertInto('reminder_items')
    .values({ ...rest, created_at: at, updated_at: at, closed_at: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(r.id);
}

export async function updateReminderStage(trx: Executor, id: number, stage: string, at: string): Promise<void> {
  await trx.updateTable('reminder_items').set({ stage, updated_at: at, closed_at: null }).where('id', '=', id).execute();
}

export async function closeReminderItem(trx: Executor, id: number, at: string): Promise<void> {
  await trx.updateTable('reminder_items').set({ closed_at: at, updated_at: at }).where('id', '=', id).execute();
}

/** The newest digest of an enterprise. */
export async function findLatestDigest(db: Executor, orgId: number) {
  return db.selectFrom('reminder_digests').selectAll().where('org_id', '=', orgId).orderBy('week', 'desc').limit(1).executeTakeFirst();
}

/** Inserts the week's digest unless one exists (the unique key claims it); its id, or null when already there. */
export async function claimDigest(
  trx: Executor,
  row: { org_id: number; week: string; items: number; body: string; created_at: string },
): Promise<number | null> {
  const r = await trx
    .insertInto('reminder_digests')
    .values({ ...row, emailed_to: null, emailed_at: null })
    .onConflict((oc) => oc.columns(['org_id', 'week']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return r ? Number(r.id) : null;
}

export async function markDigestEmailed(db: Executor, id: number, to: string, at: string): Promise<void> {
  await db.updateTable('reminder_digests').set({ emailed_to: to, emailed_at: at }).where('id', '=', id).execute();
}

/** The enterprise's contact e-mail (its first contact that has one). */
export async function findEnterpriseEmail(db: Executor, orgId: number): Promise<string | null> {
  const r = await db
    .selectFrom('enterprise_contacts')
    .select('email')
    .where('org_id', '=', orgId)
    .where('email', 'is not', null)
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  return r?.email ?? null;
}

/** An enterprise's name, kind, status, region and profile tags. */
export async function findEnterprise(db: Executor, orgId: number) {
  return db
    .selectFrom('organisations as o')
    .leftJoin('enterprise_profiles as ep', 'ep.org_id', 'o.id')
    .select(['o.id', 'o.name', 'o.kind', 'o.status', 'o.region_code', 'o.credit_code', 'ep.tags'])
    .where('o.id', '=', orgId)
    .executeTakeFirst();
}
