import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Dialect, Executor } from '../../db/database.js';
import type { OpenLicenceDeclarationTable, OpenLicenceTable } from '../../db/schema.js';
import { regionCondition } from '../../platform/jurisdiction.js';
import { partyCondition } from '../../platform/parties.js';
import { compileQuery, type QueryNode, hitSource } from '../patents/api.js';

export type DeclarationRow = Selectable<OpenLicenceDeclarationTable>;

/** Declaration columns with the patent and the patentee joined, as the API presents them. */
function declarationQuery(db: Executor) {
  return db
    .selectFrom('open_licence_declarations as d')
    .innerJoin('patents as p', 'p.id', 'd.patent_id')
    .innerJoin('organisations as o', 'o.id', 'd.patentee_org_id')
    .leftJoin('regions as r', 'r.code', 'd.region_code')
    .selectAll('d')
    .select([
      'p.app_no',
      'p.title',
      'p.kind',
      'p.main_ipc',
      'p.expires_on',
      'o.name as patentee_name',
      'r.name as region_name',
      (eb) =>
        eb
          .selectFrom('open_licences as l')
          .select(sql<number>`count(*)`.as('n'))
          .whereRef('l.declaration_id', '=', 'd.id')
          .as('licence_count'),
    ]);
}
export type DeclarationView = Awaited<ReturnType<ReturnType<typeof declarationQuery>['executeTakeFirstOrThrow']>>;

export async function findDeclaration(db: Executor, id: number): Promise<DeclarationView | undefined> {
  return declarationQuery(db).where('d.id', '=', id).executeTakeFirst();
}

/** Filters of the lists: status, owner, region (jurisdiction), IPC prefix, fee type, a set of patents. */
export interface DeclarationFilter {
  status?: string;
  patenteeOrgId?: number;
  withinRegion?: string;
  ipcPrefix?: string;
  feeType?: string;
  patentIds?: number[];
}

function filtered(db: Executor, f: DeclarationFilter) {
  let q = declarationQuery(db);
  if (f.status) q = q.where('d.status', '=', f.status);
  if (f.patenteeOrgId !== undefined) q = q.where('d.patentee_org_id', '=', f.patenteeOrgId);
  if (f.withinRegion) q = q.where(regionCondition('d.region_code', f.withinRegion));
  if (f.feeType) q = q.where('d.fee_type', '=', f.feeType);
  if (f.ipcPrefix) {
    const prefix = f.ipcPrefix.toUpperCase();
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('patent_ipc as pi')
          .select('pi.patent_id')
          .whereRef('pi.patent_id', '=', 'd.patent_id')
          .where('pi.code', '>=', prefix)
          .where('pi.code', '<', `${prefix}\u{10FFFF}`),
      ),
    );
  }
  if (f.patentIds) q = f.patentIds.length === 0 ? q.where(sql<boolean>`1 = 0`) : q.where('d.patent_id', 'in', f.patentIds);
  return q;
}

/** One page of declarations, newest first, and the total. */
export async function listDeclarations(db: Executor, f: DeclarationFilter, page: { page: number; pageSize: number }) {
  const [rows, count] = await Promise.all([
    filtered(db, f)
      .orderBy(sql`coalesce(d.published_at, d.submitted_at)`, 'desc')
      .orderBy('d.id', 'desc')
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .execute(),
    filtered(db, f)
      .clearSelect()
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/**
 * Patents with a published declaration that match a registry search (the CNIPA command syntax): the
 * query is compiled by the registry's search engine and intersected with the declared patents in SQL.
 */
export async function publishedPatentsMatching(db: Executor, dialect: Dialect, ast: QueryNode, asOf: string): Promise<number[]> {
  const plan = compileQuery(ast, { asOf });
  if (plan.cond.t === 'const' && !plan.cond.value) return [];
  const src = hitSource(dialect, plan);
  const r = await sql<{ id: number }>`select ${src.id} as id from ${src.from} where ${src.where}
    and ${src.id} in (select patent_id from open_licence_declarations where status = ${'published'})`.execute(db);
  return r.rows.map((x) => Number(x.id));
}

/** True when the patent has another declaration under review or published. */
export async function hasOpenDeclaration(db: Executor, patentId: number, exceptId?: number): Promise<boolean> {
  let q = db
    .selectFrom('open_licence_declarations')
    .select('id')
    .where('patent_id', '=', patentId)
    .where('status', 'in', ['pending', 'returned', 'recommended', 'published']);
  if (exceptId !== undefined) q = q.where('id', '!=', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

/** Licences with patent, licensor and licensee names. */
export function licenceQuery(db: Executor) {
  return db
    .selectFrom('open_licences as l')
    .innerJoin('open_licence_declarations as d', 'd.id', 'l.declaration_id')
    .innerJoin('patents as p', 'p.id', 'l.patent_id')
    .innerJoin('organisations as lo', 'lo.id', 'l.licensor_org_id')
    .innerJoin('organisations as le', 'le.id', 'l.licensee_org_id')
    .selectAll('l')
    .select([
      'p.app_no',
      'p.title',
      'lo.name as licensor_name',
      'le.name as licensee_name',
      'd.fee_type',
      'd.fee_amount',
      'd.royalty_rate',
      'd.payment_method',
      'd.region_code as declaration_region',
    ])
    .orderBy('l.id', 'desc');
}
export type LicenceView = Awaited<ReturnType<ReturnType<typeof licenceQuery>['executeTakeFirstOrThrow']>>;

/** The patent's legal dates (for its state on a date). */
export async function findPatentLegalDates(db: Executor, patentId: number) {
  return db.selectFrom('patents').select(['app_date', 'grant_date', 'expires_on', 'terminated_on']).where('id', '=', patentId).executeTakeFirstOrThrow();
}

/** The organisation's licence under the declaration still in term on `today`, if any. */
export async function findLicenceInTerm(db: Executor, declarationId: number, orgId: number, today: string) {
  return db
    .selectFrom('open_licences')
    .select('id')
    .where('declaration_id', '=', declarationId)
    .where('licensee_org_id', '=', orgId)
    .where('term_end', '>', today)
    .executeTakeFirst();
}

/** Kinds of the given attachments that belong to the organisation. */
export async function findAttachmentKinds(db: Executor, orgId: number, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('attachments')
    .select('kind')
    .where('id', 'in', [...ids])
    .where('org_id', '=', orgId)
    .execute();
}

/** A new licence; its id. */
export async function insertLicence(trx: Executor, row: Insertable<OpenLicenceTable>): Promise<number> {
  const r = await trx.insertInto('open_licences').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

/** Gives the licence its filing number. */
export async function setLicenceFilingNo(trx: Executor, id: number, filingNo: string): Promise<void> {
  await trx.updateTable('open_licences').set({ filing_no: filingNo }).where('id', '=', id).execute();
}

/** One licence with its names. */
export async function findLicence(db: Executor, id: number): Promise<LicenceView | undefined> {
  return licenceQuery(db).where('l.id', '=', id).executeTakeFirst();
}

/** Licences the organisation obtained, or granted while it stands as their counterparty (at most 500). */
export async function findLicencesOf(db: Executor, orgId: number, recordType: string) {
  return licenceQuery(db)
    .where((eb) => eb.or([eb('l.licensee_org_id', '=', orgId), partyCondition(recordType, 'l.id', orgId)]))
    .limit(500)
    .execute();
}

/** Declarations published and licences granted for patentees in a region and period (see openLicenceStats). */
export async function countOpenLicensing(db: Executor, f: { regionPrefix: string; from?: string | null; to?: string | null }) {
  const within = regionCondition('d.region_code', f.regionPrefix.padEnd(6, '0'));
  let decl = db
    .selectFrom('open_licence_declarations as d')
    .select([sql<number>`count(*)`.as('n'), sql<number>`count(distinct d.patent_id)`.as('patents')])
    .where('d.published_at', 'is not', null)
    .where(within);
  // Published dates are timestamps; compare on the China date prefix.
  if (f.from) decl = decl.where('d.published_at', '>=', f.from);
  if (f.to) decl = decl.where('d.published_at', '<', `${f.to}~`);
  let deals = db
    .selectFrom('open_licences as l')
    .innerJoin('open_licence_declarations as d', 'd.id', 'l.declaration_id')
    .select([
      sql<number>`count(*)`.as('n'),
      sql<number>`count(distinct case when l.sme = 1 then l.licensee_org_id end)`.as('sme'),
      sql<number>`coalesce(sum(l.fee_agreed), 0)`.as('fees'),
    ])
    .where(within);
  if (f.from) deals = deals.where('l.granted_on', '>=', f.from);
  if (f.to) deals = deals.where('l.granted_on', '<=', f.to);
  const [a, b] = await Promise.all([decl.executeTakeFirstOrThrow(), deals.executeTakeFirstOrThrow()]);
  return { a, b };
}

/**
 * Kinds of the organisation's attachments: those with the given ids, and those already linked to `record`
 * (a declaration being corrected keeps its evidence).
 */
export async function findOrgAttachmentKinds(
  db: Executor,
  orgId: number,
  ids: readonly number[],
  record?: { recordType: string; recordId: number },
): Promise<string[]> {
  const rows = await db
    .selectFrom('attachments')
    .select('kind')
    .where('org_id', '=', orgId)
    .where((eb) => {
      const ors = ids.length > 0 ? [eb('id', 'in', [...ids])] : [];
      if (record) ors.push(eb.and([eb('record_type', '=', record.recordType), eb('record_id', '=', record.recordId)]));
      return eb.or(ors);
    })
    .execute();
  return rows.map((r) => r.kind);
}

/** A patent's title. */
export async function findPatentTitle(db: Executor, patentId: number): Promise<string> {
  const r = await db.selectFrom('patents').select('title').where('id', '=', patentId).executeTakeFirstOrThrow();
  return r.title;
}

/** The patent's published declaration, if any. */
export async function findPublishedDeclaration(db: Executor, patentId: number) {
  return db.selectFrom('open_licence_declarations').select('id').where('patent_id', '=', patentId).where('status', '=', 'published').executeTakeFirst();
}

/** A new declaration; its id. */
export async function insertDeclaration(trx: Executor, row: Insertable<OpenLicenceDeclarationTable>): Promise<number> {
  const r = await trx.insertInto('open_licence_declarations').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

/** Changes a declaration. */
export async function updateDeclaration(trx: Executor, id: number, set: Updateable<OpenLicenceDeclarationTable>): Promise<void> {
  await trx.updateTable('open_licence_declarations').set(set).where('id', '=', id).execute();
}

/** An enterprise's declarations (count, published), the licences it granted, and those it holds in term on `today`. */
export async function findOpenLicensingFacts(db: Executor, orgId: number, today: string) {
  const [decl, granted, obtained] = await Promise.all([
    db
      .selectFrom('open_licence_declarations')
      .select([sql<number>`count(*)`.as('n'), sql<number>`sum(case when status = 'published' then 1 else 0 end)`.as('published')])
      .where('patentee_org_id', '=', orgId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('open_licences as l')
      .innerJoin('patents as p', 'p.id', 'l.patent_id')
      .innerJoin('organisations as o', 'o.id', 'l.licensee_org_id')
      .select(['l.filing_no', 'l.cnipa_filing_no', 'l.granted_on', 'l.term_end', 'l.fee_agreed', 'p.title', 'o.name'])
      .where('l.licensor_org_id', '=', orgId)
      .orderBy('l.id', 'desc')
      .execute(),
    db
      .selectFrom('open_licences')
      .select(sql<number>`count(*)`.as('n'))
      .where('licensee_org_id', '=', orgId)
      .where('term_end', '>', today)
      .executeTakeFirstOrThrow(),
  ]);
  return { decl, granted, obtained };
}

/** Patents the organisation holds in the registry, latest filed first. */
export async function findHeldPatents(db: Executor, orgId: number, limit: number) {
  return db
    .selectFrom('patent_parties as pp')
    .innerJoin('patents as p', 'p.id', 'pp.patent_id')
    .select(['p.id', 'p.app_no', 'p.title', 'p.kind'])
    .where('pp.org_id', '=', orgId)
    .where('pp.role', '=', 'holder')
    .orderBy('p.app_date', 'desc')
    .limit(limit)
    .execute();
}

/** What the eligibility rules read about a patent: legal dates, holders' organisations and event history. */
export async function findPatentFacts(db: Executor, patentId: number) {
  const p = await db
    .selectFrom('patents')
    .select(['id', 'kind', 'app_date', 'grant_date', 'expires_on', 'terminated_on', 'source_status'])
    .where('id', '=', patentId)
    .executeTakeFirst();
  if (!p) return undefined;
  const [holders, events] = await Promise.all([
    db.selectFrom('patent_parties').select('org_id').where('patent_id', '=', patentId).where('role', '=', 'holder').execute(),
    db.selectFrom('patent_events').select(['kind', 'event_date', 'details']).where('patent_id', '=', patentId).orderBy('event_date').orderBy('id').execute(),
  ]);
  return { patent: p, holders, events };
}

/** The patent's declaration CNIPA had announced and that was not withdrawn on `on`, if any. */
export async function findAnnouncedDeclarationOn(db: Executor, patentId: number, on: string) {
  return db
    .selectFrom('open_licence_declarations')
    .select(['id', 'cnipa_announced_on'])
    .where('patent_id', '=', patentId)
    .where('cnipa_announced_on', '<=', on)
    .where((eb) => eb.or([eb('withdrawn_at', 'is', null), eb('withdrawn_at', '>', `${on}~`)]))
    .executeTakeFirst();
}

/**
 * Licences granted under the patent's open-licence declarations (withdrawn ones included: licences already
 * granted stay valid, art. 50) whose term overlaps [from, to] (to null: open-ended).
 */
export async function findRunningOpenLicences(db: Executor, patentId: number, from: string, to: string | null) {
  let q = db
    .selectFrom('open_licences as l')
    .innerJoin('organisations as o', 'o.id', 'l.licensee_org_id')
    .select(['l.id', 'l.term_end', 'l.filing_no', 'o.name as licensee_name'])
    .where('l.patent_id', '=', patentId)
    .where('l.term_end', '>', from);
  if (to) q = q.where('l.granted_on', '<=', to);
  return q.execute();
}

/** Records CNIPA's filing of a licence. */
export async function setLicenceCnipaFiling(trx: Executor, id: number, no: string, on: string): Promise<void> {
  await trx.updateTable('open_licences').set({ cnipa_filing_no: no, cnipa_filed_on: on }).where('id', '=', id).execute();
}
