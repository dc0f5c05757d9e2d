import { fail, type Span } from './errors.js';
import type { Token } from './lexer.js';
import type { QueryNode } from './types.js';

/** More terms than this make the query too expensive to run. */
export const MAX_TERMS = 100;

/** The span a token covers. */
export function tokenSpan(token: Token, until: Token = token): Span {
  return { position: token.pos, length: until.end - token.pos };
}

/** Walks the token list for the parser and remembers the source span of every node it builds. */
export class TokenCursor {
  private index = 0;
  private terms = 0;
  private readonly spans = new WeakMap<QueryNode, Span>();

  constructor(private readonly tokens: readonly Token[]) {}

  /** The token `offset` places ahead (the final `eof` when past the end). */
  peek(offset = 0): Token {
    return this.tokens[Math.min(this.index + offset, this.tokens.length - 1)] as Token;
  }

  /** Consumes and returns the current token (`eof` is never consumed). */
  next(): Token {
    const token = this.peek();
    if (token.type !== 'eof') this.index++;
    return token;
  }

  /** End index of the last consumed token. */
  lastEnd(): number {
    return this.index > 0 ? (this.tokens[this.index - 1] as Token).end : 0;
  }

  /** Counts one more term and enforces the term limit. */
  countTerm(at: Token): void {
    this.terms++;
    if (this.terms > MAX_TERMS) fail('too_many_terms', tokenSpan(at), `检索词超过 ${MAX_TERMS} 个，请精简检索式`);
  }

  /** Records the span of a node, from `start` to the end of the last consumed token. */
  mark<T extends QueryNode>(node: T, start: number, end = this.lastEnd()): T {
    this.spans.set(node, { position: start, length: Math.max(0, end - start) });
    return node;
  }

  /** The recorded span of a node (0,0 for a node the parser did not build). */
  spanOf(node: QueryNode): Span {
    return this.spans.get(node) ?? { position: 0, length: 0 };
  }
}
