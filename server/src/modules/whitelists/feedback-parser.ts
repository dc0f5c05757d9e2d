import { WHITELIST_MAX_AMOUNT, whitelistOutcomeLabels, whitelistOutcomes, type WhitelistOutcome } from '@zhichan/contract';

/**
 * The bank's feedback workbook (银行反馈表), checked row by row before anything is written: the first bad
 * row is refused with its row number, column letter and header, and nothing of the file is kept. Pure:
 * cells in, rows or one coded error out (the route turns the error into a 400).
 */

/** The columns the parser reads, by header (the template's Chinese header; English accepted too). */
export const feedbackColumns = {
  creditCode: { zh: '统一社会信用代码', en: 'Credit code' },
  outcome: { zh: '反馈结果', en: 'Outcome' },
  amount: { zh: '授信金额（元）', en: 'Amount (yuan)' },
  reason: { zh: '原因', en: 'Reason' },
} as const;
export type FeedbackColumn = keyof typeof feedbackColumns;

export interface ParsedFeedback {
  row: number;
  orgId: number;
  outcome: WhitelistOutcome;
  amount: number | null;
  reason: string | null;
}

export interface FeedbackError {
  code: string;
  params: Record<string, string | number>;
}

export type FeedbackParse = { ok: true; items: ParsedFeedback[] } | { ok: false; error: FeedbackError };

/** One data row: its sheet row number and its cells by column index (1-based, as Excel counts). */
export interface SheetRowCells {
  row: number;
  cells: readonly unknown[];
}

export const MAX_FEEDBACK_ROWS = 10_000;

/** Excel's column letter of a 1-based column index (1 → A, 27 → AA). */
export function columnLetter(index: number): string {
  let n = index;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v as string | number).trim());
const normHeader = (v: unknown) => text(v).replace(/\s/g, '').replace(/\(/g, '（').replace(/\)/g, '）').toLowerCase();

const outcomeByText = new Map<string, WhitelistOutcome>();
for (const o of whitelistOutcomes) {
  outcomeByText.set(o, o);
  outcomeByText.set(whitelistOutcomeLabels[o].zh, o);
  outcomeByText.set(whitelistOutcomeLabels[o].en.toLowerCase(), o);
}
outcomeByText.set('授信', 'granted');
outcomeByText.set('拒绝', 'declined');
outcomeByText.set('已拒绝', 'declined');

// Control characters other than tab are refused, as everywhere else (ZLineText).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f]/;

/** Parses a number cell: a number, or text with optional thousands separators. */
function amountOf(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  const s = text(v).replace(/[,，]/g, '');
  if (!/^\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}

/**
 * Checks every row: the credit code names an enterprise of the list (`lookup`), once; the outcome is one of
 * the four; a granted credit has an amount (0 < amount ≤ 1e12), a declined one a reason. Blank outcome: the
 * row carries no feedback and is skipped. The first error found (row order, then column order) is returned.
 */
export function parseFeedbackRows(header: readonly unknown[], rows: readonly SheetRowCells[], lookup: ReadonlyMap<string, number>): FeedbackParse {
  const col = {} as Record<FeedbackColumn, number>;
  for (const key of Object.keys(feedbackColumns) as FeedbackColumn[]) {
    const names = [normHeader(feedbackColumns[key].zh), normHeader(feedbackColumns[key].en)];
    const i = header.findIndex((h) => names.includes(normHeader(h)));
    if (i < 0)
      return { ok: false, error: { code: 'whitelists.xlsx.missing_column', params: { header: feedbackColumns[key].zh, headerEn: feedbackColumns[key].en } } };
    col[key] = i + 1;
  }
  if (rows.length > MAX_FEEDBACK_ROWS) return { ok: false, error: { code: 'whitelists.xlsx.too_many_rows', params: { max: MAX_FEEDBACK_ROWS } } };
  const at = (row: number, key: FeedbackColumn, code: string, extra: Record<string, string | number> = {}): FeedbackParse => ({
    ok: false,
    error: { code, params: { row, column: columnLetter(col[key]), header: feedbackColumns[key].zh, headerEn: feedbackColumns[key].en, ...extra } },
  });
  const seen = new Map<string, number>();
  const items: ParsedFeedback[] = [];
  for (const r of rows) {
    const cell = (key: FeedbackColumn) => r.cells[col[key] - 1];
    const outcomeText = text(cell('outcome'));
    const code = text(cell('creditCode')).toUpperCase();
    if (!outcomeText) continue;
    if (!code) return at(r.row, 'creditCode', 'whitelists.xlsx.required');
    const orgId = lookup.get(code);
    if (orgId === undefined) return at(r.row, 'creditCode', 'whitelists.xlsx.not_on_list');
    const first = seen.get(code);
    if (first !== undefined) return at(r.row, 'creditCode', 'whitelists.xlsx.duplicate', { first });
    seen.set(code, r.row);
    const outcome = outcomeByText.get(outcomeText) ?? outcomeByText.get(outcomeText.toLowerCase());
    if (!outcome) return at(r.row, 'outcome', 'whitelists.xlsx.bad_outcome');
    const amountCell = cell('amount');
    let amount: number | null = null;
    if (text(amountCell) !== '') {
      amount = amountOf(amountCell);
      if (amount === null || amount <= 0 || amount > WHITELIST_MAX_AMOUNT) return at(r.row, 'amount', 'whitelists.xlsx.bad_amount');
    }
    if (outcome === 'granted' && amount === null) return at(r.row, 'amount', 'whitelists.xlsx.amount_required');
    const reason = text(cell('reason'));
    if (reason.length > 200 || CONTROL.test(reason)) return at(r.row, 'reason', 'whitelists.xlsx.bad_text');
    if (outcome === 'declined' && reason.length < 2) return at(r.row, 'reason', 'whitelists.xlsx.reason_required');
    items.push({ row: r.row, orgId, outcome, amount: outcome === 'granted' ? amount : null, reason: reason || null });
  }
  return { ok: true, items };
}
