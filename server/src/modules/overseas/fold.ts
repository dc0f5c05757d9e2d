import { foldRuns } from '../patents/api.js';

/**
 * Text matching of the overseas libraries with the registry's own folding (`foldRuns`: full-width → ASCII,
 * lower case, cut into runs of letters and digits). A case's search text is its fields' runs joined by '|'
 * ('||' between fields); a term's runs joined by '|' then occur in it exactly when the registry's full-text
 * search would find the term (first run ends a run, middle runs are whole, the last starts one).
 */
export function caseSearchText(fields: readonly string[]): string {
  return `|${fields.map((f) => foldRuns(f).join('|')).join('||')}|`;
}

/** The search patterns of a query: one per whitespace-separated term that has letters or digits. */
export function searchPatterns(q: string | undefined): string[] {
  if (!q) return [];
  return q
    .split(/\s+/)
    .map((term) => foldRuns(term).join('|'))
    .filter((p) => p.length > 0);
}

/** A name folded for comparison: runs concatenated (「ABC 科技（美国）」 → "abc科技美国"). */
export function foldName(text: string): string {
  return foldRuns(text).join('');
}
