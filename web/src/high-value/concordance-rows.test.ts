import { describe, expect, it } from 'vitest';
import { checkRows, parsePastedRows } from './concordance-rows';

describe('concordance rows', () => {
  it('reads rows pasted from a spreadsheet, skipping the header line', () => {
    const rows = parsePastedRows('产业代码\t产业名称\tIPC\n1.1.1\t新一代移动通信网络服务\tH04W\n\n1.2\t电子核心产业,\tH01L 21/00\n');
    expect(rows.map(({ industryCode, industryName, ipcPrefix }) => [industryCode, industryName, ipcPrefix])).toEqual([
      ['1.1.1', '新一代移动通信网络服务', 'H04W'],
      ['1.2', '电子核心产业,', 'H01L 21/00'],
    ]);
  });

  it('reads comma-separated lines too', () => {
    expect(parsePastedRows('4.1,生物药品制品制造,A61K39').map((r) => r.ipcPrefix)).toEqual(['A61K39']);
  });

  it('cleans valid rows (IPC upper-cased without spaces) and names the faulty fields', () => {
    const ok = checkRows([{ key: 1, industryCode: '1.2', industryName: '电子核心产业', ipcPrefix: 'h01l 21/00' }]);
    expect(ok).toEqual({ ok: true, rows: [{ industryCode: '1.2', industryName: '电子核心产业', ipcPrefix: 'H01L21/00' }] });
    const bad = checkRows([{ key: 7, industryCode: '', industryName: '电子', ipcPrefix: 'Z99' }]);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(Object.keys(bad.errors.get(7) ?? {}).sort()).toEqual(['industryCode', 'ipcPrefix']);
  });
});
