import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { buildOrg, buildUser, login } from '../../../test/factories.js';
import { notifyUsers } from '../../platform/notify.js';

describe('in-app notifications', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
  });
  afterAll(() => env.close());

  it('keeps each inbox private and counts unread', async () => {
    const org = await buildOrg(env.ctx, { region: '370811' });
    const a = await buildUser(env.ctx, { orgId: org.id, role: 'bureau_staff' });
    const b = await buildUser(env.ctx, { orgId: org.id, role: 'bureau_staff' });
    await notifyUsers(env.ctx, [
      { userId: a.id, kind: 't', title: '给甲的一', body: '…' },
      { userId: a.id, kind: 't', title: '给甲的二', body: '…' },
      { userId: b.id, kind: 't', title: '给乙的', body: '…' },
    ]);
    const ca = await login(env.app, a.username);
    const cb = await login(env.app, b.username);
    const inbox = (await ca.get('/api/notifications')).json<{ items: { id: number; title: string }[]; unread: number }>();
    expect(inbox.items.map((n) => n.title)).toEqual(['给甲的二', '给甲的一']);
    expect(inbox.unread).toBe(2);
    const first = inbox.items[0]?.id ?? 0;
    expect((await cb.post(`/api/notifications/${first}/read`)).statusCode).toBe(404);
    expect((await ca.post(`/api/notifications/${first}/read`)).json()).toEqual({ unread: 1 });
    expect((await ca.get('/api/notifications?unread=1')).json<{ items: unknown[] }>().items).toHaveLength(1);
    expect((await ca.post('/api/notifications/read-all')).json()).toEqual({ unread: 0 });
    expect((await cb.get('/api/notifications/unread-count')).json()).toEqual({ unread: 1 });
  });

  it('delivers a notice sent to thousands of recipients at once (one statement would exceed SQLite’s variable limit)', async () => {
    const org = await buildOrg(env.ctx, { region: '370811' });
    const u = await buildUser(env.ctx, { orgId: org.id, role: 'bureau_staff' });
    await notifyUsers(
      env.ctx,
      Array.from({ length: 6000 }, (_, i) => ({ userId: u.id, kind: 't', title: `逾期提醒${i}`, body: '…' })),
    );
    const c = await login(env.app, u.username);
    expect((await c.get('/api/notifications/unread-count')).json()).toEqual({ unread: 6000 });
  });
});
