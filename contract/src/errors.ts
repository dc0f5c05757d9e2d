import { messageCatalogue, type MessageCode } from './messages.js';

/**
 * Stable codes of the platform's own error bodies (`error` in `{error, message, fields?}`), each with its
 * catalogue code (`messageCode` in the body, rendered in either language). Modules' refusals carry their own
 * codes (`not_found`, `conflict`, `locked`…); these are the ones the error handler gives to failures it
 * recognises but nobody threw on purpose.
 */
export const platformErrorCodes = {
  validation: 'error.validation',
  rate_limited: 'error.rate_limited',
  /** The database refused a value: a character it cannot store, a number out of range, a malformed date. */
  invalid_data: 'error.invalid_data',
  /** A required value is missing or a rule of the table is broken (NOT NULL, CHECK). */
  constraint_violation: 'error.constraint_violation',
  /** A foreign key: the record referred to does not exist, or others still refer to this one. */
  reference_violation: 'error.reference_violation',
  /** A unique key: a race between two identical writes. */
  conflict: 'error.conflict',
  internal: 'error.internal',
  /** 431: the request line or headers are larger than the server reads (a very long query in a GET address). */
  header_too_large: 'error.header_too_large',
} as const satisfies Record<string, MessageCode>;
export type PlatformErrorCode = keyof typeof platformErrorCodes;

/** The Chinese message of each platform error code. */
export const platformErrorMessages = Object.fromEntries(
  Object.entries(platformErrorCodes).map(([error, code]) => [error, messageCatalogue[code].zh]),
) as Record<PlatformErrorCode, string>;
