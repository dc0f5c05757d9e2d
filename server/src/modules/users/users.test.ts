import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionInfo, User } from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { anonymousClient, buildOrg, buildUser, login, type Client } from '../../../test/factories.js';

describe('organisation and user administration', () => {
  let env: TestEnv;
  let admin: Client;
  let bureauId: number;
  let bankId: number;
  beforeAll(async () => {
    env = await createTestEnv();
    bureauId = (await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370811' })).id;
    bankId = (await buildOrg(env.ctx, { kind: 'bank', region: '370811' })).id;
    await buildUser(env.ctx, { orgId: bureauId, role: 'bureau_admin', username: 'adm' });
    admin = await login(env.app, 'adm');
  });
  afterAll(() => env.close());

  it('creates a user who must change the initial password at first sign-in', async () => {
    const res = await admin.post('/api/users', {
      username: 'new.staff',
      displayName: '新员工',
      role: 'bureau_staff',
      orgId: bureauId,
      phone: '13500001234',
      initialPassword: 'First@2026',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json<User>().phone).toBe('13500001234');
    const c = anonymousClient(env.app);
    const s = (await c.post('/api/auth/login', { username: 'new.staff', password: 'First@2026' })).json<SessionInfo>();
    expect(s.user?.mustChangePassword).toBe(true);
    // Until the password is changed, the server refuses everything else (not only the web app).
    expect((await c.get('/api/notifications')).statusCode).toBe(403);
    expect((await c.post('/api/auth/password', { currentPassword: 'First@2026', newPassword: 'Mine@2026x' })).statusCode).toBe(200);
    expect((await c.get('/api/notifications')).statusCode).toBe(200);
    const list = (await admin.get('/api/users?q=new.staff')).json<{ items: User[] }>();
    expect(list.items[0]?.phone).toBe('135****1234');
  });

  it('refuses a role that does not fit the organisation kind, naming the field', async () => {
    const res = await admin.post('/api/users', {
      username: 'bank.admin',
      displayName: '错配',
      role: 'bureau_admin',
      orgId: bankId,
      initialPassword: 'First@2026',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ fields: Record<string, string> }>().fields.role).toContain('不能属于');
  });

  it('refuses duplicate usernames with 409', async () => {
    const body = { username: 'dup.user', displayName: '甲', role: 'bureau_staff', orgId: bureauId, initialPassword: 'First@2026' };
    expect((await admin.post('/api/users', body)).statusCode).toBe(201);
    const dup = await admin.post('/api/users', body);
    expect(dup.statusCode).toBe(409);
    expect(dup.json<{ fields: Record<string, string> }>().fields.username).toBeDefined();
  });

  it('disabling a user ends their sessions and refuses their sign-in', async () => {
    const u = await buildUser(env.ctx, { orgId: bureauId, role: 'bureau_staff' });
    const c = await login(env.app, u.username);
    expect((await admin.request('PATCH', `/api/users/${u.id}`, { status: 'disabled' })).statusCode).toBe(200);
    expect((await c.get('/api/notifications/unread-count')).statusCode).toBe(401);
    const again = await anonymousClient(env.app).post('/api/auth/login', { username: u.username, password: 'Test@2026x' });
    expect(again.statusCode).toBe(401);
  });

  it('an admin cannot disable themself', async () => {
    const me = (await admin.get('/api/auth/session')).json<SessionInfo>().user;
    const res = await admin.request('PATCH', `/api/users/${me?.id ?? 0}`, { status: 'disabled' });
    expect(res.statusCode).toBe(409);
  });

  it('unlocks a locked account; unlocking an unlocked one is a 409', async () => {
    const u = await buildUser(env.ctx, { orgId: bureauId, role: 'bureau_staff' });
    const c = anonymousClient(env.app);
    for (let i = 0; i < 5; i++) await c.post('/api/auth/login', { username: u.username, password: 'Wrong@2026x' });
    expect((await c.post('/api/auth/login', { username: u.username, password: 'Test@2026x' })).statusCode).toBe(423);
    expect((await admin.post(`/api/users/${u.id}/unlock`)).statusCode).toBe(200);
    expect((await c.post('/api/auth/login', { username: u.username, password: 'Test@2026x' })).statusCode).toBe(200);
    expect((await admin.post(`/api/users/${u.id}/unlock`)).statusCode).toBe(409);
  });

  it('creates organisations only inside the jurisdiction and disables them', async () => {
    const outside = await admin.post('/api/orgs', { kind: 'town_office', name: '邹城某所', regionCode: '370883' });
    expect(outside.statusCode).toBe(403);
    const ok = await admin.post('/api/orgs', { kind: 'mediation', name: '任城区调解委员会', regionCode: '370811' });
    expect(ok.statusCode).toBe(201);
    const id = ok.json<{ id: number }>().id;
    const u = await buildUser(env.ctx, { orgId: id, role: 'mediator' });
    const c = await login(env.app, u.username);
    expect((await admin.request('PATCH', `/api/orgs/${id}`, { status: 'disabled' })).statusCode).toBe(200);
    expect((await c.get('/api/notifications/unread-count')).statusCode).toBe(401);
    expect((await admin.post('/api/orgs', { kind: 'enterprise', name: '企业不能在此创建', regionCode: '370811' })).statusCode).toBe(400);
  });
});

describe('sign-in rate limit', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv({ LOGIN_RATE_PER_MINUTE: '5' });
  });
  afterAll(() => env.close());

  it('answers 429 with a Chinese message once an IP exceeds the per-minute limit', async () => {
    const c = anonymousClient(env.app);
    const codes: number[] = [];
    for (let i = 0; i < 7; i++) codes.push((await c.post('/api/auth/login', { username: `nobody${i}`, password: 'x' })).statusCode);
    expect(codes.slice(0, 5).every((s) => s === 401)).toBe(true);
    const last = await c.post('/api/auth/login', { username: 'nobody', password: 'x' });
    expect(last.statusCode).toBe(429);
    expect(last.json<{ message: string }>().message).toContain('频繁');
  });
});
