import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { buildOrg, buildPatent } from '../../../test/factories.js';
import { indicatorValues } from './values.js';
import { warmIndicatorCaches } from './warm.js';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
  await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370800' });
  await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370811' });
  await buildPatent(env.ctx, { region: '370811002', grantDate: '2020-05-01' });
});
afterAll(() => env.close());

describe('warming the indicator caches at start', () => {
  it('loads the snapshot of each city with a bureau; values read afterwards are the same', async () => {
    const r = await warmIndicatorCaches(env.ctx);
    expect(r?.scopes).toEqual(['370800']);
    const v = await indicatorValues(env.ctx, null, { keys: ['effective_invention_patents'], regionCode: '370800', period: '2025' });
    expect(v.rows[0]?.value).toBe(1);
  });

  it('logs a failure instead of throwing', async () => {
    const logged: string[] = [];
    const broken = {
      ...env.ctx,
      db: {
        selectFrom: () => {
          throw new Error('database unavailable');
        },
      },
    } as unknown as typeof env.ctx;
    expect(await warmIndicatorCaches(broken, (m) => logged.push(m))).toBeNull();
    expect(logged[0]).toContain('database unavailable');
  });
});
