import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../migration-helpers.js';

/**
 * Amounts to the fen on PostgreSQL. The migrations declare money, rates and scores as `real`: an 8-byte float on
 * SQLite, but a 4-byte one on PostgreSQL (about 7 significant digits), where a pledge of 45,200,000.50 yuan is
 * stored as 45,200,000 and a loan of 12,345,678.90 as 12,345,679. This widens every `real` column of the schema
 * to `double precision` on PostgreSQL (SQLite is unchanged). The columns are read from the catalogue, so none is
 * missed; `migrations.test.ts` fails if a later migration declares `real` again.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (!isPostgres(db)) return;
  const { rows } = await sql<{ table_name: string; column_name: string }>`
    select table_name, column_name from information_schema.columns
    where table_schema = current_schema() and data_type = 'real'
    order by table_name, column_name`.execute(db);
  for (const r of rows) {
    await sql`alter table ${sql.table(r.table_name)} alter column ${sql.ref(r.column_name)} type double precision`.execute(db);
  }
}

/** Nothing to undo: a wider column holds every value the narrower one did. */
export async function down(): Promise<void> {}
