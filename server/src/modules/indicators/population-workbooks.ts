import ExcelJS from 'exceljs';
import { populationBasisLabels, type PopulationRow } from '@zhichan/contract';

/** Excel files of the population page: the import template and the export of what the page lists. */

const COLUMNS = ['区划代码', '年份', '口径', '人口', '来源'];

/** The import template: the header row, two example rows and a sheet explaining each column. */
export async function populationTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('人口数据');
  ws.addRow(COLUMNS).font = { bold: true };
  ws.addRow(['370811', 2023, '年末常住人口', 1250000, '任城区2023年国民经济和社会发展统计公报']);
  ws.addRow(['370811', 2020, '人口普查', 1277800, '第七次全国人口普查（2020）']);
  ws.columns.forEach((c, i) => (c.width = [12, 8, 16, 14, 44][i] ?? 12));
  const help = wb.addWorksheet('填写说明');
  help.addRow(['列', '说明']).font = { bold: true };
  help.addRow(['区划代码', '6 位（县市区）或 9 位（镇街）行政区划代码，须在您的管辖范围内']);
  help.addRow(['年份', '统计年份，如 2023']);
  help.addRow(['口径', '人口普查 或 年末常住人口（也可写 census / year_end_resident）']);
  help.addRow(['人口', '正整数（人），可写“125万”']);
  help.addRow(['来源', '数据来源文件，如统计公报名称；空白时记为导入文件名']);
  help.getColumn(2).width = 70;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The population rows of a region and its descendants, in the template's columns (re-importable) plus the region name. */
export async function populationWorkbook(items: readonly PopulationRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('人口数据');
  ws.addRow([...COLUMNS, '区划名称', '更新时间']).font = { bold: true };
  for (const r of items) ws.addRow([r.regionCode, r.year, populationBasisLabels[r.basis].zh, r.population, r.source, r.regionName, r.updatedAt]);
  ws.columns.forEach((c, i) => (c.width = [12, 8, 16, 14, 44, 16, 24][i] ?? 12));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
