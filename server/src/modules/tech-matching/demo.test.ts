import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatchList } from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { buildPatent, login } from '../../../test/factories.js';
import { DEMO_PASSWORD, seedDemo } from '../../demo/seed.js';
import { settleTechMatching } from './rematch.js';

describe('technology supply and demand demo data', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
    await seedDemo(env.ctx);
  });
  afterAll(async () => {
    await settleTechMatching(env.ctx);
    await env.close();
  });

  it('shows demo listings in the public hall and matches the demo demands once patents arrive', async () => {
    const hall = (await env.app.inject({ method: 'GET', url: '/api/tech/listings' })).json<{ total: number; items: { isDemo: boolean; title: string }[] }>();
    expect(hall.total).toBe(4);
    expect(hall.items.every((l) => l.isDemo && l.title.includes('【演示】'))).toBe(true);
    await buildPatent(env.ctx, { title: '一种钢轨垫板自动焊接用底板定位装置', ipc: ['B23K37/04'], region: '370811' });
    await settleTechMatching(env.ctx);
    const user = await login(env.app, 'enterprise', DEMO_PASSWORD);
    const inbox = (await user.get('/api/notifications')).json<{ items: { kind: string; body: string }[] }>().items;
    // Other demo data (the open-licensing patents) may raise match notices of their own first.
    const matchNotices = inbox.filter((n) => n.kind === 'tech_match.new').map((n) => n.body);
    expect(matchNotices.join('\n')).toContain('钢轨垫板自动焊接用底板定位装置');
    const mine = (await user.get('/api/tech/demands/mine')).json<{ items: { id: number; status: string }[] }>().items;
    expect(mine.map((d) => d.status).sort()).toEqual(['draft', 'published', 'published']);
    const robots = mine.find((d) => d.status === 'published');
    const m = (await user.get(`/api/tech/demands/${robots?.id ?? 0}/matches`)).json<MatchList>();
    expect(m.items.length).toBeGreaterThan(0);
  });
});
