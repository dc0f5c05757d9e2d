/**
 * tsvector literals built from our tokens ('锂电':1A,9A '电池':2A …), cast from a bound parameter, so
 * PostgreSQL's text-search parser never re-tokenises (or lower-cases, or drops) anything.
 */

/** PostgreSQL keeps positions 1..16383 (larger ones collapse onto 16383) and at most 256 per lexeme. */
const MAX_POSITION = 16383;
const MAX_POSITIONS_PER_LEXEME = 256;

/** One field's tokens (space-separated), its weight label, and the mark put before each token (pg-match.ts PG_MARKS). */
export interface WeightedText {
  tokens: string;
  weight: 'A' | 'B' | 'C' | 'D';
  mark?: string;
}

function quoteLexeme(token: string): string {
  return `'${token.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/**
 * tsvector literal of several fields laid end to end; one position is skipped between fields so a
 * phrase never spans two of them. Beyond position 16383 phrases inside a field can no longer match
 * (the PostgreSQL limit; ~16,000 characters of title + abstract + first claim).
 */
export function tsvectorLiteral(fields: readonly WeightedText[]): string {
  const positions = new Map<string, string[]>();
  let pos = 0;
  for (const field of fields) {
    if (!field.tokens) continue;
    const label = field.weight === 'D' ? '' : field.weight;
    const mark = field.mark ?? '';
    for (const bare of field.tokens.split(' ')) {
      pos++;
      const token = mark + bare;
      const list = positions.get(token);
      const entry = `${Math.min(pos, MAX_POSITION)}${label}`;
      if (!list) positions.set(token, [entry]);
      else if (list.length < MAX_POSITIONS_PER_LEXEME) list.push(entry);
    }
    pos++;
  }
  const parts: string[] = [];
  for (const [token, list] of positions) parts.push(`${quoteLexeme(token)}:${list.join(',')}`);
  return parts.join(' ');
}
