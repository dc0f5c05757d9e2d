import { sql } from 'kysely';
import type { Executor } from '../../../db/database.js';
import type { LegalState, PatentKind } from '../legal-status.js';
import { LEGAL_STATE_BY_CODE, legalStateCode } from './facts-sql.js';
import type { HitSource } from './search-source.js';
import { idParam } from './id-param.js';

/** One bar of a facet chart. */
export interface FacetBucket {
  value: string;
  count: number;
}

/** Facet counts over the hits (分面统计). */
export interface SearchFacets {
  /**
   * IPC sections (A–H) of ALL the hits' classifications, as IC=<section> finds them: a patent classed in
   * H01 and B22 counts under H and B, so the counts may add up to more than the total.
   */
  ipcSection: FacetBucket[];
  /** Top 20 IPC classes (H01 …) of all the hits' classifications, likewise (each equals the total of IC=<class>). */
  ipcClass: FacetBucket[];
  /** Application year. */
  year: FacetBucket[];
  kind: FacetBucket[];
  /** Legal state on the search's reference date. */
  legalState: FacetBucket[];
  /** Top 20 county codes (6 digits). */
  region: FacetBucket[];
  /** Top 10 first applicants (第一申请人). */
  applicant: FacetBucket[];
  /**
   * True when the hit set was larger than FACET_EXACT_LIMIT (10,000) and the counts were taken over a
   * sample of about that size (the hits in 8 evenly spread id ranges) and scaled to the total: estimates.
   */
  facetsSampled: boolean;
}

/** Facets are exact up to this many hits; above it they are computed over a sample of about this size. */
export const FACET_EXACT_LIMIT = 10_000;
/** Id windows a sample is spread over (each one index seek), so no stretch of import history dominates. */
const SAMPLE_WINDOWS = 8;

const KINDS: readonly PatentKind[] = ['invention', 'utility', 'design'];

/** One hit's facet values; `n` packs year × 100 + type × 10 + legal state (fewer columns: cheaper rows). */
export interface FacetRow {
  /** The patent id. */
  id: number;
  /** Every IPC class, space separated (facts ipc_classes; a lone section letter for a section without a class). */
  c: string | null;
  n: number;
  r: string | null;
  a: string | null;
  /** The title (read by allFacetRows only, for the ranking). */
  t?: string | null;
}

/** The facet columns of a hit: `id`, and c, n, r, a as FacetRow packs them (the facts row is `s`). */
export function facetColumns(src: Pick<HitSource, 'id'>, asOf: number) {
  return sql`${src.id} as id, s.ipc_classes as c, (s.app_ymd / 10000) * 100 + s.kind * 10 + ${legalStateCode(asOf)} as n, s.county as r, s.applicant as a`;
}

/**
 * Every hit with its facet values, in one pass over the index joined to the facts rows: what a faceted
 * search of at most FACET_EXACT_LIMIT hits needs for its facets AND its ranking (the hit ids and titles), instead
 * of walking the index once for each.
 */
export async function allFacetRows(db: Executor, source: HitSource, asOf: number): Promise<FacetRow[]> {
  const src = source.withFacts();
  const r = await sql<FacetRow>`select ${facetColumns(src, asOf)}, s.title as t from ${src.from} where ${src.where}`.execute(db);
  return r.rows;
}

/** The hits, or for a large hit set those in SAMPLE_WINDOWS evenly spread id ranges covering ~limit hits. */
async function hitRows(db: Executor, src: HitSource, total: number, asOf: number, limit: number) {
  const cols = facetColumns(src, asOf);
  if (total <= limit) return sql<FacetRow>`select ${cols} from ${src.from} where ${src.where}`;
  // Two scalar subqueries: SQLite answers a lone min() or max() from the index, both together by a full scan.
  const range = await sql<{ lo: number | null; hi: number | null }>`select (select min(id) from patent_search_facts) as lo,
    (select max(id) from patent_search_facts) as hi`.execute(db);
  const lo = Number(range.rows[0]?.lo ?? 0);
  const span = Number(range.rows[0]?.hi ?? 0) - lo + 1;
  const width = Math.max(1, Math.ceil((span * limit) / total / SAMPLE_WINDOWS));
  const windows = Array.from({ length: SAMPLE_WINDOWS }, (_, i) => lo + Math.floor((i * span) / SAMPLE_WINDOWS));
  const parts = windows.map(
    (a) => sql`select ${cols} from ${src.from} where ${src.where} and ${src.scanFreeId} between ${idParam(a)} and ${idParam(a + width - 1)}`,
  );
  return sql<FacetRow>`${sql.join(parts, sql` union all `)}`;
}

/** Counts per value, sorted by value or by count (then value). */
function buckets(counts: Map<string, number>, limit: number | null, byValue: boolean, scale: number): FacetBucket[] {
  const list = [...counts].map(([value, count]) => ({ value, count }));
  list.sort((a, b) => (byValue ? a.value.localeCompare(b.value) : b.count - a.count || a.value.localeCompare(b.value)));
  return (limit === null ? list : list.slice(0, limit)).map((b) => ({ value: b.value, count: Math.round(b.count * scale) }));
}

/**
 * All facets from ONE pass over the hits joined to their facts rows, counted in JS: a SQL GROUP BY
 * sorts its input (three sorts for three groupings), which costs several times more than reading the
 * rows once. Above the exact limit the pass reads an evenly spread sample and scales the counts.
 */
export async function computeFacets(db: Executor, source: HitSource, total: number, asOf: number, exactLimit = FACET_EXACT_LIMIT): Promise<SearchFacets> {
  const query = await hitRows(db, source.withFacts(), total, asOf, exactLimit);
  const { rows } = await query.execute(db);
  return countFacets(rows, total, total > exactLimit);
}

/** Hits per facet value: what facetsFromCounts turns into the facet lists. */
export interface FacetCounts {
  section: Map<string, number>;
  cls: Map<string, number>;
  year: Map<string, number>;
  kind: Map<string, number>;
  legal: Map<string, number>;
  region: Map<string, number>;
  applicant: Map<string, number>;
}

/** The facet lists of counts taken over `counted` hits; scaled to `total` when they were a sample (`sampled`). */
export function facetsFromCounts(m: FacetCounts, counted: number, total: number, sampled: boolean): SearchFacets {
  const scale = sampled && counted > 0 ? total / counted : 1;
  const fixed = (order: readonly string[], counts: Map<string, number>) =>
    buckets(new Map(order.filter((v) => counts.has(v)).map((v) => [v, counts.get(v) ?? 0])), null, false, scale).sort(
      (a, b) => order.indexOf(a.value) - order.indexOf(b.value),
    );
  return {
    ipcSection: buckets(m.section, null, true, scale),
    ipcClass: buckets(m.cls, 20, false, scale),
    year: buckets(m.year, null, true, scale),
    kind: fixed(KINDS, m.kind),
    legalState: fixed(LEGAL_STATE_BY_CODE, m.legal),
    region: buckets(m.region, 20, false, scale),
    applicant: buckets(m.applicant, 10, false, scale),
    facetsSampled: sampled,
  };
}

/** Kind of the facts table's code (1 invention, 2 utility model, 3 design), or undefined. */
export const kindOfCode = (code: number): PatentKind | undefined => KINDS[code - 1];

/** The classes and sections of a facts row's ipc_classes ("B22 B82 C01" → classes B22 B82 C01, sections B C). */
export function classSets(value: string): { classes: string[]; sections: string[] } {
  const all = value.split(' ').filter((v) => v !== '');
  return { classes: all.filter((v) => v.length === 3), sections: [...new Set(all.map((v) => v.slice(0, 1)))] };
}

/** Adds `n` hits of one set of classes to the section and class counts (each section and class once a hit). */
export function countClasses(m: Pick<FacetCounts, 'section' | 'cls'>, sets: { classes: readonly string[]; sections: readonly string[] }, n: number): void {
  for (const s of sets.sections) m.section.set(s, (m.section.get(s) ?? 0) + n);
  for (const c of sets.classes) m.cls.set(c, (m.cls.get(c) ?? 0) + n);
}

/** Facets of the rows read: all hits, or a sample of them scaled to `total` when `sampled`. */
export function countFacets(rows: readonly FacetRow[], total: number, sampled: boolean): SearchFacets {
  const m: FacetCounts = { section: new Map(), cls: new Map(), year: new Map(), kind: new Map(), legal: new Map(), region: new Map(), applicant: new Map() };
  const inc = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const r of rows) {
    if (r.c) countClasses(m, classSets(r.c), 1);
    const n = Number(r.n);
    if (n >= 100) inc(m.year, String(Math.floor(n / 100)));
    const k = kindOfCode(Math.floor(n / 10) % 10);
    if (k) inc(m.kind, k);
    inc(m.legal, LEGAL_STATE_BY_CODE[n % 10] as LegalState);
    if (r.r) inc(m.region, r.r);
    if (r.a) inc(m.applicant, r.a);
  }
  return facetsFromCounts(m, rows.length, total, sampled);
}
