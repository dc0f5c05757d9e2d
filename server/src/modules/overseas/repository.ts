import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type {
  OverseasExportProfileTable,
  OverseasCaseTable,
  OverseasExpertTable,
  OverseasInstitutionTable,
  OverseasRequestTable,
  OverseasWarningTable,
  OverseasWorkstationTable,
} from '../../db/schema.js';
import { containsText } from '../../platform/text-match-sql.js';
import { regionCondition, accessCondition } from '../../platform/jurisdiction.js';
import type { Actor } from '../../platform/actor.js';

export type WorkstationRow = Selectable<OverseasWorkstationTable>;
export type ExpertRow = Selectable<OverseasExpertTable>;
export type CaseRow = Selectable<OverseasCaseTable>;
export type InstitutionRow = Selectable<OverseasInstitutionTable>;
export type WarningRow = Selectable<OverseasWarningTable>;

export const REQUEST = 'overseas_request';

// —— Retirement (停用) ——
/** The entry is not retired: `library` names the library, `idColumn` the entry's id column in the query. */
function notRetired(library: string, idColumn: string) {
  return sql<boolean>`not exists (select 1 from overseas_retirements rt where rt.library = ${library} and rt.entry_id = ${sql.ref(idColumn)})`;
}
export async function isRetired(db: Executor, library: string, id: number): Promise<boolean> {
  return (
    (await db.selectFrom('overseas_retirements').select('entry_id').where('library', '=', library).where('entry_id', '=', id).executeTakeFirst()) !== undefined
  );
}
export async function insertRetirement(db: Executor, row: { library: string; entry_id: number; retired_by: number | null; retired_at: string }): Promise<void> {
  await db.insertInto('overseas_retirements').values(row).execute();
}
export async function deleteRetirement(db: Executor, library: string, id: number): Promise<void> {
  await db.deleteFrom('overseas_retirements').where('library', '=', library).where('entry_id', '=', id).execute();
}
export function listRetirements(db: Executor) {
  return db.selectFrom('overseas_retirements').selectAll().orderBy('retired_at', 'desc').limit(1000).execute();
}

// —— Workstations ——
export async function insertWorkstation(db: Executor, row: Insertable<OverseasWorkstationTable>): Promise<number> {
  const r = await db.insertInto('overseas_workstations').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}
export function findWorkstation(db: Executor, id: number): Promise<WorkstationRow | undefined> {
  return db.selectFrom('overseas_workstations').selectAll().where('id', '=', id).executeTakeFirst();
}
export function listWorkstations(db: Executor) {
  return db
    .selectFrom('overseas_workstations as w')
    .leftJoin('regions as r', 'r.code', 'w.region_code')
    .selectAll('w')
    .select('r.name as region_name')
    .where(notRetired('workstation', 'w.id'))
    .orderBy('w.established_on')
    .orderBy('w.id')
    .execute();
}

// —— Experts ——
export async function insertExpert(db: Executor, row: Insertable<OverseasExpertTable>): Promise<number> {
  const r = await db.insertInto('overseas_experts').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}
export function findExpert(db: Executor, id: number): Promise<ExpertRow | undefined> {
  return db.selectFrom('overseas_experts').selectAll().where('id', '=', id).executeTakeFirst();
}
export async function updateExpert(db: Executor, id: number, patch: Updateable<OverseasExpertTable>): Promise<void> {
  await db.updateTable('overseas_experts').set(patch).where('id', '=', id).execute();
}
export async function updateWorkstation(db: Executor, id: number, patch: Updateable<OverseasWorkstationTable>): Promise<void> {
  await db.updateTable('overseas_workstations').set(patch).where('id', '=', id).execute();
}
/** Experts not retired (the public pool, the staff list, the candidates of a request). */
export function listExperts(db: Executor, f: { available?: boolean } = {}): Promise<ExpertRow[]> {
  let q = db.selectFrom('overseas_experts').selectAll().where(notRetired('expert', 'overseas_experts.id'));
  if (f.available !== undefined) q = q.where('available', '=', f.available ? 1 : 0);
  return q.orderBy('id').execute();
}
/** Experts whose account is this organisation (an expert user sees the requests assigned to them). */
export function findExpertsOfOrg(db: Executor, orgId: number): Promise<ExpertRow[]> {
  return db.selectFrom('overseas_experts').selectAll().where('org_id', '=', orgId).execute();
}

// —— Organisations (linked to experts and workstations) ——
export function findOrgKindAndName(db: Executor, id: number) {
  return db.selectFrom('organisations').select(['id', 'kind', 'name']).where('id', '=', id).executeTakeFirst();
}

// —— Cases ——
export async function insertCase(db: Executor, row: Insertable<OverseasCaseTable>): Promise<number> {
  const r = await db.insertInto('overseas_cases').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}
export function findCase(db: Executor, id: number): Promise<CaseRow | undefined> {
  return db.selectFrom('overseas_cases').selectAll().where('id', '=', id).executeTakeFirst();
}
/** `terms`: each a pattern of folded runs ('|'-joined); every term must occur in the case's search text. */
export interface CaseFilter {
  terms: string[];
  country?: string;
  kind?: string;
  industry?: string;
}
export async function updateCase(db: Executor, id: number, patch: Updateable<OverseasCaseTable>): Promise<void> {
  await db.updateTable('overseas_cases').set(patch).where('id', '=', id).execute();
}
function casesFiltered(db: Executor, f: CaseFilter) {
  let q = db.selectFrom('overseas_cases').where(notRetired('case', 'overseas_cases.id'));
  for (const t of f.terms) q = q.where(containsText('search_text', t));
  if (f.country) q = q.where('country', '=', f.country);
  if (f.kind) q = q.where('kind', '=', f.kind);
  if (f.industry) q = q.where(containsText('industry', f.industry));
  return q;
}
export async function findCasesPage(db: Executor, f: CaseFilter, page: number, pageSize: number): Promise<{ rows: CaseRow[]; total: number }> {
  const total = await casesFiltered(db, f)
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  const rows = await casesFiltered(db, f)
    .selectAll()
    .orderBy('year', 'desc')
    .orderBy('id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { rows, total: Number(total.n) };
}

// —— Institutions ——
export async function insertInstitution(db: Executor, row: Insertable<OverseasInstitutionTable>): Promise<number> {
  const r = await db.insertInto('overseas_institutions').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}
export function findInstitution(db: Executor, id: number): Promise<InstitutionRow | undefined> {
  return db.selectFrom('overseas_institutions').selectAll().where('id', '=', id).executeTakeFirst();
}
export async function updateInstitution(db: Executor, id: number, patch: Updateable<OverseasInstitutionTable>): Promise<void> {
  await db.updateTable('overseas_institutions').set(patch).where('id', '=', id).execute();
}
export function listInstitutions(db: Executor, f: { country?: string; kind?: string }): Promise<InstitutionRow[]> {
  let q = db.selectFrom('overseas_institutions').selectAll().where(notRetired('institution', 'overseas_institutions.id'));
  if (f.country) q = q.where('country', '=', f.country);
  if (f.kind) q = q.where('kind', '=', f.kind);
  return q.orderBy('country').orderBy('kind').orderBy('id').limit(1000).execute();
}

// —— Requests ——
function requestQuery(db: Executor) {
  return db
    .selectFrom('overseas_requests as q')
    .innerJoin('organisations as o', 'o.id', 'q.org_id')
    .leftJoin('overseas_experts as e', 'e.id', 'q.expert_id')
    .leftJoin('overseas_workstations as w', 'w.id', 'q.workstation_id')
    .selectAll('q')
    .select(['o.name as org_name', 'e.name as expert_name', 'w.name as workstation_name']);
}
export type RequestView = Awaited<ReturnType<ReturnType<typeof requestQuery>['executeTakeFirstOrThrow']>>;

export async function insertRequest(db: Executor, row: Insertable<OverseasRequestTable>): Promise<number> {
  const r = await db.insertInto('overseas_requests').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}
export function findRequest(db: Executor, id: number): Promise<RequestView | undefined> {
  return requestQuery(db).where('q.id', '=', id).executeTakeFirst();
}
export async function updateRequest(db: Executor, id: number, patch: Updateable<OverseasRequestTable>): Promise<void> {
  await db.updateTable('overseas_requests').set(patch).where('id', '=', id).execute();
}
/** Requests the actor may see (the access rule's SQL twin: region, owner, standing parties). */
export async function findRequestsPage(
  db: Executor,
  actor: Actor,
  f: { status?: string },
  page: number,
  pageSize: number,
): Promise<{ rows: RequestView[]; total: number }> {
  const where = accessCondition(actor, { region: 'q.region_code', owner: 'q.org_id', parties: { recordType: REQUEST, idColumn: 'q.id' } });
  let base = db.selectFrom('overseas_requests as q').where(where);
  if (f.status) base = base.where('q.status', '=', f.status);
  const total = await base.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  let q = requestQuery(db).where(where);
  if (f.status) q = q.where('q.status', '=', f.status);
  const rows = await q
    .orderBy('q.id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { rows, total: Number(total.n) };
}

// —— Warnings ——
export async function insertWarning(db: Executor, row: Insertable<OverseasWarningTable>): Promise<number> {
  const r = await db.insertInto('overseas_warnings').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}
export function findWarning(db: Executor, id: number): Promise<WarningRow | undefined> {
  return db.selectFrom('overseas_warnings').selectAll().where('id', '=', id).executeTakeFirst();
}
export function listWarnings(db: Executor): Promise<WarningRow[]> {
  return db.selectFrom('overseas_warnings').selectAll().orderBy('published_at', 'desc').orderBy('id', 'desc').limit(200).execute();
}

/**
 * Active enterprises of the region holding (or applying for) a registry patent that matches the warning: an
 * IPC code under `ipcPrefix` and, with `country`, a family member in that country (the patent's `family`
 * JSON names it). Distinct organisation ids.
 */
export async function findEnterprisesMatchingWarning(
  db: Executor,
  w: { regionCode: string; ipcPrefix: string | null; country: string | null },
): Promise<number[]> {
  let q = db
    .selectFrom('patent_parties as pp')
    .innerJoin('organisations as o', 'o.id', 'pp.org_id')
    .innerJoin('patents as p', 'p.id', 'pp.patent_id')
    .select('o.id')
    .distinct()
    .where('pp.role', 'in', ['holder', 'applicant'])
    .where('o.kind', 'in', ['enterprise', 'university'])
    .where('o.status', '=', 'active')
    .where(regionCondition('o.region_code', w.regionCode));
  if (w.ipcPrefix) {
    const prefix = w.ipcPrefix;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('patent_ipc as i')
          .select('i.patent_id')
          .whereRef('i.patent_id', '=', 'p.id')
          .where('i.code', '>=', prefix)
          .where('i.code', '<', `${prefix}\uffff`),
      ),
    );
  }
  if (w.country) q = q.where(containsText('p.family', `"country":"${w.country}"`));
  const rows = await q.execute();
  return rows.map((r) => Number(r.id));
}

// —— Statistics (indicator providers) ——
/** Requests submitted in [start, end] per enterprise region. */
export async function countRequestsSubmitted(db: Executor, rootCode: string, start: string, end: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('overseas_requests')
    .select(['region_code', sql<number>`count(*)`.as('n')])
    .where(regionCondition('region_code', rootCode))
    .where('submitted_at', '>=', start)
    .where('submitted_at', '<', `${end}T99`)
    .groupBy('region_code')
    .execute();
  return new Map(rows.map((r) => [r.region_code, Number(r.n)]));
}
/** Requests answered in [start, end] per region, within the response clock or not. */
export async function countResponses(db: Executor, rootCode: string, start: string, end: string, inTime: boolean): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('overseas_requests')
    .select(['region_code', sql<number>`count(*)`.as('n')])
    .where(regionCondition('region_code', rootCode))
    .where('responded_on', '>=', start)
    .where('responded_on', '<=', end)
    .where('response_due_on', 'is not', null)
    .where((eb) => (inTime ? eb('responded_on', '<=', eb.ref('response_due_on')) : eb('responded_on', '>', eb.ref('response_due_on'))))
    .groupBy('region_code')
    .execute();
  return new Map(rows.map((r) => [r.region_code, Number(r.n)]));
}
/** Requests closed (disputes handled) in [start, end] per region. */
export async function countClosed(db: Executor, rootCode: string, start: string, end: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('overseas_requests')
    .select(['region_code', sql<number>`count(*)`.as('n')])
    .where(regionCondition('region_code', rootCode))
    .where('closed_at', '>=', start)
    .where('closed_at', '<', `${end}T99`)
    .groupBy('region_code')
    .execute();
  return new Map(rows.map((r) => [r.region_code, Number(r.n)]));
}
/** Workstations established by `end` per region (a stock). */
export async function countWorkstations(db: Executor, rootCode: string, end: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('overseas_workstations')
    .select(['region_code', sql<number>`count(*)`.as('n')])
    .where(regionCondition('region_code', rootCode))
    .where('established_on', '<=', end)
    .groupBy('region_code')
    .execute();
  return new Map(rows.map((r) => [r.region_code, Number(r.n)]));
}

// —— Export profiles (出口情况) ——
export function findExportProfile(db: Executor, orgId: number): Promise<Selectable<OverseasExportProfileTable> | undefined> {
  return db.selectFrom('overseas_export_profiles').selectAll().where('org_id', '=', orgId).executeTakeFirst();
}
export async function saveExportProfile(db: Executor, row: Insertable<OverseasExportProfileTable>): Promise<void> {
  const { org_id, ...rest } = row;
  await db
    .insertInto('overseas_export_profiles')
    .values(row)
    .onConflict((oc) => oc.column('org_id').doUpdateSet(rest))
    .execute();
}
/** Export profiles of the region's active enterprises (and universities), for matching a warning. */
export function findExportProfilesInRegion(db: Executor, regionCode: string) {
  return db
    .selectFrom('overseas_export_profiles as x')
    .innerJoin('organisations as o', 'o.id', 'x.org_id')
    .select(['x.org_id', 'x.markets', 'x.ipc_classes'])
    .where('o.kind', 'in', ['enterprise', 'university'])
    .where('o.status', '=', 'active')
    .where(regionCondition('o.region_code', regionCode))
    .execute();
}
