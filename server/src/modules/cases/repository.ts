import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { ComplaintTable, PenaltyCaseTable } from '../../db/schema.js';
import { regionCondition } from '../../platform/jurisdiction.js';

export type ComplaintRow = Selectable<ComplaintTable>;
export type PenaltyRow = Selectable<PenaltyCaseTable>;

/** Inserts a complaint; returns its id. */
export async function insertComplaint(trx: Executor, row: Insertable<ComplaintTable>): Promise<number> {
  const r = await trx.insertInto('complaints').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

export async function findComplaint(db: Executor, id: number): Promise<ComplaintRow | undefined> {
  return db.selectFrom('complaints').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findComplaintByCode(db: Executor, code: string): Promise<ComplaintRow | undefined> {
  return db.selectFrom('complaints').selectAll().where('tracking_code', '=', code).executeTakeFirst();
}

export async function updateComplaint(trx: Executor, id: number, set: Updateable<ComplaintTable>): Promise<void> {
  await trx.updateTable('complaints').set(set).where('id', '=', id).execute();
}

export interface ComplaintFilter {
  region: string;
  status?: string;
  kind?: string;
  submitterOrgId?: number;
}

/** A page of complaints in a region (or of one submitter), newest first. */
export async function listComplaints(db: Executor, f: ComplaintFilter, page: number, pageSize: number) {
  let q = db.selectFrom('complaints').where(regionCondition('region_code', f.region));
  if (f.status) q = q.where('status', '=', f.status);
  if (f.kind) q = q.where('kind', '=', f.kind);
  if (f.submitterOrgId !== undefined) q = q.where('submitter_org_id', '=', f.submitterOrgId);
  const [rows, total] = await Promise.all([
    q
      .selectAll()
      .orderBy('submitted_at', 'desc')
      .orderBy('id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** Complaints a submitter organisation made, newest first. */
export async function listSubmitterComplaints(db: Executor, orgId: number, page: number, pageSize: number) {
  const q = db.selectFrom('complaints').where('submitter_org_id', '=', orgId);
  const [rows, total] = await Promise.all([
    q
      .selectAll()
      .orderBy('submitted_at', 'desc')
      .orderBy('id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** Inserts a penalty case under a temporary number, then numbers it from its id (平台案件号 AP-2026-000123). */
export async function insertPenaltyCase(trx: Executor, row: Omit<Insertable<PenaltyCaseTable>, 'case_no'>, year: string): Promise<number> {
  const r = await trx
    .insertInto('penalty_cases')
    .values({ ...row, case_no: `tmp-${Math.random().toString(36).slice(2)}` })
    .returning('id')
    .executeTakeFirstOrThrow();
  const id = Number(r.id);
  await trx
    .updateTable('penalty_cases')
    .set({ case_no: `AP-${year}-${String(id).padStart(6, '0')}` })
    .where('id', '=', id)
    .execute();
  return id;
}

export async function findPenaltyCase(db: Executor, id: number): Promise<PenaltyRow | undefined> {
  return db.selectFrom('penalty_cases').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updatePenaltyCase(trx: Executor, id: number, set: Updateable<PenaltyCaseTable>): Promise<void> {
  await trx.updateTable('penalty_cases').set(set).where('id', '=', id).execute();
}

export interface PenaltyFilter {
  region: string;
  status?: string;
  kind?: string;
  q?: string;
  overdueOn?: string;
}

/**
 * The case desk's page: cases in a region with filters, each with its running clock's due date (the earliest
 * running record clock), newest first. One query for the page, one for the count.
 */
export async function listPenaltyCases(db: Executor, f: PenaltyFilter, page: number, pageSize: number) {
  const clock = db
    .selectFrom('record_clocks')
    .select(['record_id', sql<string | null>`min(due_on)`.as('due_on'), sql<string | null>`max(paused_on)`.as('paused_on')])
    .where('record_type', '=', 'penalty_case')
    .where('stopped_on', 'is', null)
    .groupBy('record_id');
  let q = db.selectFrom('penalty_cases as c').leftJoin(clock.as('k'), 'k.record_id', 'c.id').where(regionCondition('c.region_code', f.region));
  if (f.status) q = q.where('c.status', '=', f.status);
  if (f.kind) q = q.where('c.kind', '=', f.kind);
  if (f.q) {
    const like = `%${f.q}%`;
    q = q.where((eb) => eb.or([eb('c.title', 'like', like), eb('c.respondent_name', 'like', like), eb('c.case_no', 'like', like)]));
  }
  if (f.overdueOn) q = q.where('k.due_on', '<', f.overdueOn);
  const [rows, total] = await Promise.all([
    q
      .select([
        'c.id',
        'c.case_no',
        'c.kind',
        'c.status',
        'c.title',
        'c.respondent_name',
        'c.region_code',
        'c.clue_on',
        'c.opened_on',
        'c.fine',
        'k.due_on',
        'k.paused_on',
      ])
      .orderBy('c.id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** Penalty decisions against a respondent (same name) on or after `since`: a repeat offence within 5 years. */
export async function countEarlierDecisions(
  db: Executor,
  respondent: { creditCode: string | null; key: string },
  since: string,
  exceptId: number,
): Promise<number> {
  const r = await db
    .selectFrom('penalty_cases')
    .select((eb) => eb.fn.countAll().as('n'))
    .where((eb) =>
      respondent.creditCode !== null
        ? eb.or([
            eb('respondent_credit_code', '=', respondent.creditCode),
            eb.and([eb('respondent_credit_code', 'is', null), eb('respondent_key', '=', respondent.key)]),
          ])
        : eb('respondent_key', '=', respondent.key),
    )
    .where('decision_on', '>=', since)
    .where('id', '!=', exceptId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** An organisation's unified social credit code, if it has one. */
export async function findOrgCreditCode(db: Executor, orgId: number): Promise<string | null> {
  const r = await db.selectFrom('organisations').select('credit_code').where('id', '=', orgId).executeTakeFirst();
  return r?.credit_code ?? null;
}

/** The organisation's kind, if it exists. */
export async function findOrgKind(db: Executor, orgId: number): Promise<string | undefined> {
  const r = await db.selectFrom('organisations').select('kind').where('id', '=', orgId).executeTakeFirst();
  return r?.kind;
}

/** Case counts and figures for the statistics panel: one query each, in a region and year. */
export async function penaltyStatsRows(db: Executor, region: string, from: string, to: string) {
  return db
    .selectFrom('penalty_cases')
    .select(['kind', 'region_code', 'clue_on', 'opened_on', 'decision_on', 'fine', 'id'])
    .where(regionCondition('region_code', region))
    .where((eb) => eb.or([eb.and([eb('clue_on', '>=', from), eb('clue_on', '<=', to)]), eb.and([eb('decision_on', '>=', from), eb('decision_on', '<=', to)])]))
    .execute();
}

export async function complaintCounts(db: Executor, region: string, from: string, to: string) {
  return db
    .selectFrom('complaints')
    .select(['kind', (eb) => eb.fn.countAll().as('n')])
    .where(regionCondition('region_code', region))
    .where('submitted_at', '>=', from)
    .where('submitted_at', '<=', `${to}T23:59:59.999Z`)
    .groupBy('kind')
    .execute();
}
