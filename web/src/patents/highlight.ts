/** A piece of displayed text, marked when it is one of the search terms. */
export interface TextPart {
  text: string;
  marked: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Splits `text` at every occurrence of the highlight strings (longest first, so 无人机 wins over 无人). */
export function splitHighlights(text: string, highlights: readonly string[]): TextPart[] {
  const terms = [...new Set(highlights.filter((h) => h.length > 0))].sort((a, b) => b.length - a.length);
  if (terms.length === 0 || !text) return text ? [{ text, marked: false }] : [];
  const pattern = new RegExp(`(${terms.map(escape).join('|')})`, 'g');
  // split() with one capture group alternates plain text (even indices) and matches (odd indices).
  return text
    .split(pattern)
    .map((part, i) => ({ text: part, marked: i % 2 === 1 }))
    .filter((p) => p.text !== '');
}
