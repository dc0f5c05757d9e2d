import ExcelJS from 'exceljs';
import { findIndicator, parsePeriod, type ReportedImportResult } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import { mutate } from '../../platform/audit.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso } from '../../platform/context.js';
import { badRequest } from '../../platform/errors.js';
import { isWithinRegion } from '../../platform/jurisdiction.js';
import { invalidity, parseFigure, toCatalogueUnit } from './figures.js';
import { classifyFigures, figureRows, type FigureCandidate } from './reported.js';
import { insertFigures } from './reported-repository.js';

/**
 * Import of reported figures from Excel (填报数据导入): one worksheet per period (named `2023`,
 * `2023-Q1`, `2023-03`…), one row per region × indicator. Rows with an unknown indicator or region,
 * a region outside the uploader's jurisdiction, a non-numeric or negative value are rejected with
 * the reason; implausible values are stored ON HOLD for review; the rest wait for ordinary review.
 */

const HEADERS: Record<string, keyof RawRow> = {
  区划代码: 'regionCode',
  行政区划代码: 'regionCode',
  regioncode: 'regionCode',
  指标代码: 'indicatorKey',
  indicatorkey: 'indicatorKey',
  数值: 'value',
  value: 'value',
  单位: 'unit',
  unit: 'unit',
  来源: 'source',
  来源文件: 'source',
  source: 'source',
  '同比(%)': 'yoy',
  同比: 'yoy',
  备注: 'note',
  note: 'note',
};

interface RawRow {
  regionCode: unknown;
  indicatorKey: unknown;
  value: unknown;
  unit: unknown;
  source: unknown;
  yoy: unknown;
  note: unknown;
}

function cellValue(v: ExcelJS.CellValue): unknown {
  if (v && typeof v === 'object') {
    if ('result' in v) return v.result;
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v) return v.text;
  }
  return v;
}

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v as string | number).trim());

/** Reads, validates and stores a workbook's figures (one transaction, one audit row). */
export async function importReportedWorkbook(ctx: AppContext, actor: Actor, fileName: string, data: Buffer): Promise<ReportedImportResult> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw badRequest('无法读取 Excel 文件（仅支持 .xlsx）', { file: '文件不是有效的 .xlsx' });
  }
  const result: ReportedImportResult = { sheets: [], accepted: 0, held: [], rejected: [] };
  const candidates: (FigureCandidate & { sheet: string; row: number })[] = [];
  const seen = new Set<string>();
  const regionCodes = new Set<string>();
  const parsed: { sheet: string; row: number; raw: RawRow; period: string | null }[] = [];
  wb.eachSheet((ws) => {
    result.sheets.push(ws.name);
    const period = parsePeriod(ws.name.trim()) ? ws.name.trim() : null;
    const columns = new Map<number, keyof RawRow>();
    ws.getRow(1).eachCell((c, col) => {
      const h = HEADERS[text(cellValue(c.value)).replace(/\s/g, '').toLowerCase()] ?? HEADERS[text(cellValue(c.value)).replace(/\s/g, '')];
      if (h) columns.set(col, h);
    });
    ws.eachRow((r, rowNo) => {
      if (rowNo === 1) return;
      const raw = {} as RawRow;
      for (const [col, field] of columns) raw[field] = cellValue(r.getCell(col).value);
      if (Object.values(raw).every((v) => text(v) === '')) return;
      parsed.push({ sheet: ws.name, row: rowNo, raw, period });
      regionCodes.add(text(raw.regionCode));
    });
  });
  if (parsed.length > 50_000) throw badRequest('一次最多导入 50000 行', { file: '行数过多' });
  const known = new Set<string>();
  const codes = [...regionCodes].filter((c) => /^(\d{6}|\d{9})$/.test(c));
  for (let i = 0; i < codes.length; i += 500) {
    const rows = await ctx.db
      .selectFrom('regions')
      .select('code')
      .where('code', 'in', codes.slice(i, i + 500))
      .execute();
    for (const r of rows) known.add(r.code);
  }
  for (const p of parsed) {
    const key = text(p.raw.indicatorKey);
    const code = text(p.raw.regionCode);
    const reject = (reason: string) => result.rejected.push({ sheet: p.sheet, row: p.row, indicatorKey: key || null, regionCode: code || null, reason });
    if (!p.period) {
      reject(`工作表名“${p.sheet}”不是统计期（应为 2023、2023-Q1、2023-03 或 2023-01..2023-10）`);
      continue;
    }
    const def = findIndicator(key);
    if (!def) {
      reject(`未知的指标代码“${key}”`);
      continue;
    }
    if (!known.has(code)) {
      reject(`未知的行政区划“${code}”`);
      continue;
    }
    if (!isWithinRegion(code, actor.regionCode)) {
      reject(`行政区划 ${code} 不在您的管辖范围内`);
      continue;
    }
    const parsedValue = parseFigure(p.raw.value);
    const value = parsedValue === null ? null : toCatalogueUnit(parsedValue, text(p.raw.unit) || undefined, def);
    if (parsedValue !== null && value === null) {
      reject(`单位“${text(p.raw.unit)}”与指标单位“${def.unit}”不符`);
      continue;
    }
    const bad = invalidity(def, value);
    if (bad || value === null) {
      reject(`${bad ?? '数值不是数字'}：“${text(p.raw.value)}”`);
      continue;
    }
    const dup = `${key}|${code}|${p.period}`;
    if (seen.has(dup)) {
      reject('与本文件中前面的行重复（同一区划、指标、统计期）');
      continue;
    }
    seen.add(dup);
    const yoy = text(p.raw.yoy) === '' ? null : parseFigure(p.raw.yoy);
    candidates.push({
      sheet: p.sheet,
      row: p.row,
      indicatorKey: key,
      regionCode: code,
      period: p.period,
      value,
      publishedYoyPct: yoy,
      source: text(p.raw.source) || `导入文件：${fileName}`,
      note: text(p.raw.note) || null,
    });
  }
  await mutate(ctx, actor, async (trx) => {
    const verdicts = await classifyFigures(trx, candidates);
    await insertFigures(trx, figureRows(candidates, verdicts, actor.userId, nowIso(ctx)));
    verdicts.forEach((v, i) => {
      const c = candidates[i];
      if (c && v.status === 'on_hold')
        result.held.push({ sheet: c.sheet, row: c.row, indicatorKey: c.indicatorKey, regionCode: c.regionCode, reason: v.holdReason ?? '' });
    });
    result.accepted = candidates.length - result.held.length;
    return {
      value: null,
      audit: {
        action: 'indicator.import',
        entityType: 'indicator_import',
        entityId: fileName.slice(0, 200),
        regionCode: actor.regionCode,
        after: { accepted: result.accepted, held: result.held.length, rejected: result.rejected.length },
      },
    };
  });
  return result;
}
