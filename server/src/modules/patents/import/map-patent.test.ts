import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasSharedData, sharedDataDir } from '../../../../test/shared-data.js';
import { readDivisionTree } from '../../regions/api.js';
import { normaliseHeader, patentHeaderAliases, resolveColumns } from './column-map.js';
import { deriveEvents, statusEventKinds } from './legal-events.js';
import { mapPatentRow } from './map-patent.js';
import { buildRegionResolver } from './region-resolver.js';

const present = hasSharedData('mapping the real sample export (map-patent)', ['cn-patents-full-sample.json']);
const sample = (present && sharedDataDir ? JSON.parse(readFileSync(path.join(sharedDataDir, 'cn-patents-full-sample.json'), 'utf8')) : []) as Record<
  string,
  unknown
>[];
const regions = buildRegionResolver(readDivisionTree(['37', '41']));
const map = (raw: Record<string, unknown>, asOf = '2024-01-01') => mapPatentRow(raw, resolveColumns(Object.keys(raw), patentHeaderAliases), { asOf, regions });

describe('column map', () => {
  it('maps Chinese export headers, tolerant of spaces and full-width brackets', () => {
    const m = resolveColumns(['申请号', '公开（公告）号', ' 申请 日 ', '当前权利人', '第一权利人', 'IPC', 'title', '序号'], patentHeaderAliases);
    expect(m.columns.get('appNo')).toEqual(['申请号']);
    expect(m.columns.get('pubNo')).toEqual(['公开（公告）号']);
    expect(m.columns.get('appDate')).toEqual([' 申请 日 ']);
    expect(m.columns.get('holders')).toEqual(['当前权利人', '第一权利人']);
    expect(m.columns.get('ipc')).toEqual(['IPC']);
    expect(m.columns.get('title')).toEqual(['title']);
    expect(m.unmapped).toEqual(['序号']);
    expect(normaliseHeader('Application_Number')).toBe(normaliseHeader('application number'));
  });

  it.skipIf(!present)('maps every column of the real sample that carries data', () => {
    const m = resolveColumns(Object.keys(sample[9] ?? {}), patentHeaderAliases);
    expect([...m.unmapped].sort()).toEqual(['全文链接', '审查员', '序号', '第一发明人'].sort());
  });
});

describe('legal status → events', () => {
  it('maps the usual statuses and leaves term expiry to the derived expiry date', () => {
    expect(statusEventKinds('有权-审定授权').map((e) => e.kind)).toEqual(['grant']);
    expect(statusEventKinds('审中-实质审查').map((e) => e.kind)).toEqual(['examination']);
    expect(statusEventKinds('无权-未缴年费').map((e) => e.kind)).toEqual(['lapse']);
    expect(statusEventKinds('无权-期限届满')).toEqual([]);
    expect(statusEventKinds('无权-驳回').map((e) => e.kind)).toEqual(['rejected']);
    expect(statusEventKinds('无权-视为撤回').map((e) => e.kind)).toEqual(['withdrawn']);
    expect(statusEventKinds('无权-撤回').map((e) => e.kind)).toEqual(['withdrawn']);
    expect(statusEventKinds('无权-全部无效').map((e) => e.kind)).toEqual(['invalidation']);
    expect(statusEventKinds('无权-避免重复授权放弃').map((e) => e.kind)).toEqual(['surrender']);
  });

  it('dates a termination by 法律状态公告日, else by the as-of date and says so', () => {
    const base = { grantDate: '2019-05-01', grantDateEstimated: false, examDate: null, asOf: '2024-01-01' };
    expect(deriveEvents({ ...base, status: '无权-未缴年费', statusDate: '2023-03-01' })).toEqual([
      { kind: 'grant', date: '2019-05-01', summary: '授权公告', details: null, dateEstimated: false },
      { kind: 'lapse', date: '2023-03-01', summary: '未缴年费专利权终止', details: '无权-未缴年费', dateEstimated: false },
    ]);
    const [, lapse] = deriveEvents({ ...base, status: '无权-未缴年费', statusDate: null });
    expect(lapse).toMatchObject({ kind: 'lapse', date: '2024-01-01', dateEstimated: true });
    expect(lapse?.summary).toContain('按导入基准日 2024-01-01 记');
  });
});

describe('mapping a row to a PatentRecord', () => {
  it.skipIf(!present)('maps a real record of the sample end to end', () => {
    const r = map(sample[9] ?? {});
    if (!r.ok) throw new Error(r.reasons.join());
    expect(r.record).toMatchObject({
      appNo: 'CN202211359874.7',
      pubNo: 'CN115883397A',
      grantNo: 'CN115883397B',
      kind: 'invention',
      appDate: '2022-11-02',
      pubDate: '2023-03-31',
      grantDate: '2024-04-05',
      applicants: ['中科大数据研究院'],
      holders: ['中科大数据研究院'],
      inventors: ['李玺', '康锐文', '冯凯', '王元卓'],
      regionCode: '410100',
      mainIpc: 'H04L43/02',
      ipc: ['H04L43/02', 'H04L9/40', 'H04L67/025'],
      agency: '郑州明华专利代理事务所（普通合伙）',
      sourceStatus: '有权-审定授权',
    });
    expect(r.record.citations[0]).toMatch(/^仇韫琦等/);
    expect(r.record.events.map((e) => [e.kind, e.date])).toEqual([
      ['grant', '2024-04-05'],
      ['examination', '2023-04-18'],
    ]);
  });

  it('maps a title-list row with a synthetic application number and no dates', () => {
    const r = map({ publication_number: 'CN111504366B', title: '基于人工智能的流体输送系统精确计量方法及计量装置', ipc_subclasses: 'G01D|G01F' });
    if (!r.ok) throw new Error(r.reasons.join());
    expect(r.record).toMatchObject({
      appNo: 'PNCN111504366B',
      syntheticAppNo: true,
      kind: 'invention',
      grantNo: 'CN111504366B',
      appDate: null,
      ipc: ['G01D', 'G01F'],
    });
    expect(r.record.grantDateEstimated).toBe(true);
    expect(map({ publication_number: 'CN114081026A', title: '一种装置', ipc_subclasses: 'A01M' })).toMatchObject({
      ok: true,
      record: { kind: 'invention', grantNo: null, grantDate: null },
    });
  });

  it('rejects a row with the reasons in Chinese', () => {
    expect(map({ 申请号: '', 申请日: 20220101, 专利名称: '一种装置', 专利类型: '发明公开' })).toEqual({ ok: false, reasons: ['缺少申请号'] });
    expect(map({ 申请号: 'CN202210000001.1', 申请日: '2022-13-45', 专利名称: '一种装置' })).toEqual({ ok: false, reasons: ['申请日格式不正确：2022-13-45'] });
    expect(map({ 申请号: 'CN202210000001.1', 申请日: '2022-01-05', 专利类型: '商标' })).toEqual({
      ok: false,
      reasons: ['专利类型无法识别：商标', '缺少专利名称'],
    });
  });
});
