import type { Executor } from '../../db/database.js';
import { containsText } from '../../platform/text-match.js';
import { names } from '../patents/api.js';

/** Queries of matching: candidate rows by id, listings by text, stored match sets. */

/** Registry patents by id (title, abstract, IPC codes, place). */
export async function loadPatentCandidates(db: Executor, ids: readonly number[]) {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('patents').select(['id', 'app_no', 'title', 'abstract', 'region_code', 'main_ipc', 'ipc']).where('id', 'in', ids).execute();
  return rows.map((r) => ({
    id: Number(r.id),
    app_no: r.app_no,
    title: r.title,
    abstract: r.abstract,
    region_code: r.region_code,
    ipc: [...new Set([...(r.main_ipc ? [r.main_ipc] : []), ...names(r.ipc)])],
  }));
}

/**
 * Published listings that mention one of the terms in title, description or field, or that offer one of
 * the candidate patents. The listings table holds thousands of rows, not millions: a LIKE scan of it is
 * cheaper than keeping a second full-text index.
 */
export async function loadListingCandidates(db: Executor, q: { terms: readonly string[]; patentIds: readonly number[]; excludeOrgId: number }) {
  if (q.terms.length === 0 && q.patentIds.length === 0) return [];
  const rows = await db
    .selectFrom('tech_listings as l')
    .innerJoin('organisations as o', 'o.id', 'l.org_id')
    .select(['l.id', 'l.org_id', 'o.name as org_name', 'l.region_code', 'l.title', 'l.description', 'l.field'])
    .where('l.status', '=', 'published')
    .where('l.org_id', '!=', q.excludeOrgId)
    .where((eb) =>
      eb.or([
        ...q.terms.flatMap((t) => [containsText('l.title', t), containsText('l.description', t), containsText('l.field', t)]),
        ...(q.patentIds.length
          ? [eb('l.id', 'in', eb.selectFrom('tech_listing_patents').select('listing_id').where('patent_id', 'in', q.patentIds.slice(0, 500)))]
          : []),
      ]),
    )
    .orderBy('l.id', 'desc')
    .limit(200)
    .execute();
  if (rows.length === 0) return [];
  const patents = await db
    .selectFrom('tech_listing_patents as lp')
    .innerJoin('patents as p', 'p.id', 'lp.patent_id')
    .select(['lp.listing_id', 'p.title', 'p.main_ipc', 'p.ipc'])
    .where(
      'lp.listing_id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  return rows.map((r) => {
    const own = patents.filter((p) => Number(p.listing_id) === Number(r.id));
    return {
      id: Number(r.id),
      org_id: Number(r.org_id),
      org_name: r.org_name,
      region_code: r.region_code,
      title: r.title,
      body: [r.field, r.description, ...own.map((p) => p.title)].join('\n'),
      ipc: [...new Set(own.flatMap((p) => [...(p.main_ipc ? [p.main_ipc] : []), ...names(p.ipc)]))],
    };
  });
}

/** For each patent, an organisation on the platform that holds (else applied for) it. */
export async function patentContactOrgs(db: Executor, ids: readonly number[]): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom('patent_parties')
    .select(['patent_id', 'org_id', 'role', 'seq'])
    .where('patent_id', 'in', ids)
    .where('org_id', 'is not', null)
    .where('role', 'in', ['holder', 'applicant'])
    .orderBy('patent_id')
    .orderBy('role', 'desc') // holder before applicant
    .orderBy('seq')
    .execute();
  for (const r of rows) if (r.org_id !== null && !out.has(Number(r.patent_id))) out.set(Number(r.patent_id), Number(r.org_id));
  return out;
}

/** Names of the county, city and province of a region code. */
export async function placeNames(db: Executor, code: string) {
  const county = code.slice(0, 6);
  const city = `${code.slice(0, 4)}00`;
  const province = `${code.slice(0, 2)}0000`;
  const rows = await db.selectFrom('regions').select(['code', 'name']).where('code', 'in', [county, city, province]).execute();
  const name = (c: string) => rows.find((r) => r.code === c)?.name ?? null;
  return { county: county.endsWith('00') ? null : name(county), city: name(city), province: name(province) };
}

/** Keys ("patent:12", "listing:3") of the match set stored for a demand. */
export async function storedMatchKeys(db: Executor, demandId: number): Promise<Set<string>> {
  const rows = await db.selectFrom('tech_matches').select(['kind', 'target_id']).where('demand_id', '=', demandId).execute();
  return new Set(rows.map((r) => `${r.kind}:${Number(r.target_id)}`));
}

/** Replaces the stored match set of a demand. */
export async function storeMatches(db: Executor, demandId: number, items: readonly { kind: string; id: number; score: number }[], at: string): Promise<void> {
  await db.deleteFrom('tech_matches').where('demand_id', '=', demandId).execute();
  if (items.length === 0) return;
  await db
    .insertInto('tech_matches')
    .values(items.map((c) => ({ demand_id: demandId, kind: c.kind, target_id: c.id, score: c.score, created_at: at })))
    .execute();
}
