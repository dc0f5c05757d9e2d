import { z } from 'zod';
import { ApiError } from '../api/client';

/** A search-syntax error (400 `query_syntax`): the message and the span of the query it points at. */
export interface QuerySyntaxError {
  /** The server's message, in Chinese, starting with the character number. */
  message: string;
  position: number;
  length: number;
  /** Machine code (unknown_field, unclosed_paren …), when the server sent one. */
  code: QueryErrorCode | undefined;
}

/** The error codes of the search parser (server/src/modules/patents/query/types.ts). */
export const queryErrorCodes = [
  'empty_query',
  'too_long',
  'too_many_terms',
  'too_deep',
  'unclosed_quote',
  'unclosed_paren',
  'unmatched_paren',
  'empty_group',
  'missing_operand',
  'unexpected_token',
  'unknown_field',
  'nested_field',
  'empty_value',
  'invalid_text',
  'invalid_code',
  'invalid_enum',
  'invalid_date',
  'invalid_range',
  'range_not_allowed',
  'comparison_not_allowed',
  'only_negation',
  'unsupported_operator',
  'internal',
] as const;
export type QueryErrorCode = (typeof queryErrorCodes)[number];

// Reads the error's `details`; the contract types them only as a record.
const ZSpan = z.object({ position: z.number().int().min(0), length: z.number().int().min(0), code: z.enum(queryErrorCodes).optional().catch(undefined) });

/** The positioned syntax error inside an API failure, or null for any other failure. */
export function toSyntaxError(err: unknown): QuerySyntaxError | null {
  if (!(err instanceof ApiError) || err.status !== 400 || err.code !== 'query_syntax') return null;
  const span = ZSpan.safeParse(err.details);
  return { message: err.message, position: span.data?.position ?? 0, length: span.data?.length ?? 0, code: span.data?.code };
}
