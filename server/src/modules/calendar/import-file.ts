import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import type { CalendarDayKind, CalendarYearBody } from '@zhichan/contract';
import { badRequest } from '../../platform/errors.js';

/**
 * Reading a year's arrangement from a file (Excel .xlsx or CSV): one row per date with its kind
 * (放假 / 调休上班) and the holiday's name; an optional 来源 column may carry the notice. Header texts are
 * matched in Chinese or English; the template (`calendarTemplate`) has exactly these columns.
 */

type Column = 'date' | 'kind' | 'name' | 'source';

const HEADERS: Record<string, Column> = {
  日期: 'date',
  date: 'date',
  类型: 'kind',
  安排: 'kind',
  kind: 'kind',
  type: 'kind',
  名称: 'name',
  节日: 'name',
  节假日: 'name',
  name: 'name',
  holiday: 'name',
  来源: 'source',
  source: 'source',
};

const KINDS: Record<string, CalendarDayKind> = {
  放假: 'holiday',
  休息: 'holiday',
  休: 'holiday',
  假: 'holiday',
  holiday: 'holiday',
  调休上班: 'workday',
  上班: 'workday',
  补班: 'workday',
  班: 'workday',
  workday: 'workday',
  'make-upworkingday': 'workday',
};

/** The template's header row, in order. */
export const TEMPLATE_HEADERS = ['日期', '类型', '名称', '来源'] as const;

/** A parsed file: the body to validate and, per list index, the file row it came from. */
export interface ParsedArrangement {
  body: CalendarYearBody;
  rowOf: { holidays: number[]; workdays: number[] };
}

const text = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('result' in v) return text(v.result);
    if ('richText' in v && Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((t) => t.text).join('');
    if ('text' in v) return text(v.text);
  }
  return String(v as string | number).trim();
};

/** A date cell as YYYY-MM-DD: 2027-02-06, 2027/2/6, 2027.2.6 or 2027年2月6日; null when it is none of these. */
export function parseDateCell(v: unknown): string | null {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text(v));
  if (!m) return null;
  return `${m[1]}-${(m[2] ?? '').padStart(2, '0')}-${(m[3] ?? '').padStart(2, '0')}`;
}

/** The rows of the upload as cell arrays (first row = header). */
async function readCells(data: Buffer): Promise<unknown[][]> {
  // An .xlsx is a zip archive ("PK"); anything else is read as CSV (UTF-8, with or without BOM).
  if (data.subarray(0, 2).toString('latin1') === 'PK') {
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(data as unknown as ArrayBuffer);
    } catch {
      throw badRequest('无法读取 Excel 文件（仅支持 .xlsx）', { file: '文件不是有效的 .xlsx' });
    }
    const ws = wb.worksheets[0];
    if (!ws) return [];
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (r, n) => {
      const values = Array.isArray(r.values) ? (r.values as unknown[]).slice(1) : [];
      rows[n - 1] = values;
    });
    return Array.from(rows, (r) => r ?? []);
  }
  try {
    return parse(data, { bom: true, relax_column_count: true, skip_empty_lines: false }) as unknown[][];
  } catch {
    throw badRequest('无法读取 CSV 文件', { file: '文件不是有效的 CSV（UTF-8）' });
  }
}

/**
 * Reads an arrangement file into the body of "enter a year's arrangement". Rows that cannot be read (no
 * date, unknown kind, no name) are a 400 naming the row (`rows.5.kind`); the source is the form's, or the
 * file's 来源 column.
 */
export async function readArrangementFile(data: Buffer, formSource: string | undefined): Promise<ParsedArrangement> {
  const cells = await readCells(data);
  const header = (cells[0] ?? []).map((h) => HEADERS[text(h).replace(/\s/g, '').toLowerCase()] ?? HEADERS[text(h).replace(/\s/g, '')]);
  for (const need of ['date', 'kind', 'name'] as const) {
    if (!header.includes(need))
      throw badRequest('文件缺少“日期”“类型”“名称”列（请使用模板）', { file: `缺少列：${{ date: '日期', kind: '类型', name: '名称' }[need]}` });
  }
  const col = (row: unknown[], c: Column) => text(row[header.indexOf(c)]);
  const body: CalendarYearBody = { source: formSource?.trim() ?? '', holidays: [], workdays: [] };
  const rowOf: ParsedArrangement['rowOf'] = { holidays: [], workdays: [] };
  const fields: Record<string, string> = {};
  cells.slice(1).forEach((row, i) => {
    const rowNo = i + 2;
    if (row.every((c) => text(c) === '')) return;
    const date = parseDateCell(row[header.indexOf('date')]);
    const kind = KINDS[col(row, 'kind').replace(/\s/g, '').toLowerCase()];
    const name = col(row, 'name');
    if (!date) fields[`rows.${rowNo}.date`] = `第 ${rowNo} 行日期“${col(row, 'date')}”无法识别（应为 YYYY-MM-DD）`;
    if (!kind) fields[`rows.${rowNo}.kind`] = `第 ${rowNo} 行类型“${col(row, 'kind')}”应为“放假”或“调休上班”`;
    if (!name) fields[`rows.${rowNo}.name`] = `第 ${rowNo} 行缺少名称`;
    if (!body.source && header.includes('source')) body.source = col(row, 'source');
    if (!date || !kind || !name) return;
    const list = kind === 'holiday' ? 'holidays' : 'workdays';
    body[list].push({ date, name: name.slice(0, 20) });
    rowOf[list].push(rowNo);
  });
  if (Object.keys(fields).length > 0) throw badRequest(`文件中有无法识别的行：${Object.values(fields).slice(0, 5).join('；')}`, fields);
  if (body.source.length < 2) throw badRequest('请填写来源（通知名称及文号）', { source: '请填写来源（通知名称及文号）' });
  if (body.holidays.length === 0) throw badRequest('文件中没有放假日期', { file: '没有放假日期' });
  return { body, rowOf };
}

/** The import template: the header row, and a sheet explaining each column (no dates: those come from the notice). */
export async function calendarTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('节假日安排');
  ws.addRow([...TEMPLATE_HEADERS]);
  ws.getRow(1).font = { bold: true };
  ws.columns.forEach((c) => (c.width = 18));
  const help = wb.addWorksheet('填写说明');
  help.addRows([
    ['列', '填写'],
    ['日期', '按国务院办公厅通知逐日填写，格式 YYYY-MM-DD；放假期间的每一天（含周末）各占一行'],
    ['类型', '放假 或 调休上班（调休上班日应为周六或周日）'],
    ['名称', '节日名称，如 元旦、春节、清明节、劳动节、端午节、中秋节、国庆节'],
    ['来源', '通知名称及文号（也可在上传页面填写）'],
  ]);
  help.getColumn(2).width = 80;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
