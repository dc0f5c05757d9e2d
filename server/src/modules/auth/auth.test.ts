import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { anonymousClient, auditCount, buildOrg, buildUser, login, TEST_PASSWORD } from '../../../test/factories.js';

describe('sign-in, sessions and CSRF', () => {
  let env: TestEnv;
  let bureauId: number;
  beforeAll(async () => {
    env = await createTestEnv();
    bureauId = (await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370811' })).id;
  });
  afterAll(() => env.close());

  it('reports the database dialect the suite runs on', async () => {
    const res = await env.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.json()).toMatchObject({ status: 'ok', dialect: process.env.DATABASE_URL?.startsWith('postgres') ? 'postgres' : 'sqlite' });
  });

  it('signs in with the right password and sets an httpOnly SameSite=Strict cookie', async () => {
    const u = await buildUser(env.ctx, { orgId: bureauId, role: 'bureau_staff' });
    const c = anonymousClient(env.app);
    const res = await c.post('/api/auth/login', { username: u.username, password: TEST_PASSWORD });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((k) => k.name === 'zc_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Strict');
    const session = await c.get('/api/auth/session');
    expect(session.json()).toMatchObject({ user: { username: u.username, role: 'bureau_staff', org: { regionCode: '370811' } } });
    expect(session.json<{ user: { permissions: string[] } }>().user.permissions).toContain('enterprise.review');
  });

  it('refuses a wrong password with one message that does not reveal whether the user exists', async () => {
    const u = await buildUser(env.ctx, { orgId: bureauId, role: 'bureau_staff' });
    const wrong = await anonymousClient(env.app).post('/api/auth/login', { username: u.username, password: 'Wrong@2026x' });
    const unknown = await anonymousClient(env.app).post('/api/auth/login', { username: 'nobody-here', password: 'Wrong@2026x' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json<{ message: string }>().message).toBe(unknown.json<{ message: string }>().message);
  });

  it('locks the account after 5 failures in 15 minutes, audits it, and unlocks after the lock time', async () => {
    const u = await buildUser(env.ctx, { orgId: bureauId, role: 'bureau_staff' });
    const c = anonymousClient(env.app);
    for (let i = 0; i < 4; i++) expect((await c.post('/api/auth/login', { username: u.username, password: 'Wrong@2026x' })).statusCode).toBe(401);
    const fifth = await c.post('/api/auth/login', { username: u.username, password: 'Wrong@2026x' });
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json<{ message: string }>().message).toContain('锁定');
    // Even the right password is refused while locked.
    expect((await c.post('/api/auth/login', { username: u.username, password: TEST_PASSWORD })).statusCode).toBe(423);
    const rows = await env.ctx.db.selectFrom('audit_log').select(['action']).where('entity_id', '=', String(u.id)).execute();
    expect(rows.filter((r) => r.action === 'auth.login_failed')).toHaveLength(5);
    expect(rows.filter((r) => r.action === 'auth.locked')).toHaveLength(1);
    env.clock.advanceMinutes(16);
    expect((await c.post('/api/auth/login', { username: u.username, password: TEST_PASSWORD })).statusCode).toBe(200);
  });

  it('answers a real and an unknown username alike, attempt by attempt, through the lockout and after it', async () => {
    const u = await buildUser(env.ctx, { orgId: bureauId, role: 'bureau_staff' });
    const attempt = async (username: string, password: string) => {
      const res = await anonymousClient(env.app).post('/api/auth/login', { username, password });
      return `${res.statusCode} ${res.body}`;
    };
    // Six wrong passwords, then the right one (for the unknown name: any password) while locked.
    const known: string[] = [];
    const unknown: string[] = [];
    for (let i = 0; i < 6; i++) {
      known.push(await attempt(u.username, 'Wrong@2026x'));
      unknown.push(await attempt(`nobody-${u.username}`, 'Wrong@2026x'));
      env.clock.advanceMinutes(1);
    }
    known.push(await attempt(u.username, TEST_PASSWORD));
    unknown.push(await attempt(`nobody-${u.username}`, TEST_PASSWORD));
    expect(unknown).toEqual(known);
    expect(known.map((r) => r.slice(0, 3))).toEqual(['401', '401', '401', '401', '423', '423', '423']);
    // The lock ends at the same time for both (15 minutes after the fifth failure), then wrong passwords are 401 again.
    env.clock.advanceMinutes(12);
    expect(await attempt(`nobody-${u.username}`, 'Wrong@2026x')).toBe(await attempt(u.username, 'Wrong@2026x'));
    env.clock.advanceMinutes(2);
    expect(await attempt(`nobody-${u.username}`, 'Wrong@2026x')).toBe(await attempt(u.username, 'Wrong@2026x'));
    expect((await attempt(u.username, 'Wrong@2026x')).slice(0, 3)).toBe('401');
  });

  it('does not lock for failures spread over more than 15 minutes', async () => {
    const u = await buildUser(env.ctx, { orgId: bureauId, role: 'bureau_staff' });
    const c = anonymousClient(env.app);
    for (let i = 0; i < 6; i++) {
      expect((await c.post('/api/auth/login', { username: u.username, password: 'Wrong@2026x' })).statusCode).toBe(401);
      env.clock.advanceMinutes(4);
    }
  });

  it('refuses a state-changing request without the CSRF token or with another session’s (403), and accepts it with its own', async () => {
    const u = await buildUser(env.ctx, { orgId: bureauId, role: 'bureau_staff' });
    const c = await login(env.app, u.username);
    const before = await auditCount(env.ctx);
    const refused = await c.request('POST', '/api/notifications/read-all', {}, { csrf: false });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ error: 'csrf' });
    expect(await auditCount(env.ctx)).toBe(before);
    // Forged: a token that is valid, but for another session (another user's, and the same user's second one).
    const other = await login(env.app, (await buildUser(env.ctx, { orgId: bureauId, role: 'bureau_staff' })).username);
    const second = await login(env.app, u.username);
    const own = c.csrf;
    const beforeForged = await auditCount(env.ctx);
    for (const token of [other.csrf, second.csrf]) {
      expect(token).toEqual(expect.any(String));
      expect(token).not.toBe(own);
      c.csrf = token;
      const forged = await c.post('/api/notifications/read-all');
      expect(forged.statusCode).toBe(403);
      expect(forged.json()).toMatchObject({ error: 'csrf' });
    }
    c.csrf = own;
    expect(await auditCount(env.ctx)).toBe(beforeForged);
    expect((await c.post('/api/notifications/read-all')).statusCode).toBe(200);
  });

  it('ends a session idle for more than 30 minutes with a clear message', async () => {
    const u = await buildUser(env.ctx, { orgId: bureauId, role: 'bureau_staff' });
    const c = await login(env.app, u.username);
    env.clock.advanceMinutes(29);
    expect((await c.get('/api/notifications/unread-count')).statusCode).toBe(200);
    env.clock.advanceMinutes(29); // activity above reset the idle clock
    expect((await c.get('/api/notifications/unread-count')).statusCode).toBe(200);
    const reloaded = await login(env.app, u.username);
    env.clock.advanceMinutes(31);
    // A page reloaded after the timeout learns why it is signed out.
    expect((await reloaded.get('/api/auth/session')).json()).toMatchObject({ user: null, expired: true });
    const expired = await c.get('/api/notifications/unread-count');
    expect(expired.statusCode).toBe(401);
    expect(expired.json<{ message: string }>().message).toContain('超时');
    expect((await c.get('/api/auth/session')).json()).toMatchObject({ user: null, expired: false });
  });

  it('logs out everywhere: every session of the user ends', async () => {
    const u = await buildUser(env.ctx, { orgId: bureauId, role: 'bureau_staff' });
    const a = await login(env.app, u.username);
    const b = await login(env.app, u.username);
    expect((await a.post('/api/auth/logout-all')).statusCode).toBe(200);
    expect((await b.get('/api/notifications/unread-count')).statusCode).toBe(401);
    expect((await a.get('/api/notifications/unread-count')).statusCode).toBe(401);
  });

  it('logout ends only this session', async () => {
    const u = await buildUser(env.ctx, { orgId: bureauId, role: 'bureau_staff' });
    const a = await login(env.app, u.username);
    const b = await login(env.app, u.username);
    expect((await a.post('/api/auth/logout')).statusCode).toBe(200);
    expect((await a.get('/api/notifications/unread-count')).statusCode).toBe(401);
    expect((await b.get('/api/notifications/unread-count')).statusCode).toBe(200);
  });

  it('changes the password under the policy and ends the other sessions', async () => {
    const u = await buildUser(env.ctx, { orgId: bureauId, role: 'bureau_staff' });
    const a = await login(env.app, u.username);
    const b = await login(env.app, u.username);
    const weak = await a.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'abcdefgh' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json<{ fields: Record<string, string> }>().fields.newPassword).toContain('至少三类');
    const wrongCurrent = await a.post('/api/auth/password', { currentPassword: 'nope', newPassword: 'New@Pass2026' });
    expect(wrongCurrent.statusCode).toBe(400);
    expect((await a.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'New@Pass2026' })).statusCode).toBe(200);
    expect((await a.get('/api/notifications/unread-count')).statusCode).toBe(200);
    expect((await b.get('/api/notifications/unread-count')).statusCode).toBe(401);
    expect((await anonymousClient(env.app).post('/api/auth/login', { username: u.username, password: 'New@Pass2026' })).statusCode).toBe(200);
  });

  it('rejects malformed bodies with 400 naming the field, never 500', async () => {
    const c = anonymousClient(env.app);
    const res = await c.post('/api/auth/login', { username: '' });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json<{ fields: Record<string, string> }>().fields)).toEqual(expect.arrayContaining(['username', 'password']));
    const notJson = await env.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"username":' });
    expect(notJson.statusCode).toBe(400);
    const wrongType = await env.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'text/plain' }, payload: 'hello' });
    expect(wrongType.statusCode).toBe(415);
  });
});
