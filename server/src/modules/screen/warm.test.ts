import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { buildPatent } from '../../../test/factories.js';
import { todayIso } from '../../platform/context.js';
import { topHoldersFromSnapshot } from './holder-index.js';
import { findTopHolders } from './repository.js';
import { warmScreenCaches } from './warm.js';

let env: TestEnv;
async function holdBy(names: string[], o: Parameters<typeof buildPatent>[1]) {
  const p = await buildPatent(env.ctx, { region: '370811002', grantDate: '2020-05-01', ...o });
  await env.ctx.db
    .insertInto('patent_parties')
    .values(names.map((name, i) => ({ patent_id: p.id, role: 'holder', seq: i + 1, name, org_id: null })))
    .execute();
}
beforeAll(async () => {
  env = await createTestEnv();
  await holdBy(['甲公司'], {});
  await holdBy(['甲公司', '乙公司'], {});
  await holdBy(['乙公司'], { events: [{ kind: 'lapse', date: '2021-03-01' }] }); // lapsed: not counted
  await holdBy(['丙公司'], { appDate: null }); // filing date unknown: in force on no date, not counted
  await holdBy(['丁公司'], { kind: 'utility' }); // not an invention
});
afterAll(() => env.close());

describe('warming the screen caches at start', () => {
  it('builds the holder index of each warmed city: the top list counts effective inventions per holder, as SQL does', async () => {
    expect(await warmScreenCaches(env.ctx, ['370800'])).toEqual(expect.any(Number));
    const today = todayIso(env.ctx);
    const expected = [
      { name: '甲公司', count: 2 },
      { name: '乙公司', count: 1 },
    ];
    expect(await topHoldersFromSnapshot(env.ctx, '370800', today, 10)).toEqual(expected);
    expect(await findTopHolders(env.ctx.db, '370800', today, 10)).toEqual(expected);
    // Before the grants nobody held an effective patent; a county below the city has the same list.
    expect(await topHoldersFromSnapshot(env.ctx, '370800', '2019-12-31', 10)).toEqual([]);
    expect(await topHoldersFromSnapshot(env.ctx, '370811', today, 1)).toEqual([{ name: '甲公司', count: 2 }]);
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
    expect(logged).toEqual([expect.stringContaining('database unavailable')]);
  });
});
