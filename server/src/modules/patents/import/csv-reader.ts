import { Readable, pipeline } from 'node:stream';
import { parse } from 'csv-parse';
import type { CellRow } from './header-row.js';
import { decodeText, type TextEncodingName } from './text-decode.js';

/** Comma or tab, whichever the first line has more of (TSV exports are common). */
export function sniffDelimiter(firstChunk: string): ',' | '\t' | ';' {
  const line = firstChunk.split(/\r?\n/, 1)[0] ?? '';
  const count = (c: string) => line.split(c).length - 1;
  const [best] = ([',', '\t', ';'] as const).map((c) => ({ c, n: count(c) })).sort((a, b) => b.n - a.n);
  return best && best.n > 0 ? best.c : ',';
}

/**
 * Rows of cells of a CSV/TSV byte stream, parsed by csv-parse as they arrive (constant memory). The
 * row number is the line the record ends on, so the header is row 1 as in a spreadsheet.
 */
export async function* readCsvCells(input: Readable, encoding?: TextEncodingName): AsyncGenerator<CellRow> {
  const text = decodeText(input, encoding);
  const first = await text.next();
  if (first.done) return;
  const parser = parse({
    delimiter: sniffDelimiter(first.value),
    bom: true,
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    trim: true,
  });
  const source = Readable.from(
    (async function* () {
      yield first.value;
      yield* text;
    })(),
  );
  // pipeline() destroys the parser with the source's error, so a read failure ends the loop below with it.
  const rows = pipeline(source, parser, () => undefined) as AsyncIterable<{ record: string[]; info: { lines: number } }>;
  for await (const { record, info } of rows) yield { rowNo: info.lines, cells: record };
}
