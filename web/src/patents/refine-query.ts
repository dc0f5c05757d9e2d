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

/**
 * The query narrowed by one more clause: `old AND clause`. AND binds tighter than OR, so a query
 * with OR is wrapped in parentheses first — `a OR b AND IC=H01` would only narrow b.
 */
export function refineQuery(query: string, clause: string): string {
  const q = query.trim();
  if (!q) return clause;
  return `${hasOr(q) ? `(${q})` : q} AND ${clause}`;
}
