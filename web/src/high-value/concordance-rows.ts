import { ZConcordanceRow } from '@zhichan/contract';
import type { ConcordanceRowInput } from '../api/high-value';

/** A row being edited; `key` is local only (new rows have no id yet). */
export interface EditRow {
  key: number;
  industryCode: string;
  industryName: string;
  ipcPrefix: string;
}

export type RowField = 'industryCode' | 'industryName' | 'ipcPrefix';
export const rowFields: readonly RowField[] = ['industryCode', 'industryName', 'ipcPrefix'];

/** Per-row, per-field messages from the contract schema. */
export type RowErrors = Map<number, Partial<Record<RowField, string>>>;

// Negative, so a new row's key never equals a saved row's id (saved rows use their id as key).
let nextKey = -1;
/** A fresh local key for a new row. */
export const newRowKey = () => nextKey--;

/** Checks every row with the contract schema: the cleaned rows to send, or the messages to show. */
export function checkRows(rows: EditRow[]): { ok: true; rows: ConcordanceRowInput[] } | { ok: false; errors: RowErrors } {
  const errors: RowErrors = new Map();
  const clean: ConcordanceRowInput[] = [];
  for (const r of rows) {
    const parsed = ZConcordanceRow.safeParse({ industryCode: r.industryCode, industryName: r.industryName, ipcPrefix: r.ipcPrefix });
    if (parsed.success) clean.push(parsed.data);
    else {
      const fieldErrors: Partial<Record<RowField, string>> = {};
      for (const issue of parsed.error.issues) {
        const field = rowFields.find((f) => f === issue.path[0]);
        if (field) fieldErrors[field] ??= issue.message;
      }
      errors.set(r.key, fieldErrors);
    }
  }
  return errors.size > 0 ? { ok: false, errors } : { ok: true, rows: clean };
}

/**
 * Rows pasted from a spreadsheet: one per line, cells split by tabs (Excel, WPS) or commas;
 * a header line (产业代码…) is skipped.
 */
export function parsePastedRows(text: string): EditRow[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.split(line.includes('\t') ? '\t' : ',').map((c) => c.trim().replace(/^"|"$/g, '')))
    .filter((cells) => cells.length >= 3 && cells.some((c) => c !== '') && !/代码|code/i.test(cells[0] ?? ''))
    .map(([industryCode = '', industryName = '', ipcPrefix = '']) => ({ key: newRowKey(), industryCode, industryName, ipcPrefix }));
}
