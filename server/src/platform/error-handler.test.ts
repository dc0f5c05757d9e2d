import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { createTestEnv, type TestEnv } from '../../test/harness.js';
import { buildOrg } from '../../test/factories.js';
import { defineRoute } from './routes.js';
import { classifyDatabaseError } from './database-errors.js';

/**
 * What the database refuses of a request's data is the client's mistake: a 4xx with a stable code, never a
 * 500. The contract's schemas refuse most of it first; these routes skip them on purpose and write the
 * refused value straight to the real database (SQLite or PostgreSQL, whichever the run uses).
 */
const ZCase = z.object({ case: z.enum(['not_null', 'foreign_key', 'unique', 'nul']) });

describe('database refusals become 4xx', () => {
  let env: TestEnv;
  let app: FastifyInstance;
  beforeAll(async () => {
    env = await createTestEnv();
    const { ctx } = env;
    const existing = await buildOrg(ctx, { name: '已有机构' });
    const at = ctx.clock.now().toISOString();
    const org = { kind: 'ip_bureau', credit_code: null, region_code: '370811', status: 'active', is_demo: 0, created_at: at, updated_at: at };
    const route = defineRoute({
      method: 'GET',
      url: '/api/test/db-refusal',
      summary: 'test',
      tags: [],
      access: 'public',
      query: ZCase,
      response: z.object({ ok: z.boolean() }),
      handler: async ({ query }) => {
        if (query.case === 'not_null')
          await ctx.db
            .insertInto('organisations')
            .values({ ...org, name: null as unknown as string })
            .execute();
        if (query.case === 'foreign_key') await ctx.db.deleteFrom('organisations').where('id', '=', existing.id).execute();
        if (query.case === 'unique') {
          const row = await ctx.db.selectFrom('organisations').select('credit_code').where('id', '=', existing.id).executeTakeFirstOrThrow();
          await ctx.db
            .insertInto('organisations')
            .values({ ...org, name: '重复', credit_code: row.credit_code })
            .execute();
        }
        if (query.case === 'nul')
          await ctx.db
            .insertInto('organisations')
            .values({ ...org, name: 'a\u0000b' })
            .execute();
        return { ok: true };
      },
    });
    // A user of the existing organisation, so that deleting it breaks a foreign key.
    await ctx.db
      .insertInto('users')
      .values({
        username: 'fk_holder',
        display_name: 'x',
        password_hash: 'x',
        org_id: existing.id,
        role: 'bureau_staff',
        phone: null,
        status: 'active',
        must_change_password: 0,
        is_demo: 0,
        created_at: at,
        updated_at: at,
      })
      .execute();
    app = await buildApp(ctx, { routes: [route] });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await env.close();
  });

  const call = (c: string) => app.inject({ method: 'GET', url: `/api/test/db-refusal?case=${c}` });

  it('a missing required value is 400 constraint_violation', async () => {
    const res = await call('not_null');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'constraint_violation', message: expect.stringContaining('不完整') });
  });

  it('removing a record others refer to is 409 reference_violation', async () => {
    const res = await call('foreign_key');
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'reference_violation' });
  });

  it('a duplicate is 409 conflict', async () => {
    const res = await call('unique');
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'conflict', message: '记录已存在，不能重复提交' });
  });

  it('a NUL in text: PostgreSQL refuses it (22021) → 400 invalid_data; SQLite stores it', async () => {
    const res = await call('nul');
    if (env.ctx.dialect === 'postgres') {
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: 'invalid_data', message: expect.stringContaining('无法保存') });
    } else {
      expect(res.statusCode).toBe(200);
    }
  });

  it('classifies SQLSTATE classes 22 and 23 and SQLite codes; leaves everything else a 500', () => {
    expect(classifyDatabaseError({ code: '22003' })).toEqual({ status: 400, code: 'invalid_data' });
    expect(classifyDatabaseError({ code: '22P02' })).toEqual({ status: 400, code: 'invalid_data' });
    expect(classifyDatabaseError({ code: '23514' })).toEqual({ status: 400, code: 'constraint_violation' });
    expect(classifyDatabaseError({ code: 'SQLITE_CONSTRAINT_CHECK' })).toEqual({ status: 400, code: 'constraint_violation' });
    // The audit log's append-only trigger is our bug, not the client's: it stays a 500.
    expect(classifyDatabaseError({ code: 'SQLITE_CONSTRAINT_TRIGGER' })).toBeNull();
    expect(classifyDatabaseError({ code: 'P0001' })).toBeNull();
    expect(classifyDatabaseError({ code: 'EPIPE' })).toBeNull();
    expect(classifyDatabaseError(new Error('x'))).toBeNull();
  });
});
