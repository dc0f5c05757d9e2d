import { sql, type CompiledQuery, type Kysely } from 'kysely';
import type { Dialect, Executor } from './database.js';

/** Row values a bulk insert carries: text, numbers and nulls only (portable column types). */
export type BulkValue = string | number | null;
export type BulkRow = Record<string, BulkValue>;

/** How a bulk insert treats a row whose key already exists. */
export type OnConflict = { kind: 'error' } | { kind: 'nothing' } | { kind: 'update'; key: readonly string[]; set: readonly string[] };

// Bound parameters per statement: SQLite allows 32,766, PostgreSQL 65,535.
const PARAMETER_LIMIT: Readonly<Record<Dialect, number>> = { sqlite: 32_766, postgres: 65_535 };
// Rows per statement beyond which a longer statement no longer pays (measured on SQLite: 256–500 is the sweet spot).
const MAX_ROWS = 500;

/** Tables are chosen by the caller from the typed schema; here only their names are needed. */
type Untyped = Kysely<Record<string, Record<string, BulkValue>>>;

/** Rows per statement for a column count: as many as the dialect's parameter limit allows, at most MAX_ROWS. */
export function rowsPerStatement(dialect: Dialect, columns: number): number {
  return Math.max(1, Math.min(MAX_ROWS, Math.floor(PARAMETER_LIMIT[dialect] / Math.max(1, columns))));
}

// Kysely-compiled statements by shape (dialect, table, columns, row count, conflict clause, returning).
// The dialect is part of the key: PostgreSQL's $1 placeholders must never reach SQLite in a process using both.
const templates = new Map<string, CompiledQuery>();

/**
 * The multi-row INSERT for `n` rows of this shape, built and compiled by Kysely once and then reused
 * with each chunk's parameters. Building the query tree and compiling it for every chunk cost more
 * than the insert itself; the SQL text is the same each time, only the parameters change.
 */
function template(
  db: Untyped,
  dialect: Dialect,
  table: string,
  columns: readonly string[],
  n: number,
  onConflict: OnConflict,
  returning: readonly string[],
): CompiledQuery {
  const key = JSON.stringify([dialect, table, columns, n, onConflict, returning]);
  const cached = templates.get(key);
  if (cached) return cached;
  // Non-null placeholders, so that every value compiles to a bound parameter.
  const row = Object.fromEntries(columns.map((c) => [c, 0]));
  let q = db.insertInto(table).values(Array.from({ length: n }, () => row));
  if (onConflict.kind === 'nothing') q = q.onConflict((oc) => oc.doNothing());
  if (onConflict.kind === 'update') {
    const set = Object.fromEntries(onConflict.set.map((c) => [c, sql<BulkValue>`${sql.ref(`excluded.${c}`)}`]));
    q = q.onConflict((oc) => oc.columns(onConflict.key as string[]).doUpdateSet(set));
  }
  const compiled = returning.length > 0 ? q.returning(returning.map((c) => sql<BulkValue>`${sql.ref(c)}`.as(c))).compile() : q.compile();
  // The parameters must be the values row by row in column order, exactly as we will pass them.
  if (compiled.parameters.length !== n * columns.length) throw new Error(`bulk insert into ${table}: unexpected parameter layout`);
  if (templates.size >= 256) templates.clear();
  templates.set(key, compiled);
  return compiled;
}

/** Runs the statements for all rows, a chunk at a time, and returns the rows they return. */
async function run(trx: Executor, dialect: Dialect, table: string, rows: readonly BulkRow[], onConflict: OnConflict, returning: readonly string[]) {
  const out: Record<string, BulkValue>[] = [];
  if (rows.length === 0) return out;
  const columns = Object.keys(rows[0] ?? {});
  const size = rowsPerStatement(dialect, columns.length);
  const db = trx as unknown as Untyped;
  for (let i = 0; i < rows.length; i += size) {
    const chunk = rows.slice(i, i + size);
    const parameters: BulkValue[] = [];
    for (const r of chunk) for (const c of columns) parameters.push(r[c] ?? null);
    const query = { ...template(db, dialect, table, columns, chunk.length, onConflict, returning), parameters };
    const result = await db.executeQuery<Record<string, BulkValue>>(query);
    out.push(...result.rows);
  }
  return out;
}

/** Inserts many rows with a few multi-row statements; every row must have the same columns. */
export async function insertRows(
  trx: Executor,
  dialect: Dialect,
  table: string,
  rows: readonly BulkRow[],
  onConflict: OnConflict = { kind: 'error' },
): Promise<void> {
  await run(trx, dialect, table, rows, onConflict, []);
}

/** Inserts or updates many rows and returns the chosen columns of every row written (e.g. id and key). */
export async function upsertRowsReturning<R extends string>(
  trx: Executor,
  dialect: Dialect,
  table: string,
  rows: readonly BulkRow[],
  onConflict: OnConflict,
  returning: readonly R[],
): Promise<Record<R, BulkValue>[]> {
  return (await run(trx, dialect, table, rows, onConflict, returning)) as Record<R, BulkValue>[];
}
