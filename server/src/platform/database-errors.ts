import type { PlatformErrorCode } from '@zhichan/contract';

/** A database refusal that is the client's doing, as the status and code the client gets. */
export interface DatabaseRefusal {
  status: 400 | 409;
  code: Extract<PlatformErrorCode, 'invalid_data' | 'constraint_violation' | 'reference_violation' | 'conflict'>;
}

// SQLite (better-sqlite3) extended result codes for the same refusals.
const SQLITE: Record<string, DatabaseRefusal> = {
  SQLITE_CONSTRAINT_UNIQUE: { status: 409, code: 'conflict' },
  SQLITE_CONSTRAINT_PRIMARYKEY: { status: 409, code: 'conflict' },
  SQLITE_CONSTRAINT_FOREIGNKEY: { status: 409, code: 'reference_violation' },
  SQLITE_CONSTRAINT_NOTNULL: { status: 400, code: 'constraint_violation' },
  SQLITE_CONSTRAINT_CHECK: { status: 400, code: 'constraint_violation' },
  SQLITE_MISMATCH: { status: 400, code: 'invalid_data' },
  SQLITE_TOOBIG: { status: 400, code: 'invalid_data' },
};

/**
 * Classifies a database error by its SQLSTATE (PostgreSQL) or extended result code (SQLite).
 * Class 22 (data exception: NUL in text 22021, numeric out of range 22003, malformed date 22007/22008,
 * invalid text representation 22P02…) and the integrity violations of class 23 are refusals of what the
 * client sent; everything else (connection, syntax, the audit log's append-only trigger) stays a 500.
 */
export function classifyDatabaseError(err: unknown): DatabaseRefusal | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code.startsWith('SQLITE_')) return SQLITE[code] ?? null;
  if (!/^[0-9A-Z]{5}$/.test(code)) return null;
  if (code.startsWith('22')) return { status: 400, code: 'invalid_data' };
  switch (code) {
    case '23505':
    case '23P01':
      return { status: 409, code: 'conflict' };
    case '23503':
      return { status: 409, code: 'reference_violation' };
    case '23502':
    case '23514':
      return { status: 400, code: 'constraint_violation' };
    default:
      return null;
  }
}
