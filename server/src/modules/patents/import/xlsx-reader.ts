import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { CellRow } from './header-row.js';

/** A spreadsheet cell as a plain value: rich text and hyperlinks as their text, formulas as their result. */
export function plainCellValue(v: unknown): unknown {
  if (v === null || v === undefined || typeof v !== 'object' || v instanceof Date) return v ?? null;
  if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((t: { text?: string }) => t.text ?? '').join('');
  if ('result' in v) return plainCellValue(v.result);
  if ('text' in v) return plainCellValue(v.text);
  if ('error' in v) return null;
  return null;
}

/**
 * Rows of cells of the first worksheet of an .xlsx file, streamed with ExcelJS's WorkbookReader
 * (rows are not kept; shared strings are, as the format requires). Row numbers are the sheet's.
 */
export async function* readXlsxCells(input: string | Readable): AsyncGenerator<CellRow> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    // Styles tell which numbers are dates; ExcelJS then gives Date values.
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  for await (const sheet of workbook) {
    for await (const row of sheet) {
      const values = Array.isArray(row.values) ? row.values : [];
      // row.values is 1-based (index 0 is empty).
      yield { rowNo: row.number, cells: values.slice(1).map(plainCellValue) };
    }
    // Only the first worksheet is read; the generator's return closes the workbook reader.
    return;
  }
}
