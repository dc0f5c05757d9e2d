import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../migration-helpers.js';
import { startProgress } from '../../platform/progress.js';

/**
 * A patent whose source gives no filing date (a title list) keeps `app_date` NULL: it was stored as ''
 * because the column was NOT NULL, and '' sorts before every date ("filed before 1900", "maintained for
 * more than 10 years"). Unknown is unknown: no expiry follows, and the in-force rule
 * (modules/patents/in-force.ts) leaves such a patent out of every date-based count.
 *
 * PostgreSQL drops the constraint. SQLite cannot, so the table is rebuilt the way the SQLite manual
 * prescribes (ALTER TABLE §7): foreign keys off, a copy with the changed definition, the old table
 * dropped, the copy renamed, its indexes and triggers created again, the foreign keys checked — in one
 * transaction, with progress printed (minutes at a million patents).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) await sql`alter table patents alter column app_date drop not null`.execute(db);
  else await rebuildPatents(db, (ddl) => ddl.replace(/"app_date" text not null/i, '"app_date" text'));
  await sql`update patents set app_date = null where app_date = ''`.execute(db);
}

/** Back to '' for an unknown filing date, and the NOT NULL constraint. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`update patents set app_date = '' where app_date is null`.execute(db);
  if (isPostgres(db)) await sql`alter table patents alter column app_date set not null`.execute(db);
  else await rebuildPatents(db, (ddl) => ddl.replace(/"app_date" text(?! not null)/i, '"app_date" text not null'));
}

async function rebuildPatents(db: Kysely<unknown>, edit: (ddl: string) => string): Promise<void> {
  const objects = (await sql<{ type: string; sql: string }>`select type, sql from sqlite_master where tbl_name = 'patents' and sql is not null`.execute(db))
    .rows;
  const ddl = objects.find((o) => o.type === 'table')?.sql ?? '';
  const changed = edit(ddl);
  if (changed === ddl) throw new Error('0014: the patents table definition is not the expected one');
  const copy = changed.replace(/^create table "?patents"?/i, 'create table "patents_0014"');
  const total = Number((await sql<{ n: number }>`select count(*) as n from patents`.execute(db)).rows[0]?.n ?? 0);
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await db.transaction().execute(async (trx) => {
      await sql.raw(copy).execute(trx);
      const progress = startProgress('0014 专利表重建 rebuilding patents');
      for (let last = 0, done = 0; ;) {
        const top = (
          await sql<{ id: number | null }>`select max(id) as id from (select id from patents where id > ${last} order by id limit 20000)`.execute(trx)
        ).rows[0]?.id;
        if (top === null || top === undefined) break;
        await sql`insert into patents_0014 select * from patents where id > ${last} and id <= ${top}`.execute(trx);
        done += Number((await sql<{ n: number }>`select changes() as n`.execute(trx)).rows[0]?.n ?? 0);
        progress.update(done, total);
        last = Number(top);
      }
      progress.end();
      await sql`drop table patents`.execute(trx);
      await sql`alter table patents_0014 rename to patents`.execute(trx);
      for (const o of objects.filter((x) => x.type !== 'table')) await sql.raw(o.sql).execute(trx);
      const broken = (await sql`pragma foreign_key_check`.execute(trx)).rows;
      if (broken.length > 0) throw new Error(`0014: ${broken.length} rows refer to missing patents`);
    });
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}
