import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect, type SqliteDatabase, type Transaction } from 'kysely';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import type { Config } from '../config.js';
import type { DB } from './schema.js';

export type Dialect = 'sqlite' | 'postgres';
export type Db = Kysely<DB>;
export type Trx = Transaction<DB>;
/** Either the database or a transaction: repository functions accept both. */
export type Executor = Kysely<DB> | Transaction<DB>;

export interface Database {
  db: Db;
  dialect: Dialect;
  destroy(): Promise<void>;
}

// The better-sqlite3 connection behind each SQLite Kysely instance (see sqliteConnection).
const sqliteConnections = new WeakMap<Db, SQLite.Database>();

/**
 * The better-sqlite3 connection of an embedded database, for the few hot loops that run one prepared
 * statement many times inside a Kysely transaction (the search index writer): Kysely compiles and
 * prepares every statement it runs. SQLite has this one connection, so a statement run on it inside
 * `db.transaction()` is part of that transaction. Undefined on PostgreSQL.
 */
export function sqliteConnection(db: Db): SQLite.Database | undefined {
  return sqliteConnections.get(db);
}

const stampStatements = new WeakMap<SQLite.Database, SQLite.Statement>();

/**
 * A stamp that stays the same exactly while nothing was committed to an embedded database: SQLite's
 * `data_version` (moves when ANOTHER connection commits, e.g. a command-line import) with this connection's
 * `total_changes()` (rows it inserted, updated or deleted). Both are O(1) and read no table. A cache whose
 * fingerprint is a few index lookups (the search facets' newest change and newest id) can skip them while the
 * stamp is unchanged; when it moves, the fingerprint is read as before, so nothing is ever missed. Null on
 * PostgreSQL, and when the connection is busy (an open iterator), where the caller reads its fingerprint.
 */
export function sqliteChangeStamp(db: Db): string | null {
  const sqlite = sqliteConnections.get(db);
  if (!sqlite) return null;
  try {
    let stmt = stampStatements.get(sqlite);
    if (!stmt) stampStatements.set(sqlite, (stmt = sqlite.prepare('select total_changes() as c, (select data_version from pragma_data_version) as v')));
    const r = stmt.get() as { c: number; v: number };
    return `${r.v}:${r.c}`;
  } catch {
    return null;
  }
}

/** How many prepared statements each SQLite connection keeps (least recently used are dropped). */
const STATEMENT_CACHE_SIZE = 500;

/**
 * The connection as Kysely's SQLite dialect sees it, with its prepared statements kept and reused: Kysely
 * prepares every statement it runs, and preparing costs as much as running a short query (a signed-in request
 * runs a few: the session, the region, the data version). Kysely runs one query at a time on the one connection
 * (a stream holds it until it ends), so a kept statement is never busy when it is reused.
 */
function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let stmt = statements.get(sql);
      if (stmt) {
        statements.delete(sql);
      } else {
        stmt = sqlite.prepare(sql);
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value as string);
      }
      statements.set(sql, stmt);
      return stmt;
    },
  };
}

/** Opens the configured database: embedded SQLite by default, PostgreSQL when DATABASE_URL is set. */
export function openDatabase(config: Config['database']): Database {
  if (config.kind === 'postgres') {
    // COUNT(*) and BIGINT arrive as strings by default; our ids and counts fit in a JS number.
    pg.types.setTypeParser(20, (v) => Number(v));
    pg.types.setTypeParser(1700, (v) => Number(v));
    const pool = new pg.Pool({ connectionString: config.url, max: 10 });
    // An idle client the server drops (restart, admin termination) must not crash the process:
    // the pool discards it and opens a new one on the next query.
    pool.on('error', (err) => console.error('PostgreSQL idle client error:', err.message));
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', destroy: () => db.destroy() };
  }
  if (config.path !== ':memory:') mkdirSync(path.dirname(config.path), { recursive: true });
  const sqlite = new SQLite(config.path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  sqliteConnections.set(db, sqlite);
  return { db, dialect: 'sqlite', destroy: () => db.destroy() };
}
