import ExcelJS from 'exceljs';

/** An .xlsx of reported figures for tests and benches: sheet name = period, rows of [区划代码, 指标代码, 数值, 单位?, 来源?]. */
export async function figuresWorkbook(sheets: Record<string, unknown[][]>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    ws.addRow(['区划代码', '指标代码', '数值', '单位', '来源']);
    for (const r of rows) ws.addRow(r);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** An .xlsx of population series for tests: rows of [区划代码, 年份, 口径, 人口, 来源]. */
export async function populationTestWorkbook(rows: unknown[][], sheet = '人口数据'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  ws.addRow(['区划代码', '年份', '口径', '人口', '来源']);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
