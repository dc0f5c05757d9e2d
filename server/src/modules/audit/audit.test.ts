import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { AuditEntry } from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { buildOrg, buildUser, login, type Client } from '../../../test/factories.js';

describe('audit trail', () => {
  let env: TestEnv;
  let cityAdmin: Client;
  let aAdmin: Client;
  let bAdmin: Client;
  beforeAll(async () => {
    env = await createTestEnv();
    const city = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370800' });
    const a = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370811' });
    const b = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370883' });
    await buildUser(env.ctx, { orgId: city.id, role: 'bureau_admin', username: 'au_city' });
    await buildUser(env.ctx, { orgId: a.id, role: 'bureau_admin', username: 'au_a' });
    await buildUser(env.ctx, { orgId: b.id, role: 'bureau_admin', username: 'au_b' });
    cityAdmin = await login(env.app, 'au_city');
    aAdmin = await login(env.app, 'au_a');
    bAdmin = await login(env.app, 'au_b');
  });
  afterAll(() => env.close());

  it('records who did what to which entity, with before and after, searchable by entity', async () => {
    const created = await aAdmin.post('/api/orgs', { kind: 'town_office', name: '李营街道市场监管所', regionCode: '370811005' });
    expect(created.statusCode).toBe(201);
    const id = created.json<{ id: number }>().id;
    await aAdmin.request('PATCH', `/api/orgs/${id}`, { name: '李营街道市场监管所（新）' });
    const res = await aAdmin.get(`/api/audit?entityType=organisation&entityId=${id}`);
    const rows = res.json<{ items: AuditEntry[] }>().items;
    expect(rows.map((r) => r.action)).toEqual(['org.update', 'org.create']);
    expect(rows[0]).toMatchObject({
      actorUsername: 'au_a',
      regionCode: '370811005',
      before: { name: '李营街道市场监管所' },
      after: { name: '李营街道市场监管所（新）' },
    });
    expect(rows[0]?.ip).toBeTruthy();
  });

  it('filters by actor, action prefix and time window', async () => {
    const byActor = (await cityAdmin.get('/api/audit?actor=au_a&pageSize=200')).json<{ items: AuditEntry[] }>().items;
    expect(byActor.length).toBeGreaterThan(0);
    expect(byActor.every((r) => r.actorUsername === 'au_a')).toBe(true);
    const logins = (await cityAdmin.get('/api/audit?action=auth&pageSize=200')).json<{ items: AuditEntry[] }>().items;
    expect(logins.length).toBeGreaterThan(0);
    expect(logins.every((r) => r.action.startsWith('auth.'))).toBe(true);
    const future = (await cityAdmin.get('/api/audit?from=2099-01-01')).json<{ total: number }>();
    expect(future.total).toBe(0);
    const today = env.clock.now().toISOString().slice(0, 10);
    expect((await cityAdmin.get(`/api/audit?from=${today}&to=${today}`)).json<{ total: number }>().total).toBeGreaterThan(0);
    expect((await cityAdmin.get('/api/audit?from=yesterday')).statusCode).toBe(400);
  });

  it('shows an admin only the rows of their jurisdiction', async () => {
    await bAdmin.post('/api/orgs', { kind: 'town_office', name: '邹城测试所', regionCode: '370883' });
    const seenByA = (await aAdmin.get('/api/audit?pageSize=200')).json<{ items: AuditEntry[] }>().items;
    expect(seenByA.some((r) => r.actorUsername === 'au_b')).toBe(false);
    expect(seenByA.every((r) => r.regionCode?.startsWith('370811'))).toBe(true);
    const seenByCity = (await cityAdmin.get('/api/audit?pageSize=200')).json<{ items: AuditEntry[] }>().items;
    expect(seenByCity.some((r) => r.actorUsername === 'au_b')).toBe(true);
    expect(seenByCity.some((r) => r.actorUsername === 'au_a')).toBe(true);
  });

  it('shows failed sign-ins under unknown usernames to the city-level administrators only', async () => {
    const res = await env.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'no_such_user_x', password: 'Wrong@12345' } });
    expect(res.statusCode).toBe(401);
    const query = '/api/audit?action=auth.login_failed&actor=no_such_user_x';
    const seenByCity = (await cityAdmin.get(query)).json<{ items: AuditEntry[] }>().items;
    expect(seenByCity).toHaveLength(1);
    expect(seenByCity[0]).toMatchObject({ actorUsername: 'no_such_user_x', regionCode: null, after: { username: 'no_such_user_x', failures: 1 } });
    // A county's administrators see neither the row nor that it exists.
    for (const county of [aAdmin, bAdmin]) {
      const seen = (await county.get(query)).json<{ items: AuditEntry[]; total: number }>();
      expect(seen.items).toHaveLength(0);
      expect(seen.total).toBe(0);
    }
  });

  it('is append-only in the database itself: UPDATE and DELETE are refused', async () => {
    await expect(sql`update audit_log set action = 'tampered'`.execute(env.ctx.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(env.ctx.db)).rejects.toThrow(/append-only/);
    const n = await env.ctx.db.selectFrom('audit_log').select('action').where('action', '=', 'tampered').execute();
    expect(n).toHaveLength(0);
  });

  it('offers no API that edits or deletes audit rows', () => {
    const routes = env.app.printRoutes({ commonPrefix: false });
    expect(routes).toMatch(/audit \(GET, HEAD\)/);
    expect(routes).not.toMatch(/audit.*(POST|PATCH|PUT|DELETE)/);
  });

  it('never stores passwords or hashes in audit rows', async () => {
    const rows = await env.ctx.db.selectFrom('audit_log').select(['after_json', 'before_json']).execute();
    for (const r of rows) {
      expect(r.after_json ?? '').not.toMatch(/scrypt\$/);
      expect(r.after_json ?? '').not.toContain('Init@');
    }
  });

  it('rolls the change back when the audit write fails (same transaction)', async () => {
    // The audit row cannot be written (a BigInt does not serialise to JSON) after the change was made:
    // the change must not survive without its audit row.
    const { mutate } = await import('../../platform/audit.js');
    const before = await env.ctx.db.selectFrom('organisations').select('id').execute();
    await expect(
      mutate(env.ctx, { userId: null, username: 't', orgId: null, regionCode: null, ip: null, trace: { auditRows: 0 } }, async (trx) => {
        await trx
          .insertInto('organisations')
          .values({
            kind: 'ip_bureau',
            name: '回滚测试',
            credit_code: null,
            region_code: '370811',
            status: 'active',
            is_demo: 0,
            created_at: 'x',
            updated_at: 'x',
          })
          .execute();
        return { value: null, audit: { action: 'x', entityType: 'x', entityId: null, after: { bad: 1n } } };
      }),
    ).rejects.toThrow();
    expect(await env.ctx.db.selectFrom('organisations').select('id').execute()).toHaveLength(before.length);
  });
});
