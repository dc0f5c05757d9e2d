import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { buildPatent } from '../../../test/factories.js';
import { warmScreenCaches } from './warm.js';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
  const p = await buildPatent(env.ctx, { region: '370811002', grantDate: '2020-05-01' });
  await env.ctx.db.insertInto('patent_parties').values({ patent_id: p.id, role: 'holder', seq: 1, name: '甲公司', org_id: null }).execute();
});
afterAll(() => env.close());

describe('warming the screen caches at start', () => {
  it('builds the holder index of each warmed city', async () => {
    expect(await warmScreenCaches(env.ctx, ['370800'])).toEqual(expect.any(Number));
  });

  it('logs a failure instead of throwing, so a start never fails on it', async () => {
    const logged: string[] = [];
    const broken = {
      ...env.ctx,
      db: {
        selectFrom: () => {
          throw new Error('database unavailable');
        },
      },
    } as unknown as typeof env.ctx;
    expect(await warmScreenCaches(broken, ['370800'], (m) => logged.push(m))).toBeNull();
    expect(logged[0]).toContain('database unavailable');
  });
});
