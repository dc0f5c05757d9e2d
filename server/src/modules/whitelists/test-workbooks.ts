import ExcelJS from 'exceljs';

/** A feedback workbook as a bank fills it: header row, then [credit code, outcome, amount, reason] rows. */
export async function feedbackWorkbookForTest(rows: unknown[][], header = ['统一社会信用代码', '反馈结果', '授信金额（元）', '原因']): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('反馈');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
