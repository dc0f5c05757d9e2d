import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PopulationImportResult, PopulationRow } from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { buildOrg, buildUser, login, type Client } from '../../../test/factories.js';
import { parseBasis } from './population-import.js';
import { populationTestWorkbook } from './test-workbook.js';

let env: TestEnv;
let county: Client;
let town: Client;

beforeAll(async () => {
  env = await createTestEnv();
  const rencheng = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370811' });
  const townOrg = await buildOrg(env.ctx, { kind: 'town_office', region: '370811002' });
  county = await login(env.app, (await buildUser(env.ctx, { orgId: rencheng.id, role: 'bureau_staff', username: 'pop_county' })).username);
  town = await login(env.app, (await buildUser(env.ctx, { orgId: townOrg.id, role: 'town_specialist', username: 'pop_town' })).username);
});
afterAll(async () => env.close());

const upload = (c: Client, content: Buffer) => c.request('POST', '/api/population/import', undefined, { multipart: { file: { name: 'pop.xlsx', content } } });

async function rowsOf(buf: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const out: unknown[][] = [];
  ws?.eachRow((r) => out.push((r.values as unknown[]).slice(1)));
  return out;
}

describe('population import from Excel', () => {
  it('reads the basis as code or Chinese label', () => {
    expect(parseBasis('人口普查')).toBe('census');
    expect(parseBasis('year_end_resident')).toBe('year_end_resident');
    expect(parseBasis(' 年末常住人口 ')).toBe('year_end_resident');
    expect(parseBasis('户籍人口')).toBeNull();
  });

  it('stores valid rows and refuses the others with the row and reason', async () => {
    const file = await populationTestWorkbook([
      ['370811', 2023, '年末常住人口', 1250000, '任城区2023年统计公报'], // 2 ok
      ['370811002', 2020, 'census', '8.2万', ''], // 3 ok: 82,000, source = file name
      ['379999', 2023, '年末常住人口', 1000, 'x'], // 4 unknown region
      ['370811', 2023, '年末常住人口', -5, 'x'], // 5 negative
      ['370811', 2022, '年末常住人口', '约一百万', 'x'], // 6 not a number
      ['370811', 2022, '户籍人口', 1200000, 'x'], // 7 unknown basis
      ['370883', 2023, '年末常住人口', 1100000, 'x'], // 8 outside 任城区
      ['370811', '二〇二三', '年末常住人口', 1100000, 'x'], // 9 year
      ['370811', 2023, '年末常住人口', 1260000, 'x'], // 10 duplicate of row 2
    ]);
    const res = await upload(county, file);
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json<PopulationImportResult>();
    expect(r.accepted).toBe(2);
    expect(r.rejected.map((x) => `${x.row}:${x.reason}`)).toEqual([
      expect.stringMatching(/^4:未知的行政区划/),
      expect.stringMatching(/^5:人口应为正整数/),
      expect.stringMatching(/^6:人口不是数字/),
      expect.stringMatching(/^7:未知的人口口径/),
      expect.stringMatching(/^8:.*不在您的管辖范围内/),
      expect.stringMatching(/^9:年份/),
      expect.stringMatching(/^10:.*重复/),
    ]);
    const list = (await county.get('/api/population?regionCode=370811')).json<{ items: PopulationRow[] }>().items;
    expect(list).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ regionCode: '370811', year: 2023, basis: 'year_end_resident', population: 1250000, source: '任城区2023年统计公报' }),
        expect.objectContaining({ regionCode: '370811002', year: 2020, basis: 'census', population: 82000, source: '导入文件：pop.xlsx' }),
      ]),
    );
    expect(list.some((x) => x.population === 1260000 || x.regionCode === '370883')).toBe(false);
  });

  it('corrects an existing row on a second import', async () => {
    const r = (await upload(county, await populationTestWorkbook([['370811', 2023, '年末常住人口', 1251000, '更正']]))).json<PopulationImportResult>();
    expect(r).toEqual({ accepted: 1, rejected: [] });
    const list = (await county.get('/api/population?regionCode=370811')).json<{ items: PopulationRow[] }>().items;
    expect(list.filter((x) => x.regionCode === '370811' && x.year === 2023)).toEqual([expect.objectContaining({ population: 1251000, source: '更正' })]);
  });

  it('refuses a town specialist and a file that is not Excel', async () => {
    const r = await upload(town, await populationTestWorkbook([['370811', 2023, '年末常住人口', 1, 'x']]));
    // A town specialist reads indicators but does not manage population.
    expect(r.statusCode).toBe(403);
    const bad = await county.request('POST', '/api/population/import', undefined, {
      multipart: { file: { name: 'x.xlsx', content: Buffer.from('not excel') } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ fields?: Record<string, string> }>().fields).toHaveProperty('file');
  });

  it('downloads the template and exports the page in the same columns', async () => {
    const tpl = await county.get('/api/population/template');
    expect(tpl.statusCode).toBe(200);
    const t = await rowsOf(tpl.rawPayload);
    expect(t[0]).toEqual(['区划代码', '年份', '口径', '人口', '来源']);
    const x = await county.get('/api/population/export?regionCode=370811');
    expect(x.statusCode).toBe(200);
    const rows = await rowsOf(x.rawPayload);
    expect(rows).toEqual(expect.arrayContaining([expect.arrayContaining(['370811', 2023, '年末常住人口', 1251000, '更正'])]));
    // The export is re-importable as it is.
    expect((await upload(county, x.rawPayload)).json<PopulationImportResult>()).toMatchObject({ accepted: 2, rejected: [] });
    expect((await county.get('/api/population/export?regionCode=370883')).statusCode).toBe(403);
  });
});
