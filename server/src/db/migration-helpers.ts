import { PostgresAdapter, sql, type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely } from 'kysely';

/** Which dialect a migration runs on; the few places where DDL differs ask this. */
export function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Adds an auto-incrementing integer primary key named `id`, portable across both dialects. */
export function withId<T extends string>(db: Kysely<unknown>, table: CreateTableBuilder<T, never>): CreateTableBuilder<T, 'id'> {
  return isPostgres(db) ? table.addColumn('id', 'bigserial', (c) => c.primaryKey()) : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

/** Byte-order ("C") collation for code columns on PostgreSQL, so prefix ranges compare as in SQLite. */
export function codeCollation(db: Kysely<unknown>) {
  return (c: ColumnDefinitionBuilder) => (isPostgres(db) ? c.modifyEnd(sql`collate "C"`) : c);
}

/** Foreign-key column type: ids are bigserial on PostgreSQL. */
export function idType(db: Kysely<unknown>): 'bigint' | 'integer' {
  return isPostgres(db) ? 'bigint' : 'integer';
}

/** Makes a table append-only at the database level: UPDATE and DELETE raise an error. */
export async function makeAppendOnly(db: Kysely<unknown>, table: string): Promise<void> {
  if (isPostgres(db)) {
    await sql
      .raw(
        `create or replace function ${table}_append_only() returns trigger language plpgsql as $$
         begin raise exception '${table} is append-only'; end $$;
         create trigger ${table}_no_update before update or delete on ${table}
         for each row execute function ${table}_append_only();`,
      )
      .execute(db);
  } else {
    await sql.raw(`create trigger ${table}_no_update before update on ${table} begin select raise(abort, '${table} is append-only'); end`).execute(db);
    await sql.raw(`create trigger ${table}_no_delete before delete on ${table} begin select raise(abort, '${table} is append-only'); end`).execute(db);
  }
}

/** Drops what makeAppendOnly created. */
export async function dropAppendOnly(db: Kysely<unknown>, table: string): Promise<void> {
  if (isPostgres(db)) {
    await sql.raw(`drop trigger if exists ${table}_no_update on ${table}; drop function if exists ${table}_append_only();`).execute(db);
  } else {
    await sql.raw(`drop trigger if exists ${table}_no_update`).execute(db);
    await sql.raw(`drop trigger if exists ${table}_no_delete`).execute(db);
  }
}
