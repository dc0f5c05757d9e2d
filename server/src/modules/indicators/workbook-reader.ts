import ExcelJS from 'exceljs';
import { badRequest } from '../../platform/errors.js';

/**
 * Reading the indicator module's Excel imports (reported figures, population series): load the
 * workbook, map the header row through a table of accepted Chinese/English headers, return the
 * non-empty rows with their sheet and row number, and look up which region codes exist.
 */

/** The plain value of a cell (formula result, rich text, hyperlink text). */
export function cellValue(v: ExcelJS.CellValue): unknown {
  if (v && typeof v === 'object') {
    if ('result' in v) return v.result;
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v) return v.text;
  }
  return v;
}

/** A cell as trimmed text ('' for empty). */
export const cellText = (v: unknown) => (v === null || v === undefined ? '' : String(v as string | number).trim());

/**
 * What the workbook uploads accept (readUpload): .xlsx, up to 50 MB — far more than the row limit
 * below needs, and the whole workbook is read into memory.
 */
export const workbookUploadRules = {
  types: { xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  maxBytes: 50 * 1024 * 1024,
  noun: 'Excel 文件',
};

/** Loads an .xlsx upload; a file that is not one is a 400 naming the file. */
export async function loadWorkbook(data: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw badRequest('无法读取 Excel 文件（仅支持 .xlsx）', { file: '文件不是有效的 .xlsx' });
  }
  return wb;
}

/** One data row of a sheet: its fields by the header table, with where it came from. */
export interface SheetRow<F extends string> {
  sheet: string;
  row: number;
  raw: Record<F, unknown>;
}

/**
 * The non-empty data rows of a worksheet (row 1 is the header; a header matches the table with
 * spaces removed, case-insensitively).
 */
export function readSheetRows<F extends string>(ws: ExcelJS.Worksheet, headers: Record<string, F>): SheetRow<F>[] {
  const columns = new Map<number, F>();
  ws.getRow(1).eachCell((c, col) => {
    const h = cellText(cellValue(c.value)).replace(/\s/g, '');
    const field = headers[h.toLowerCase()] ?? headers[h];
    if (field) columns.set(col, field);
  });
  const out: SheetRow<F>[] = [];
  ws.eachRow((r, rowNo) => {
    if (rowNo === 1) return;
    const raw = {} as Record<F, unknown>;
    for (const [col, field] of columns) raw[field] = cellValue(r.getCell(col).value);
    if (Object.values(raw).every((v) => cellText(v) === '')) return;
    out.push({ sheet: ws.name, row: rowNo, raw });
  });
  return out;
}

/** Largest number of rows one import may carry. */
export const MAX_IMPORT_ROWS = 50_000;

/** Refuses an upload with too many rows (400). */
export function assertRowLimit(n: number) {
  if (n > MAX_IMPORT_ROWS) throw badRequest(`一次最多导入 ${MAX_IMPORT_ROWS} 行`, { file: '行数过多' });
}

export { findKnownRegions } from './repository.js';
