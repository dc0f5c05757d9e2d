import ExcelJS from 'exceljs';
import { enterpriseTagLabels, messageText, whitelistOutcomeLabels, type MessageCode, type WhitelistOutcome, type WhitelistReason } from '@zhichan/contract';
import type { SheetRowCells } from './feedback-parser.js';
import { feedbackColumns } from './feedback-parser.js';

/** The content type of an .xlsx download. */
export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What the feedback upload accepts (readUpload): .xlsx up to 10 MB. */
export const feedbackUploadRules = {
  types: { xlsx: xlsxType },
  maxBytes: 10 * 1024 * 1024,
  noun: 'Excel 文件',
};

/** An entry as the workbooks print it. */
export interface WorkbookEntry {
  name: string;
  creditCode: string | null;
  regionCode: string;
  effectiveInventions: number;
  highValue: number;
  tags: string[];
  reasons: WhitelistReason[];
  source: string;
  decisionReason: string | null;
}

/** A feedback row as the workbooks print it. */
export interface WorkbookFeedback {
  bankName: string;
  name: string;
  creditCode: string | null;
  outcome: WhitelistOutcome;
  amount: number | null;
  reason: string | null;
  recordedAt: string;
}

const reasonsText = (rs: WhitelistReason[]) => rs.map((r) => messageText({ code: r.code as MessageCode, params: r.params }, 'zh')).join('；');
const tagsText = (tags: string[]) => tags.map((t) => enterpriseTagLabels[t as keyof typeof enterpriseTagLabels]?.zh ?? t).join('、');

function header(ws: ExcelJS.Worksheet, columns: { header: string; width: number }[]) {
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

/** The bureau's export of a version: the list with each firm's figures and reasons, and the banks' feedback. */
export async function bureauWorkbook(title: string, entries: WorkbookEntry[], feedback: WorkbookFeedback[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('白名单');
  header(ws, [
    { header: '序号', width: 6 },
    { header: '企业名称', width: 30 },
    { header: feedbackColumns.creditCode.zh, width: 22 },
    { header: '所在地区代码', width: 12 },
    { header: '有效发明专利（件）', width: 12 },
    { header: '高价值发明专利（件）', width: 12 },
    { header: '企业标签', width: 20 },
    { header: '入选依据', width: 60 },
    { header: '来源', width: 10 },
    { header: '人工调整理由', width: 30 },
  ]);
  entries.forEach((e, i) =>
    ws.addRow([
      i + 1,
      e.name,
      e.creditCode ?? '—',
      e.regionCode,
      e.effectiveInventions,
      e.highValue,
      tagsText(e.tags),
      reasonsText(e.reasons),
      e.source === 'manual' ? '人工添加' : '筛选',
      e.decisionReason ?? '',
    ]),
  );
  const fs = wb.addWorksheet('银行反馈');
  header(fs, [
    { header: '银行', width: 28 },
    { header: '企业名称', width: 30 },
    { header: feedbackColumns.creditCode.zh, width: 22 },
    { header: feedbackColumns.outcome.zh, width: 10 },
    { header: feedbackColumns.amount.zh, width: 16 },
    { header: feedbackColumns.reason.zh, width: 30 },
    { header: '反馈时间', width: 22 },
  ]);
  for (const f of feedback)
    fs.addRow([f.bankName, f.name, f.creditCode ?? '—', whitelistOutcomeLabels[f.outcome].zh, f.amount ?? '', f.reason ?? '', f.recordedAt]);
  wb.title = title;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * The bank's download of a list pushed to it: one row per enterprise with its figures and the bank's current
 * feedback; the bank fills 反馈结果 / 授信金额（元） / 原因 and uploads the same file back.
 */
export async function bankWorkbook(
  entries: (WorkbookEntry & { outcome: WhitelistOutcome | null; amount: number | null; reason: string | null })[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('白名单反馈');
  header(ws, [
    { header: feedbackColumns.creditCode.zh, width: 22 },
    { header: '企业名称', width: 30 },
    { header: '所在地区代码', width: 12 },
    { header: '有效发明专利（件）', width: 12 },
    { header: '高价值发明专利（件）', width: 12 },
    { header: '入选依据', width: 50 },
    { header: feedbackColumns.outcome.zh, width: 12 },
    { header: feedbackColumns.amount.zh, width: 16 },
    { header: feedbackColumns.reason.zh, width: 30 },
  ]);
  for (const e of entries)
    ws.addRow([
      e.creditCode ?? '',
      e.name,
      e.regionCode,
      e.effectiveInventions,
      e.highValue,
      reasonsText(e.reasons),
      e.outcome ? whitelistOutcomeLabels[e.outcome].zh : '',
      e.amount ?? '',
      e.reason ?? '',
    ]);
  // The outcome column offers the four answers.
  for (let r = 2; r <= Math.max(2, entries.length + 1) + 200; r++) {
    ws.getCell(r, 7).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [
        `"${Object.values(whitelistOutcomeLabels)
          .map((l) => l.zh)
          .join(',')}"`,
      ],
    };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The plain value of a cell (formula result, rich text, hyperlink text). */
function cellValue(v: ExcelJS.CellValue): unknown {
  if (v && typeof v === 'object') {
    if ('result' in v) return v.result;
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v) return v.text;
  }
  return v;
}

/** The first sheet of an uploaded workbook as a header row and data rows; null when the file is not an .xlsx. */
export async function readFeedbackSheet(data: Buffer): Promise<{ header: unknown[]; rows: SheetRowCells[] } | null> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    return null;
  }
  const ws = wb.worksheets[0];
  if (!ws) return null;
  const width = Math.max(ws.columnCount, 1);
  const rowCells = (r: ExcelJS.Row) => Array.from({ length: width }, (_, i) => cellValue(r.getCell(i + 1).value));
  const header = rowCells(ws.getRow(1));
  const rows: SheetRowCells[] = [];
  ws.eachRow((r, n) => {
    if (n === 1) return;
    const cells = rowCells(r);
    if (cells.every((c) => c === null || c === undefined || String(c as string).trim() === '')) return;
    rows.push({ row: n, cells });
  });
  return { header, rows };
}
