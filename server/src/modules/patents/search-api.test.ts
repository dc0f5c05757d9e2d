import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import type { PatentSearchResult } from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { buildOrg, buildPatent, buildUser, login, type Client } from '../../../test/factories.js';

describe('patent search, export and analysis over HTTP', () => {
  let env: TestEnv;
  let user: Client;
  beforeAll(async () => {
    env = await createTestEnv();
    const org = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370800' });
    await buildUser(env.ctx, { orgId: org.id, role: 'bureau_staff', username: 'searcher' });
    user = await login(env.app, 'searcher');
    await env.ctx.db
      .insertInto('ipc_titles')
      .values([
        { code: 'H01M', level: 'subclass', title: '电池组' },
        { code: 'H', level: 'section', title: '电学' },
      ])
      .execute();
    await buildPatent(env.ctx, { title: '一种锂电池正极材料', ipc: ['H01M4/131'], appDate: '2021-03-01', region: '370811' });
    await buildPatent(env.ctx, { title: '钠电池电解液及其制备方法', ipc: ['H01M10/054'], appDate: '2022-05-01', region: '370883' });
    await buildPatent(env.ctx, { title: '锂电池回收装置', ipc: ['B09B3/00'], appDate: '2019-01-01', region: '370883', kind: 'utility' });
    await buildPatent(env.ctx, { title: '无人机巡检系统', ipc: ['B64C39/02'], appDate: '2020-06-01', region: '370811' });
  });
  afterAll(() => env.close());

  const search = async (q: string, extra = '') => {
    const res = await user.get(`/api/patents/search?q=${encodeURIComponent(q)}${extra}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<PatentSearchResult>();
  };

  it('answers the command syntax with count, hits, highlights and a Chinese reading of the query', async () => {
    const r = await search('TX=(锂电池 OR 钠电池) AND IC=H01M AND AD>=20200101');
    expect(r.total).toBe(2);
    expect(r.items.map((i) => i.title).sort()).toEqual(['一种锂电池正极材料', '钠电池电解液及其制备方法']);
    expect(r.items.flatMap((i) => i.highlights)).toEqual(expect.arrayContaining(['锂电池', '钠电池']));
    expect(r.description).toContain('H01M');
  });

  it('gives labelled facets that add up to the total', async () => {
    const r = await search('电池');
    expect(r.total).toBe(3);
    const sum = (xs: { count: number }[]) => xs.reduce((a, b) => a + b.count, 0);
    expect(sum(r.facets?.kind ?? [])).toBe(3);
    expect(r.facets?.kind.find((b) => b.value === 'utility')?.label).toBe('实用新型');
    expect(r.facets?.ipcSection.find((b) => b.value === 'H')).toMatchObject({ count: 2, label: 'H 电学' });
    expect(r.facets?.region.find((b) => b.value === '370883')?.label).toBe('山东省济宁市邹城市');
  });

  it('IPC facets count every class, as IC= finds them, with clean titles and a missing title said', async () => {
    await env.ctx.db
      .insertInto('ipc_titles')
      .values([
        { code: 'B22', level: 'class', title: '铸造；粉末冶金〔2〕 注意： 本大类包括金属粉末的加工' },
        { code: 'B', level: 'section', title: '作业；运输' },
      ])
      .execute();
    await buildPatent(env.ctx, { title: '石墨烯包覆金属粉末', ipc: ['B22F1/16', 'B82Y30/00', 'C01B32/184'], appDate: '2023-02-01', region: '370811' });
    const r = await search('石墨烯');
    expect(r.total).toBe(1);
    const f = r.facets;
    expect(f?.ipcSection.map((b) => [b.value, b.count])).toEqual([
      ['B', 1],
      ['C', 1],
    ]);
    expect(f?.ipcClass.map((b) => b.value).sort()).toEqual(['B22', 'B82', 'C01']);
    for (const b of [...(f?.ipcSection ?? []), ...(f?.ipcClass ?? [])]) expect((await search(`石墨烯 AND IC=${b.value}`)).total, b.value).toBe(b.count);
    expect(f?.ipcClass.find((b) => b.value === 'B22')).toMatchObject({ label: 'B22 铸造；粉末冶金', title: '铸造；粉末冶金 注意： 本大类包括金属粉末的加工' });
    expect(f?.ipcClass.find((b) => b.value === 'C01')).toMatchObject({ label: 'C01（IPC 分类表未收录此类名）', title: null });
  });

  it('refuses a malformed query with 400, its position and a Chinese message — never 500', async () => {
    for (const q of ['TI=(锂电池 OR', 'XX=abc', 'AD>=20231345', 'NOT 锂电池', '', '"""', 'TI=']) {
      const res = await user.get(`/api/patents/search?q=${encodeURIComponent(q)}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json<{ message: string }>().message).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('exports the whole result set as CSV with a BOM and as XLSX', async () => {
    const csv = await user.get(`/api/patents/export?q=${encodeURIComponent('电池')}&format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.rawPayload.subarray(0, 3).toString('hex')).toBe('efbbbf');
    const rows = parse(csv.body.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r['专利名称'])).toContain('锂电池回收装置');
    const xlsx = await user.get(`/api/patents/export?q=${encodeURIComponent('电池')}&format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets[0]?.rowCount).toBe(4);
  });

  it('exports the analysis data as a workbook with one sheet per chart', async () => {
    const res = await user.get(`/api/patents/analysis/export?q=${encodeURIComponent('电池')}`);
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['说明', '年度申请量', 'IPC 分布', '主要申请人', '区域分布', '法律状态', '专利类型']);
  });
});
