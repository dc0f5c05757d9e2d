import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../../test/harness.js';
import { searchPatents } from './service.js';
import { mustParse, searchIds } from './testing/brute-force.js';
import { importTitleCorpus } from './testing/import-rows.js';
import { hasSharedData } from '../../../../test/shared-data.js';

const present = hasSharedData('the search dialect comparison on real titles', ['cn-patent-titles.csv', 'ipc-scheme-zh.jsonl']);

// Same tokens on both dialects, so the same hits: runs only with DATABASE_URL (PostgreSQL beside a SQLite file).
const asOf = '2026-03-01';
const withPg = Boolean(process.env.DATABASE_URL?.startsWith('postgres'));
let pg: TestEnv;
let lite: TestEnv;

beforeAll(async () => {
  if (!withPg) return;
  [pg, lite] = await Promise.all([createTestEnv(), createTestEnv({ DATABASE_URL: '' })]);
  await importTitleCorpus(pg.ctx, asOf, 2500);
  await importTitleCorpus(lite.ctx, asOf, 2500);
}, 600_000);
afterAll(async () => {
  await pg?.close();
  await lite?.close();
});

const QUERIES = [
  '电池', '锂电池', '电', '装置 NOT 电池', 'TI=(电池 OR 电机) AND PA=济宁', 'AB=控制 AND CL=电机', 'IN=王', 'AG=知识产权 AND 方法',
  'IC=H01M', 'IC=H', 'IC=G06F16/2', 'AD=2015:2016', '装置 AND AD=20150301:20160630', '电池 AND GD>=20200101', 'PT=实用新型 AND 装置',
  'RG=370800 AND 电池', 'RG=370811', 'LS=有效 AND 装置', 'LS=失效 AND 装置', 'LS=审中', '电池 NOT IC=H01M', '电池 NOT LS=有效',
  '"4G/5G"', '"电池 组件"', 'PD=2019 AND PT=发明',
]; // prettier-ignore

describe.skipIf(!present || !withPg)('SQLite and PostgreSQL agree', () => {
  it('on every hit set', async () => {
    for (const q of QUERIES) expect(await searchIds(pg.ctx, q, asOf), q).toEqual(await searchIds(lite.ctx, q, asOf));
  });

  it('on counts, facets and date-ordered pages', async () => {
    for (const q of QUERIES) {
      const req = { ast: mustParse(q), sort: 'date_desc' as const, page: 1, pageSize: 30, facets: true, asOf };
      const [a, b] = await Promise.all([searchPatents(pg.ctx, req), searchPatents(lite.ctx, req)]);
      expect(a.total, q).toBe(b.total);
      expect(a.facets, q).toEqual(b.facets);
      expect(
        a.items.map((i) => i.appNo),
        q,
      ).toEqual(b.items.map((i) => i.appNo));
    }
  });
});
