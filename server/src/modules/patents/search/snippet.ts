import { foldRuns, foldSameLength } from './tokenizer.js';

/** Characters of abstract shown around the first hit. */
const SNIPPET_LENGTH = 120;
/** Characters kept before the first hit. */
const LEAD = 30;

/** The folded runs of the query terms (what the index actually matched), longest first. */
export function termRuns(terms: readonly string[]): string[] {
  const runs = new Set(terms.flatMap((t) => foldRuns(t)));
  return [...runs].sort((a, b) => b.length - a.length);
}

/** Earliest position of any run in the folded text, or -1. */
function firstHit(folded: string, runs: readonly string[]): number {
  let best = -1;
  for (const r of runs) {
    const i = folded.indexOf(r);
    if (i >= 0 && (best < 0 || i < best)) best = i;
  }
  return best;
}

/** Abstract excerpt around the first hit (摘要片段), with ellipses where it was cut. */
export function makeSnippet(abstract: string | null, runs: readonly string[]): string {
  if (!abstract) return '';
  const text = abstract.trim();
  if (text.length <= SNIPPET_LENGTH) return text;
  const hit = firstHit(foldSameLength(text), runs);
  const start = hit <= LEAD ? 0 : Math.min(hit - LEAD, text.length - SNIPPET_LENGTH);
  const end = start + SNIPPET_LENGTH;
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

/**
 * The literal strings to mark in the displayed texts: every occurrence of a query term run, as it is
 * written there (original case and width), without duplicates.
 */
export function findHighlights(texts: readonly (string | null)[], runs: readonly string[]): string[] {
  const out = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    const folded = foldSameLength(text);
    for (const r of runs) {
      for (let i = folded.indexOf(r); i >= 0; i = folded.indexOf(r, i + r.length)) out.add(text.slice(i, i + r.length));
    }
  }
  return [...out];
}
