import { sql, type Selectable } from 'kysely';
import type { Dialect, Executor } from '../../db/database.js';
import type { OpenLicenceDeclarationTable } from '../../db/schema.js';
import { regionCondition } from '../../platform/jurisdiction.js';
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
  let q = db.selectFrom('open_licence_declarations').select('id').where('patent_id', '=', patentId).where('status', 'in', ['pending', 'returned', 'published']);
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
