import { findIndicator, parsePeriod, type ReportedImportResult } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import { mutate } from '../../platform/audit.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso } from '../../platform/context.js';
import { isWithinRegion } from '../../platform/jurisdiction.js';
import { invalidity, parseFigure, toCatalogueUnit } from './figures.js';
import { classifyFigures, figureRows, type FigureCandidate } from './reported.js';
import { insertFigures } from './reported-repository.js';
import { assertRowLimit, cellText as text, findKnownRegions, loadWorkbook, readSheetRows } from './workbook-reader.js';

/**
 * Import of reported figures from Excel (填报数据导入): one worksheet per period (named `2023`,
 * `2023-Q1`, `2023-03`…), one row per region × indicator. Rows with an unknown indicator or region,
 * a region outside the uploader's jurisdiction, a non-numeric or negative value are rejected with
 * the reason; implausible values are stored ON HOLD for review; the rest wait for ordinary review.
 */

const HEADERS: Record<string, Field> = {
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

type Field = 'regionCode' | 'indicatorKey' | 'value' | 'unit' | 'source' | 'yoy' | 'note';
type RawRow = Record<Field, unknown>;

/** Reads, validates and stores a workbook's figures (one transaction, one audit row). */
export async function importReportedWorkbook(ctx: AppContext, actor: Actor, fileName: string, data: Buffer): Promise<ReportedImportResult> {
  const wb = await loadWorkbook(data);
  const result: ReportedImportResult = { sheets: [], accepted: 0, held: [], rejected: [] };
  const candidates: (FigureCandidate & { sheet: string; row: number })[] = [];
  const seen = new Set<string>();
  const parsed: { sheet: string; row: number; raw: RawRow; period: string | null }[] = [];
  wb.eachSheet((ws) => {
    result.sheets.push(ws.name);
    const period = parsePeriod(ws.name.trim()) ? ws.name.trim() : null;
    for (const r of readSheetRows(ws, HEADERS)) parsed.push({ ...r, period });
  });
  assertRowLimit(parsed.length);
  const known = await findKnownRegions(
    ctx.db,
    parsed.map((p) => text(p.raw.regionCode)),
  );
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
