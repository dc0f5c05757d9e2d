import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { detectFormat, openRowSource, readRows, type SourceRow } from './readers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'zc-readers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function collect(rows: AsyncIterable<SourceRow>): Promise<SourceRow[]> {
  const out: SourceRow[] = [];
  for await (const r of rows) out.push(r);
  return out;
}

describe('file readers', () => {
  it('reads UTF-8 CSV with a BOM, quoted line breaks and a title row above the header', async () => {
    const text = '\uFEFF专利检索结果,,\n申请号,专利名称,申请日\nCN202210000001.1,"一种装置，\n含换行",20220101\n\nCN202210000002.X,第二个,2022-01-02\n';
    const rows = await collect(readRows(Readable.from([Buffer.from(text)]), 'csv'));
    expect(rows).toEqual([
      { rowNo: 4, raw: { 申请号: 'CN202210000001.1', 专利名称: '一种装置，\n含换行', 申请日: '20220101' } },
      { rowNo: 6, raw: { 申请号: 'CN202210000002.X', 专利名称: '第二个', 申请日: '2022-01-02' } },
    ]);
  });

  it('reads GBK-encoded CSV and tab-separated exports', async () => {
    // '申请号,专利名称\nCN1,无人机\n' encoded as GBK.
    const gbk = Buffer.from('c9eac7ebbac52cd7a8c0fbc3fbb3c60a434e312ccedec8cbbbfa0a', 'hex');
    expect(await collect(readRows(Readable.from([gbk]), 'csv'))).toEqual([{ rowNo: 2, raw: { 申请号: 'CN1', 专利名称: '无人机' } }]);
    const tsv = Buffer.from('申请号\t专利名称\nCN2\t一种, 带逗号的名称\n');
    expect(await collect(readRows(Readable.from([tsv]), 'csv'))).toEqual([{ rowNo: 2, raw: { 申请号: 'CN2', 专利名称: '一种, 带逗号的名称' } }]);
  });

  it('streams the first sheet of an XLSX file, with dates and rich text as values', async () => {
    const file = path.join(dir, 'a.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('专利');
    ws.addRow(['导出时间：2024-01-01']);
    ws.addRow(['申请号', '专利名称', '申请日', '质押次数']);
    ws.addRow(['CN202210000001.1', { richText: [{ text: '一种' }, { text: '装置' }] }, new Date(Date.UTC(2022, 0, 1)), 2]);
    wb.addWorksheet('其他').addRow(['不读这一页']);
    await wb.xlsx.writeFile(file);
    const source = openRowSource(file);
    expect(source.format).toBe('xlsx');
    const rows = await collect(source);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.rowNo).toBe(3);
    expect(rows[0]?.raw).toMatchObject({ 申请号: 'CN202210000001.1', 专利名称: '一种装置', 质押次数: 2 });
    expect(rows[0]?.raw['申请日']).toEqual(new Date(Date.UTC(2022, 0, 1)));
  });

  it('reads JSON arrays element by element and JSON Lines, flagging a bad line', async () => {
    const json = path.join(dir, 'a.json');
    writeFileSync(json, JSON.stringify([{ 申请号: 'CN1' }, { 申请号: 'CN2' }]));
    expect(await collect(openRowSource(json))).toEqual([
      { rowNo: 1, raw: { 申请号: 'CN1' } },
      { rowNo: 2, raw: { 申请号: 'CN2' } },
    ]);
    const jsonl = path.join(dir, 'a.jsonl');
    writeFileSync(jsonl, '{"申请号":"CN1"}\n\n{oops\n[1]\n');
    expect(await collect(openRowSource(jsonl))).toEqual([
      { rowNo: 1, raw: { 申请号: 'CN1' } },
      { rowNo: 3, raw: {}, error: 'JSON 格式不正确' },
      { rowNo: 4, raw: {}, error: '不是 JSON 对象' },
    ]);
  });

  it('chooses the format by extension or by the first bytes', () => {
    expect(detectFormat('x.bin', Buffer.from('PK\u0003\u0004'))).toBe('xlsx');
    expect(detectFormat('x', Buffer.from(' [{"a":1}]'))).toBe('json');
    expect(detectFormat('x.json', Buffer.from('{"a":1}\n'))).toBe('jsonl');
    expect(detectFormat('x.dat', Buffer.from('申请号,标题'))).toBe('csv');
    expect(() => detectFormat('x.xls', Buffer.from(''))).toThrow(/xlsx/);
  });
});
