import { sql } from 'kysely';
import type { Actor } from '../../platform/actor.js';
import { accessCondition, regionCondition } from '../../platform/jurisdiction.js';
import type { Dialect, Executor } from '../../db/database.js';
import { insertRows, upsertRowsReturning, type BulkRow } from '../../db/bulk-insert.js';
import type { Insertable, Selectable } from 'kysely';
import type { ScreeningFlagTable } from '../../db/schema.js';

/** The facts of a patent the screening reads. */
export interface ScreenedPatent {
  id: number;
  app_no: string;
  title: string;
  abstract: string | null;
  first_claim: string | null;
  applicants: string;
  address: string | null;
  region_code: string | null;
  app_date: string | null;
}

const patentColumns = ['id', 'app_no', 'title', 'abstract', 'first_claim', 'applicants', 'address', 'region_code', 'app_date'] as const;

/** The next `limit` patents after `afterId`, in id order (the full screening reads the registry in pages). */
export async function findPatentPage(db: Executor, afterId: number, limit: number): Promise<ScreenedPatent[]> {
  const rows = await db.selectFrom('patents').select(patentColumns).where('id', '>', afterId).orderBy('id').limit(limit).execute();
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

/** The patents of the given ids. */
export async function findPatentsByIds(db: Executor, ids: readonly number[]): Promise<ScreenedPatent[]> {
  const out: ScreenedPatent[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('patents')
      .select(patentColumns)
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
    out.push(...rows.map((r) => ({ ...r, id: Number(r.id) })));
  }
  return out;
}

/** Every patent of these applicant lists (JSON text as stored) or at these addresses (the incremental signals). */
export async function findPatentsOfApplicantsOrAddresses(db: Executor, applicants: readonly string[], addresses: readonly string[]): Promise<ScreenedPatent[]> {
  const out = new Map<number, ScreenedPatent>();
  for (let i = 0; i < applicants.length; i += 200) {
    for (const r of await db
      .selectFrom('patents')
      .select(patentColumns)
      .where('applicants', 'in', applicants.slice(i, i + 200))
      .execute())
      out.set(Number(r.id), { ...r, id: Number(r.id) });
  }
  for (let i = 0; i < addresses.length; i += 200) {
    for (const r of await db
      .selectFrom('patents')
      .select(patentColumns)
      .where('address', 'in', addresses.slice(i, i + 200))
      .execute())
      out.set(Number(r.id), { ...r, id: Number(r.id) });
  }
  return [...out.values()];
}

/** Registered transfers with the patent's filing date, original applicants and current holders (all, or those of these applicant lists). */
export async function findTransfers(db: Executor, applicants?: readonly string[]) {
  const q = () =>
    db
      .selectFrom('patent_events as e')
      .innerJoin('patents as p', 'p.id', 'e.patent_id')
      .select(['p.id', 'p.app_no', 'p.title', 'p.app_date', 'p.applicants', 'p.holders', 'p.region_code', 'e.event_date'])
      .where('e.kind', '=', 'transfer');
  const out = [];
  if (!applicants) out.push(...(await q().execute()));
  else
    for (let i = 0; i < applicants.length; i += 200)
      out.push(
        ...(await q()
          .where('p.applicants', 'in', applicants.slice(i, i + 200))
          .execute()),
      );
  return out.map((r) => ({ ...r, id: Number(r.id) }));
}

/** Organisations on the platform named as applicants of these patents (patent_id → org id). */
export async function findApplicantOrgs(db: Executor, patentIds: readonly number[]): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  for (let i = 0; i < patentIds.length; i += 500) {
    const rows = await db
      .selectFrom('patent_parties')
      .select(['patent_id', 'org_id'])
      .where('patent_id', 'in', patentIds.slice(i, i + 500))
      .where('role', '=', 'applicant')
      .where('org_id', 'is not', null)
      .orderBy('seq')
      .execute();
    for (const r of rows) if (r.org_id !== null && !out.has(Number(r.patent_id))) out.set(Number(r.patent_id), Number(r.org_id));
  }
  return out;
}

// —— Signatures and the queue ——

export async function deleteAllSignatures(db: Executor): Promise<void> {
  await db.deleteFrom('screening_signatures').execute();
}

/** Stores LSH band hashes (replacing a patent's earlier ones). */
export async function upsertSignatures(db: Executor, dialect: Dialect, rows: readonly { patent_id: number; bands: string }[]): Promise<void> {
  if (rows.length === 0) return;
  await insertRows(db, dialect, 'screening_signatures', rows as unknown as BulkRow[], { kind: 'update', key: ['patent_id'], set: ['bands'] });
}

/** Every stored signature's band hashes, in pages (the incremental probe's index). */
export async function findSignaturePage(db: Executor, afterId: number, limit: number) {
  return (
    await db.selectFrom('screening_signatures').select(['patent_id', 'bands']).where('patent_id', '>', afterId).orderBy('patent_id').limit(limit).execute()
  ).map((r) => ({ patentId: Number(r.patent_id), bands: r.bands }));
}

export async function countSignatures(db: Executor): Promise<number> {
  const r = await db
    .selectFrom('screening_signatures')
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

/** Queues patents just written for the next incremental screening (called by the patent write hook). */
export async function enqueuePatents(db: Executor, dialect: Dialect, ids: readonly number[]): Promise<void> {
  await insertRows(
    db,
    dialect,
    'screening_queue',
    ids.map((patent_id) => ({ patent_id })),
    { kind: 'nothing' },
  );
}

export async function findQueued(db: Executor): Promise<number[]> {
  return (await db.selectFrom('screening_queue').select('patent_id').orderBy('patent_id').execute()).map((r) => Number(r.patent_id));
}

export async function dequeue(db: Executor, ids: readonly number[] | 'all'): Promise<void> {
  if (ids === 'all') {
    await db.deleteFrom('screening_queue').execute();
    return;
  }
  for (let i = 0; i < ids.length; i += 500)
    await db
      .deleteFrom('screening_queue')
      .where('patent_id', 'in', ids.slice(i, i + 500))
      .execute();
}

// —— Flags and runs ——

export type FlagRow = Selectable<ScreeningFlagTable>;
export type NewFlag = Omit<Insertable<ScreeningFlagTable>, 'id'>;

/** Inserts flags not raised before (one per key: a decided flag is never raised again); returns how many are new. */
export async function insertFlags(db: Executor, dialect: Dialect, rows: readonly NewFlag[]): Promise<number> {
  if (rows.length === 0) return 0;
  const written = await upsertRowsReturning(db, dialect, 'screening_flags', rows as unknown as BulkRow[], { kind: 'nothing' }, ['id']);
  return written.length;
}

export async function findFlag(db: Executor, id: number): Promise<FlagRow | undefined> {
  return db.selectFrom('screening_flags').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findFlagsPage(
  db: Executor,
  actor: Actor,
  q: { status?: string; signal?: string; region?: string; page: number; pageSize: number },
): Promise<{ rows: FlagRow[]; total: number }> {
  let base = db.selectFrom('screening_flags').where(accessCondition(actor, { region: 'region_code', owner: 'org_id' }));
  if (q.status) base = base.where('status', '=', q.status);
  if (q.signal) base = base.where('signal', '=', q.signal);
  if (q.region) base = base.where(regionCondition('region_code', q.region));
  const total = Number((await base.select(sql<number>`count(*)`.as('n')).executeTakeFirst())?.n ?? 0);
  const rows = await base
    .selectAll()
    .orderBy('score', 'desc')
    .orderBy('id', 'desc')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { rows, total };
}

export async function updateFlag(
  db: Executor,
  id: number,
  set: Partial<Pick<FlagRow, 'status' | 'decision_reason' | 'decided_by' | 'decided_at' | 'credit_listing_id' | 'updated_at'>>,
) {
  await db.updateTable('screening_flags').set(set).where('id', '=', id).execute();
}

export async function insertRun(
  db: Executor,
  r: { mode: string; patents: number; candidate_pairs: number; new_flags: number; seconds: number; finished_at: string },
) {
  const row = await db.insertInto('screening_runs').values(r).returning('id').executeTakeFirstOrThrow();
  return Number(row.id);
}

/** Open flags per region below a root (the indicator). */
export async function countFlags(db: Executor, rootCode: string, start: string, end: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('screening_flags')
    .select(['region_code', sql<number>`count(*)`.as('n')])
    .where(regionCondition('region_code', rootCode))
    .where('status', '=', 'confirmed')
    .where('decided_at', '>=', start)
    .where('decided_at', '<', `${end}T99`)
    .groupBy('region_code')
    .execute();
  return new Map(rows.map((r) => [r.region_code, Number(r.n)]));
}

export async function countPatents(db: Executor): Promise<number> {
  const r = await db
    .selectFrom('patents')
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}
