import { legalStateLabels, patentKindLabels, ZLegalState, ZPatentKind, type SearchFacets } from '@zhichan/contract';

/** A facet of the search result (分面): every key of `facets` but the sampling flag. */
export type FacetKey = Exclude<keyof SearchFacets, 'facetsSampled'>;

/** The facets in the order the side panel shows them. */
export const facetKeys: readonly FacetKey[] = ['ipcSection', 'ipcClass', 'year', 'kind', 'legalState', 'region', 'applicant'];

/** Quotes a phrase for the command language; quote marks inside (ASCII or full-width) would end it early. */
function phrase(value: string): string {
  return `"${value.replace(/["“”]/g, ' ').trim()}"`;
}

/** The clause a click on a facet bucket adds: IC=H01, AD=2021, PT=发明, LS=有效, RG=370811, PA="name". */
export function facetClause(facet: FacetKey, value: string): string {
  switch (facet) {
    case 'ipcSection':
    case 'ipcClass':
      return `IC=${value}`;
    case 'year':
      return `AD=${value}`;
    case 'kind': {
      const kind = ZPatentKind.safeParse(value);
      return `PT=${kind.success ? patentKindLabels[kind.data].zh : value}`;
    }
    case 'legalState': {
      const state = ZLegalState.safeParse(value);
      return `LS=${state.success ? legalStateLabels[state.data].zh : value}`;
    }
    case 'region':
      return `RG=${value}`;
    case 'applicant':
      return `PA=${phrase(value)}`;
  }
}

/** Quoted phrases removed, so an OR inside a phrase does not count as an operator. */
function withoutPhrases(query: string): string {
  return query.replace(/["“][^"”]*["”]?/g, ' ');
}

/** True when the query has an OR operator (OR in any case, or the stand-alone word 或). */
export function hasOr(query: string): boolean {
  return /(^|[\s()（）])(or|或)(?=$|[\s()（）])/i.test(withoutPhrases(query));
}

/** A facet applied to the query by a click: its facet, bucket value and the clause it added. */
export interface AppliedFacet {
  facet: FacetKey;
  value: string;
  clause: string;
}

const zhKind = new Map<string, string>(Object.entries(patentKindLabels).map(([k, v]) => [v.zh, k]));
const zhState = new Map<string, string>(Object.entries(legalStateLabels).map(([k, v]) => [v.zh, k]));
/** A facet clause at the end of a query, after ` AND ` (what facetClause writes). */
const TRAILING_CLAUSE = /^([\s\S]*\S)\s+AND\s+(IC=([A-H](?:\d\d)?)|AD=(\d{4})|PT=(\S+)|LS=(\S+)|RG=(\d{6,9})|PA="([^"]*)")$/;

function facetOf(m: RegExpExecArray): AppliedFacet | null {
  const clause = m[2] as string;
  if (m[3]) return { facet: m[3].length === 1 ? 'ipcSection' : 'ipcClass', value: m[3], clause };
  if (m[4]) return { facet: 'year', value: m[4], clause };
  if (m[5]) return zhKind.has(m[5]) ? { facet: 'kind', value: zhKind.get(m[5]) as string, clause } : null;
  if (m[6]) return zhState.has(m[6]) ? { facet: 'legalState', value: zhState.get(m[6]) as string, clause } : null;
  if (m[7]) return { facet: 'region', value: m[7], clause };
  return m[8] !== undefined ? { facet: 'applicant', value: m[8], clause } : null;
}

/** The query inside its outer parentheses when one pair encloses all of it ("(a OR b)" → "a OR b"), else as it is. */
function unwrap(query: string): string {
  const q = query.trim();
  if (!q.startsWith('(') || !q.endsWith(')')) return q;
  const bare = withoutPhrases(q);
  let depth = 0;
  for (let i = 0; i < bare.length; i++) {
    if (bare[i] === '(') depth++;
    else if (bare[i] === ')') depth--;
    if (depth === 0 && i < bare.length - 1) return q;
  }
  return q.slice(1, -1).trim();
}

/**
 * The facets a query has applied (the clauses facet clicks appended, in order) and the query before them.
 * "锂电池 AND IC=H AND AD=2021" → base "锂电池", IC=H and AD=2021. A query that is only a clause has none.
 */
export function appliedFacets(query: string): { base: string; applied: AppliedFacet[] } {
  const applied: AppliedFacet[] = [];
  let rest = query.trim();
  for (;;) {
    const m = TRAILING_CLAUSE.exec(rest);
    const f = m ? facetOf(m) : null;
    if (!m || !f) break;
    applied.unshift(f);
    rest = unwrap(m[1] as string);
  }
  return { base: rest, applied };
}

/** The base query narrowed by clauses: `base AND c1 AND c2`, the base in parentheses when it has OR. */
function joinClauses(base: string, clauses: readonly string[]): string {
  const q = base.trim();
  const tail = clauses.join(' AND ');
  if (!q) return tail;
  if (!tail) return q;
  return `${hasOr(q) ? `(${q})` : q} AND ${tail}`;
}

/**
 * The query narrowed by one more clause: `old AND clause`. AND binds tighter than OR, so a query
 * with OR is wrapped in parentheses first — `a OR b AND IC=H01` would only narrow b. Clauses of earlier
 * clicks stay flat after it: `(a OR b) AND IC=H AND AD=2021`.
 */
export function refineQuery(query: string, clause: string): string {
  const { base, applied } = appliedFacets(query);
  if (!base) return clause;
  return joinClauses(base, [...applied.map((a) => a.clause), clause]);
}

/** The query without the applied facet at `index` (appliedFacets order): what removing its chip searches. */
export function removeFacet(query: string, index: number): string {
  const { base, applied } = appliedFacets(query);
  return joinClauses(
    base,
    applied.filter((_, i) => i !== index).map((a) => a.clause),
  );
}
