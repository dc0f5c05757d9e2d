// Helpers shared by this folder's tests: build expected trees without positions and unwrap results.
import { expect } from 'vitest';
import { parseQuery } from './index.js';
import { stripPositions, type QueryShape } from './strip-positions.js';
import type { CodeField, DateField, EnumField, LegalStatus, PatentType, QueryError, TextField } from './types.js';

/** Expected text term (TX, not a phrase, unless overridden). */
export const text = (value: string, field: TextField = 'TX', phrase = false): QueryShape => ({ kind: 'text', field, value, phrase });
/** Expected phrase term. */
export const phrase = (value: string, field: TextField = 'TX'): QueryShape => text(value, field, true);
/** Expected code term. */
export const code = (field: CodeField, value: string): QueryShape => ({ kind: 'code', field, value });
/** Expected enum term. */
export const enumTerm = (field: EnumField, value: PatentType | LegalStatus): QueryShape => ({ kind: 'enum', field, value }) as QueryShape;
/** Expected date term. */
export const date = (field: DateField, from: string | null, to: string | null): QueryShape => ({ kind: 'date', field, from, to });
/** Expected AND. */
export const and = (...children: QueryShape[]): QueryShape => ({ kind: 'and', children });
/** Expected OR. */
export const or = (...children: QueryShape[]): QueryShape => ({ kind: 'or', children });
/** Expected NOT. */
export const not = (child: QueryShape): QueryShape => ({ kind: 'not', child });

/** Parses and returns the tree without positions; fails the test with the parser's message otherwise. */
export function shapeOf(input: string): QueryShape {
  const result = parseQuery(input);
  if (!result.ok) expect.fail(`expected ${JSON.stringify(input)} to parse, got: ${result.error.message}`);
  return stripPositions(result.ast);
}

/** Parses and returns the error; fails the test when the input parses. */
export function errorOf(input: string): QueryError {
  const result = parseQuery(input);
  if (result.ok) expect.fail(`expected ${JSON.stringify(input)} to be rejected, got ${JSON.stringify(result.ast)}`);
  return result.error;
}
