import { TokenCursor } from './cursor.js';
import { QueryFailure, toQueryError } from './errors.js';
import { tokenize } from './lexer.js';
import { findUnbounded } from './negation.js';
import { normalizeWidth } from './normalize.js';
import { QueryParser } from './parser.js';
import type { ParseResult } from './types.js';

export type * from './types.js';
export { describeQuery } from './describe.js';
export { formatQuery } from './format.js';
export { stripPositions } from './strip-positions.js';

/** Longest accepted query, in characters (code points). */
export const MAX_QUERY_LENGTH = 2000;

/**
 * Parses a patent search expression (检索式) in CNIPA syntax, e.g.
 * `TX=(锂电池 OR 钠电池) AND IC=H01M AND AD>=20200101 NOT PA=(某某公司)`.
 * - `FIELD=value`, `FIELD="phrase with spaces"`, `FIELD=(a OR b NOT c)`; a bare word or phrase searches TX.
 * - AND / OR / NOT in any case, and the stand-alone Chinese words 与 / 且 (AND), 或 (OR), 非 (NOT);
 *   precedence NOT > AND > OR; juxtaposition is AND; `A NOT B` = A AND NOT B.
 * - Dates (AD, PD, GD): YYYY, YYYYMM, YYYYMMDD, YYYY-MM-DD; ranges `2020:2023`, `2020:`, `:2023`; `>=`, `>`, `<=`, `<`.
 * - Full-width （）＝：“” and spaces are read as their ASCII forms.
 * Never throws: any string gives either the AST or one error positioned in the original input.
 */
export function parseQuery(input: string): ParseResult {
  try {
    const cut = limitIndex(input);
    if (cut < input.length) {
      return fail(input, new QueryFailure('too_long', { position: cut, length: input.length - cut }, `检索式过长，最多 ${MAX_QUERY_LENGTH} 个字符`));
    }
    const cursor = new TokenCursor(tokenize(normalizeWidth(input)));
    const ast = new QueryParser(cursor).parseAll();
    const culprit = findUnbounded(ast);
    if (culprit) {
      const detail = '只有 NOT 排除条件、没有肯定的检索词，会匹配几乎全部专利；请至少加入一个不带 NOT 的检索条件';
      return fail(input, new QueryFailure('only_negation', cursor.spanOf(culprit), detail));
    }
    return { ok: true, ast };
  } catch (e) {
    if (e instanceof QueryFailure) return fail(input, e);
    // Defensive: a bug must still come back as an error, never as an exception in a request handler.
    return fail(input, new QueryFailure('internal', { position: 0, length: 0 }, '无法解析检索式'));
  }
}

function fail(input: string, failure: QueryFailure): ParseResult {
  return { ok: false, error: toQueryError(input, failure.code, failure.span, failure.detail) };
}

/** UTF-16 index just past the first MAX_QUERY_LENGTH characters (code points), or input.length for a short input. */
function limitIndex(input: string): number {
  // Code points never outnumber UTF-16 units, so short strings need no counting.
  if (input.length <= MAX_QUERY_LENGTH) return input.length;
  let count = 0;
  let index = 0;
  for (const ch of input) {
    if (count++ === MAX_QUERY_LENGTH) return index;
    index += ch.length;
  }
  return input.length;
}
