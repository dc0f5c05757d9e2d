import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { buildOrg, buildPatent, buildUser, login, type Client } from '../../../test/factories.js';
import { alertSavedSearches } from './service.js';

describe('saved searches and alerts', () => {
  let env: TestEnv;
  let alice: Client;
  let bob: Client;
  beforeAll(async () => {
    env = await createTestEnv();
    const org = await buildOrg(env.ctx, { kind: 'individual', region: '370811' });
    await buildUser(env.ctx, { orgId: org.id, role: 'public', username: 'alice' });
    await buildUser(env.ctx, { orgId: org.id, role: 'public', username: 'bob' });
    alice = await login(env.app, 'alice');
    bob = await login(env.app, 'bob');
  });
  afterAll(() => env.close());

  it('refuses a malformed query with the position of the error', async () => {
    const res = await alice.post('/api/saved-searches', { name: '坏的', query: 'TI=(锂电池 OR' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'query_syntax', details: { position: expect.any(Number) } });
  });

  it('notifies the owner of new matches after an import, listing them, and only them', async () => {
    await buildPatent(env.ctx, { title: '一种锂电池极片的涂布装置' });
    const saved = await alice.post('/api/saved-searches', { name: '锂电池', query: 'TI=锂电池' });
    expect(saved.statusCode).toBe(201);
    expect(saved.json()).toMatchObject({ lastMatchCount: 1, alert: true });
    const res = await bob.post('/api/saved-searches', { name: '无人机', query: 'TI=无人机' });
    expect(res.statusCode).toBe(201);

    env.clock.advanceMinutes(5);
    const since = env.clock.now().toISOString();
    await buildPatent(env.ctx, { title: '锂电池模组热管理系统' });
    await buildPatent(env.ctx, { title: '一种光伏支架' });
    expect(await alertSavedSearches(env.ctx, since)).toBe(1);

    const inbox = (await alice.get('/api/notifications')).json<{ items: { title: string; body: string; link: string }[] }>();
    expect(inbox.items[0]?.title).toContain('1 件');
    expect(inbox.items[0]?.body).toContain('锂电池模组热管理系统');
    expect(inbox.items[0]?.body).not.toContain('涂布装置');
    expect(inbox.items[0]?.link).toContain(encodeURIComponent('TI=锂电池'));
    expect((await bob.get('/api/notifications/unread-count')).json()).toEqual({ unread: 0 });
    const list = (await alice.get('/api/saved-searches')).json<{ items: { lastMatchCount: number }[] }>();
    expect(list.items[0]?.lastMatchCount).toBe(2);
  });

  it('refuses the same query saved twice by one user, naming the saved one, and lets another user save it', async () => {
    const again = await alice.post('/api/saved-searches', { name: '又一个', query: '  TI=锂电池 ' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: 'conflict', message: expect.stringContaining('锂电池'), fields: { query: expect.any(String) } });
    expect((await alice.get('/api/saved-searches')).json<{ items: unknown[] }>().items).toHaveLength(1);
    const other = await bob.post('/api/saved-searches', { name: '锂电池', query: 'TI=锂电池' });
    expect(other.statusCode).toBe(201);
    expect((await bob.request('DELETE', `/api/saved-searches/${other.json<{ id: number }>().id}`)).statusCode).toBe(200);
  });

  it('keeps saved searches private', async () => {
    const mine = (await alice.get('/api/saved-searches')).json<{ items: { id: number }[] }>().items[0];
    expect((await bob.request('DELETE', `/api/saved-searches/${mine?.id ?? 0}`)).statusCode).toBe(404);
    expect((await bob.get('/api/saved-searches')).json<{ items: { name: string }[] }>().items.map((s) => s.name)).toEqual(['无人机']);
  });
});
