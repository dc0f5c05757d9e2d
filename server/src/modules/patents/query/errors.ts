import { characterNumber } from './normalize.js';
import type { QueryError, QueryErrorCode } from './types.js';

/** A span of the input (UTF-16 indices) that an error or a node covers. */
export interface Span {
  position: number;
  length: number;
}

/** Internal control flow: thrown inside the parser, caught by `parseQuery` and returned as a `QueryError`. */
export class QueryFailure extends Error {
  constructor(
    readonly code: QueryErrorCode,
    readonly span: Span,
    readonly detail: string,
  ) {
    super(detail);
  }
}

/** Shorthand for throwing a positioned failure. */
export function fail(code: QueryErrorCode, span: Span, detail: string): never {
  throw new QueryFailure(code, span, detail);
}

/** Builds the public error, clamping the span into the input and prefixing the character number. */
export function toQueryError(input: string, code: QueryErrorCode, span: Span, detail: string): QueryError {
  const position = Math.min(Math.max(0, span.position), input.length);
  const length = Math.min(Math.max(0, span.length), input.length - position);
  // An empty query has no place to point at; every other message says where (第N个字符处).
  if (code === 'empty_query') return { position, length, code, message: detail };
  const where = position >= input.length ? '检索式末尾' : `第${characterNumber(input, position)}个字符处`;
  return { position, length, code, message: `${where}：${detail}` };
}

/** Quotes a piece of user input for a message, shortening long ones. */
export function quote(text: string): string {
  const chars = [...text];
  return `“${chars.length > 20 ? `${chars.slice(0, 20).join('')}…` : text}”`;
}
