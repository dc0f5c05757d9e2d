import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import { regionCondition } from '../../platform/jurisdiction.js';

function filingQuery(db: Executor) {
  return db.selectFrom('filings as f').innerJoin('organisations as o', 'o.id', 'f.org_id').selectAll('f').select('o.name as org_name');
}
export type FilingRow = Awaited<ReturnType<ReturnType<typeof filingQuery>['executeTakeFirstOrThrow']>>;

export async function findFiling(db: Executor, id: number): Promise<FilingRow | undefined> {
  return filingQuery(db).where('f.id', '=', id).executeTakeFirst();
}

/** The patents of filings, by filing id. */
export async function findFilingPatents(db: Executor, ids: number[]) {
  if (ids.length === 0) return new Map<number, { id: number; appNo: string; title: string }[]>();
  const rows = await db
    .selectFrom('filing_patents as fp')
    .innerJoin('patents as p', 'p.id', 'fp.patent_id')
    .select(['fp.filing_id', 'p.id', 'p.app_no', 'p.title'])
    .where('fp.filing_id', 'in', ids)
    .orderBy('p.id')
    .execute();
  const out = new Map<number, { id: number; appNo: string; title: string }[]>();
  for (const r of rows) out.set(Number(r.filing_id), [...(out.get(Number(r.filing_id)) ?? []), { id: Number(r.id), appNo: r.app_no, title: r.title }]);
  return out;
}

export interface FilingFilter {
  orgId?: number;
  withinRegion?: string;
  kind?: string;
  status?: string;
}

function filtered(db: Executor, f: FilingFilter) {
  let q = filingQuery(db);
  if (f.orgId !== undefined) q = q.where('f.org_id', '=', f.orgId);
  if (f.withinRegion) q = q.where(regionCondition('f.region_code', f.withinRegion));
  if (f.kind) q = q.where('f.kind', '=', f.kind);
  if (f.status) q = q.where('f.status', '=', f.status);
  return q;
}

export async function listFilings(db: Executor, f: FilingFilter, page: { page: number; pageSize: number }) {
  const [rows, count] = await Promise.all([
    filtered(db, f)
      .orderBy('f.submitted_at', 'desc')
      .orderBy('f.id', 'desc')
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

/** Patents (of the list) the organisation holds, and those licensed to it under an open licence still in force. */
export async function usablePatentIds(db: Executor, orgId: number, patentIds: number[], today: string) {
  const held = await db
    .selectFrom('patent_parties')
    .select('patent_id')
    .where('org_id', '=', orgId)
    .where('role', '=', 'holder')
    .where('patent_id', 'in', patentIds)
    .execute();
  const licensed = await db
    .selectFrom('open_licences')
    .select('patent_id')
    .where('licensee_org_id', '=', orgId)
    .where('term_end', '>', today)
    .where('patent_id', 'in', patentIds)
    .execute();
  return { held: new Set(held.map((r) => Number(r.patent_id))), licensed: new Set(licensed.map((r) => Number(r.patent_id))) };
}
