import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import { containsText } from '../../platform/text-match-sql.js';
import { names, type HitSource } from '../patents/api.js';

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

/** Number of patents in the search index. */
export async function countIndexedPatents(db: Executor): Promise<number> {
  const r = await db
    .selectFrom('patent_search_facts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** How many hits the source has, counted up to `cap`. */
export async function countHitsUpTo(db: Executor, src: HitSource, cap: number): Promise<number> {
  const r = await sql<{ n: number | string }>`select count(*) as n from (select ${src.id} as id from ${src.from} where ${src.where}
    limit ${cap}) capped`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}

/** The source's best hits by the index's relevance (ties: newest id first), from id `fromId` up when given. */
export async function topHitIds(db: Executor, src: HitSource, opts: { fromId?: number; limit: number }): Promise<number[]> {
  const order = src.relevance ?? sql`1`;
  // FTS5 seeks a rowid bound only when it is bound as an integer (see search/id-param.ts). A
  // `rowid in (select … from tech_match_queue)` test would turn the scan into one MATCH probe per queued
  // id (measured 400 ms at 100k); every id at or above the lowest queued one is new or re-written anyway.
  const queued = opts.fromId === undefined ? sql`1 = 1` : sql`${src.id} >= cast(${opts.fromId} as bigint)`;
  const r = await sql<{ id: number }>`select ${src.id} as id from ${src.from} where ${src.where} and ${queued}
    order by ${order}, ${src.id} desc limit ${opts.limit}`.execute(db);
  return r.rows.map((x) => Number(x.id));
}

const DEMAND_COLUMNS = ['id', 'org_id', 'owner_user_id', 'region_code', 'title', 'description', 'field', 'ipc_hints'] as const;

/** A demand with what matching reads, and its status. */
export async function findDemandForMatching(db: Executor, demandId: number) {
  return db.selectFrom('tech_demands').select(DEMAND_COLUMNS).select('status').where('id', '=', demandId).executeTakeFirst();
}

/** Published demands, in id order. */
export async function publishedDemands(db: Executor) {
  return db.selectFrom('tech_demands').select(DEMAND_COLUMNS).where('status', '=', 'published').orderBy('id').execute();
}

/** True when any demand is published. */
export async function anyPublishedDemand(db: Executor): Promise<boolean> {
  return (await db.selectFrom('tech_demands').select('id').where('status', '=', 'published').limit(1).executeTakeFirst()) !== undefined;
}

/** The stored match keys of the demands. */
export async function findStoredMatches(db: Executor, demandIds: readonly number[]) {
  if (demandIds.length === 0) return [];
  return db
    .selectFrom('tech_matches')
    .select(['demand_id', 'kind', 'target_id'])
    .where('demand_id', 'in', [...demandIds])
    .execute();
}

/** True when the source has a hit from patent id `lo` up (one index seek). */
export async function anyHitFrom(db: Executor, src: HitSource, lo: number): Promise<boolean> {
  const r = await sql<{ id: number }>`select ${src.id} as id from ${src.from} where ${src.where} and ${src.id} >= cast(${lo} as bigint)
    limit 1`.execute(db);
  return r.rows.length > 0;
}

/** The re-match queue's size and its lowest and highest patent ids. */
export async function matchQueueSpan(db: Executor) {
  return db
    .selectFrom('tech_match_queue')
    .select([(eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.min('patent_id').as('lo'), (eb) => eb.fn.max('patent_id').as('hi')])
    .executeTakeFirstOrThrow();
}

/** Removes the processed part of the queue. */
export async function dequeueUpTo(db: Executor, hi: number): Promise<void> {
  await db.deleteFrom('tech_match_queue').where('patent_id', '<=', hi).execute();
}

/** Queues written patents for re-matching. */
export async function enqueuePatents(trx: Executor, ids: readonly number[]): Promise<void> {
  for (let i = 0; i < ids.length; i += 1000) {
    const part = ids.slice(i, i + 1000);
    await trx
      .insertInto('tech_match_queue')
      .values(part.map((patent_id) => ({ patent_id })))
      .onConflict((oc) => oc.column('patent_id').doNothing())
      .execute();
  }
}
