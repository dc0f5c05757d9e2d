import ExcelJS from 'exceljs';
import { findIndicator, reportedStatusLabels, type IndicatorValues, type ReportedFigure } from '@zhichan/contract';

/** Excel exports of what the indicator pages show (values table, reported figures). */

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const xlsxType = XLSX;

/** The values table: one row per region × indicator with last year, YoY, rank and source. */
export async function valuesWorkbook(v: IndicatorValues): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(v.period.replace(/[.]/g, '_'));
  ws.addRow([`指标值 ${v.periodLabel}`]);
  ws.addRow([
    '区划代码',
    '区划',
    '层级',
    '指标代码',
    '指标',
    '本期',
    '单位',
    `上年同期（${v.lastYearPeriod}）`,
    '同比(%)',
    '排名',
    '来源类型',
    '来源',
    '人口口径',
  ]);
  ws.getRow(2).font = { bold: true };
  const names = new Map(v.regions.map((r) => [r.regionCode, r]));
  for (const r of v.rows) {
    const region = names.get(r.regionCode);
    const b = r.provenance?.basis;
    ws.addRow([
      r.regionCode,
      region?.regionName ?? '',
      region?.depth ?? '',
      r.indicatorKey,
      findIndicator(r.indicatorKey)?.zh ?? r.indicatorKey,
      r.value,
      r.unit,
      r.lastYearValue,
      r.yoyPct,
      r.rank !== null ? (r.rankOf !== null ? `${r.rank}/${r.rankOf}` : `省内第${r.rank}`) : null,
      r.provenance ? (r.provenance.kind === 'computed' ? '计算' : '填报') : null,
      r.provenance?.source ?? null,
      b ? `${b.year}年${b.basis === 'census' ? '人口普查' : '年末常住人口'} ${b.population}（${b.source}）` : null,
    ]);
  }
  ws.columns.forEach((c) => (c.width = 14));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Reported figures as listed (review queue). */
export async function reportedWorkbook(items: ReportedFigure[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('填报数据');
  ws.addRow(['编号', '统计期', '区划代码', '区划', '指标', '数值', '单位', '状态', '存疑原因', '来源', '录入人', '审核人', '审核意见']);
  ws.getRow(1).font = { bold: true };
  for (const f of items) {
    ws.addRow([
      f.id,
      f.period,
      f.regionCode,
      f.regionName,
      f.indicatorName,
      f.value,
      f.unit,
      reportedStatusLabels[f.status],
      f.holdReason,
      f.source,
      f.authorName,
      f.reviewerName,
      f.reviewNote,
    ]);
  }
  ws.columns.forEach((c) => (c.width = 14));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
