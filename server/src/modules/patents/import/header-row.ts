/** One data row of a source file: its row number as the user sees it (spreadsheet row, line, element) and its cells by header. */
export interface SourceRow {
  rowNo: number;
  raw: Record<string, unknown>;
  /** Set when the row could not be read at all (a malformed JSON line): the row is rejected with it. */
  error?: string;
}

/** A row of cells before the header is known. */
export interface CellRow {
  rowNo: number;
  cells: unknown[];
}

/** How many rows to look through for the header row (title rows and export notes sit above it). */
const HEADER_SEARCH_ROWS = 10;

const isEmptyCell = (c: unknown) => c === null || c === undefined || (typeof c === 'string' && c.trim() === '');

/** Header names: trimmed, empty ones named by position, repeated ones numbered ('申请人', '申请人#2'). */
export function headerNames(cells: readonly unknown[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((c, i) => {
    const base = isEmptyCell(c) ? `列${i + 1}` : String(c).trim();
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  });
}

/**
 * Turns rows of cells into rows by header. The header row is the first of the top rows with at least
 * two known column names (`knownHeaders` counts them), else the first non-empty row. Empty rows are skipped.
 */
export async function* rowsByHeader(rows: AsyncIterable<CellRow>, knownHeaders: (cells: readonly unknown[]) => number): AsyncGenerator<SourceRow> {
  const buffered: CellRow[] = [];
  let header: string[] | null = null;
  const toSource = (r: CellRow, h: string[]): SourceRow => {
    const raw: Record<string, unknown> = {};
    h.forEach((name, i) => {
      const v = r.cells[i];
      if (!isEmptyCell(v)) raw[name] = v;
    });
    return { rowNo: r.rowNo, raw };
  };
  const pickHeader = () => {
    const i = Math.max(
      0,
      buffered.findIndex((r) => knownHeaders(r.cells) >= 2),
    );
    const h = headerNames(buffered[i]?.cells ?? []);
    return { h, rest: buffered.slice(i + 1) };
  };
  for await (const r of rows) {
    if (r.cells.every(isEmptyCell)) continue;
    if (header) {
      yield toSource(r, header);
      continue;
    }
    buffered.push(r);
    if (knownHeaders(r.cells) >= 2 || buffered.length >= HEADER_SEARCH_ROWS) {
      const { h, rest } = pickHeader();
      header = h;
      for (const b of rest) yield toSource(b, h);
    }
  }
  if (!header && buffered.length > 0) {
    const { h, rest } = pickHeader();
    for (const b of rest) yield toSource(b, h);
  }
}
