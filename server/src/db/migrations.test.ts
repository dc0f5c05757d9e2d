import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestEnv, type TestEnv } from '../../test/harness.js';
import { buildEnterprise, buildPatent } from '../../test/factories.js';
import { migrateDownAll, migrateToLatest } from './migrate.js';
import * as m0014 from './migrations/0014-unknown-filing-date.js';

describe('migrations', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
  });
  afterAll(() => env.close());

  it('keep amounts to the fen: money columns hold 8-byte floats on this dialect', async () => {
    if (env.ctx.dialect === 'postgres') {
      // PostgreSQL's `real` is 4 bytes (about 7 digits): a 45,200,000.50-yuan pledge would be stored as 45,200,000.
      const r = await sql<{ table_name: string; column_name: string }>`
        select table_name, column_name from information_schema.columns
        where table_schema = current_schema() and data_type = 'real'`.execute(env.ctx.db);
      expect(r.rows).toEqual([]);
    }
    // A registered capital of 12,345,678,901.23 yuan round-trips to the fen (enterprise_profiles.registered_capital is `real`).
    const firm = await buildEnterprise(env.ctx);
    const capital = 12_345_678_901.23;
    await env.ctx.db.updateTable('enterprise_profiles').set({ registered_capital: capital }).where('org_id', '=', firm.id).execute();
    const row = await env.ctx.db.selectFrom('enterprise_profiles').select('registered_capital').where('org_id', '=', firm.id).executeTakeFirstOrThrow();
    expect(Number(row.registered_capital)).toBe(capital);
  });

  it('go down to empty and up again on this dialect', async () => {
    await migrateDownAll(env.ctx.db);
    await expect(sql`select count(*) from organisations`.execute(env.ctx.db)).rejects.toThrow();
    await migrateToLatest(env.ctx.db);
    const r = await env.ctx.db
      .selectFrom('organisations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(r.n)).toBe(0);
  });

  it('enforce foreign keys (a user needs an existing organisation)', async () => {
    const at = new Date().toISOString();
    await expect(
      env.ctx.db
        .insertInto('users')
        .values({
          username: 'orphan',
          display_name: 'x',
          password_hash: 'x',
          org_id: 999999,
          role: 'public',
          phone: null,
          status: 'active',
          must_change_password: 0,
          is_demo: 0,
          created_at: at,
          updated_at: at,
        })
        .execute(),
    ).rejects.toThrow();
  });

  it('0014: an unknown filing date is NULL, not an empty text; the patents table keeps its rows, references and indexes', async () => {
    const db = env.ctx.db;
    const known = await buildPatent(env.ctx, { appDate: '2018-03-01', events: [{ kind: 'lapse', date: '2022-01-01' }] });
    const unknown = await buildPatent(env.ctx, { appDate: null });
    const before = await db.selectFrom('patent_events').select(['patent_id', 'kind']).orderBy('id').execute();
    const dates = () => db.selectFrom('patents').select(['id', 'app_date']).where('id', 'in', [known.id, unknown.id]).orderBy('id').execute();
    const indexes = async () =>
      env.ctx.dialect === 'sqlite'
        ? (await sql<{ name: string }>`select name from sqlite_master where tbl_name = 'patents' and type = 'index' order by name`.execute(db)).rows.map(
            (r) => r.name,
          )
        : (await sql<{ name: string }>`select indexname as name from pg_indexes where tablename = 'patents' order by indexname`.execute(db)).rows.map(
            (r) => r.name,
          );
    const indexed = await indexes();
    expect(indexed).toContain('patents_app_date');

    await m0014.down(db as never);
    expect(await dates()).toEqual([
      { id: known.id, app_date: '2018-03-01' },
      { id: unknown.id, app_date: '' },
    ]);
    await m0014.up(db as never);
    expect(await dates()).toEqual([
      { id: known.id, app_date: '2018-03-01' },
      { id: unknown.id, app_date: null },
    ]);
    // Nothing referring to the patents was lost with the old table, and the references still hold.
    expect(await db.selectFrom('patent_events').select(['patent_id', 'kind']).orderBy('id').execute()).toEqual(before);
    expect(await indexes()).toEqual(indexed);
    const at = new Date().toISOString();
    await expect(
      db
        .insertInto('patent_events')
        .values({ patent_id: 999999, event_date: '2024-01-01', kind: 'lapse', summary: '', details: null, source: 'test', created_at: at })
        .execute(),
    ).rejects.toThrow();
  });
});
