import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestEnv, type TestEnv } from '../../test/harness.js';
import { migrateDownAll, migrateToLatest } from './migrate.js';

describe('migrations', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
  });
  afterAll(() => env.close());

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
});
