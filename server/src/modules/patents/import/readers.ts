import { createReadStream, openSync, readSync, closeSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { badRequest } from '../../../platform/errors.js';
import { countKnownHeaders, patentHeaderAliases } from './column-map.js';
import { readCsvCells } from './csv-reader.js';
import { rowsByHeader, type SourceRow } from './header-row.js';
import { readJsonArrayRows, readJsonLinesRows } from './json-reader.js';
import { trademarkHeaderAliases } from './trademark-columns.js';
import { readXlsxCells } from './xlsx-reader.js';

export type { SourceRow } from './header-row.js';

/** File formats an import reads. */
export type FileFormat = 'csv' | 'xlsx' | 'json' | 'jsonl';

/** A file's rows plus how far reading has got (for a progress bar). */
export interface RowSource extends AsyncIterable<SourceRow> {
  format: FileFormat;
  totalBytes: number;
  bytesRead(): number;
}

/** Known column names of every import kind: they tell the header row from title rows above it. */
export function knownHeaderCount(cells: readonly unknown[]): number {
  return Math.max(countKnownHeaders(cells, patentHeaderAliases), countKnownHeaders(cells, trademarkHeaderAliases));
}

/** The format from the extension, else from the first bytes (ZIP → xlsx, '[' → JSON, '{' → JSON Lines, else CSV). */
export function detectFormat(fileName: string, head: Uint8Array): FileFormat {
  const ext = path.extname(fileName).toLowerCase();
  if (ext === '.xls') throw badRequest('不支持旧版 Excel（.xls）文件，请另存为 .xlsx 或 CSV 后导入');
  if (ext === '.xlsx' || ext === '.xlsm') return 'xlsx';
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return 'csv';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'xlsx';
  const first = Buffer.from(head)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()[0];
  if (first === '[') return 'json';
  if (first === '{') return 'jsonl';
  return 'csv';
}

/** Rows of a byte stream in a known format (an upload, a test fixture). */
export function readRows(input: Readable, format: FileFormat): AsyncIterable<SourceRow> {
  switch (format) {
    case 'csv':
      return rowsByHeader(readCsvCells(input), knownHeaderCount);
    case 'xlsx':
      return rowsByHeader(readXlsxCells(input), knownHeaderCount);
    case 'json':
      return readJsonArrayRows(input);
    case 'jsonl':
      return readJsonLinesRows(input);
  }
}

/** Opens a file as rows, the format chosen by extension or sniffing. Reads as it goes: memory stays flat. */
export function openRowSource(filePath: string, format?: FileFormat): RowSource {
  const head = Buffer.alloc(512);
  const fd = openSync(filePath, 'r');
  const n = readSync(fd, head, 0, head.length, 0);
  closeSync(fd);
  const fmt = format ?? detectFormat(filePath, head.subarray(0, n));
  const stream = createReadStream(filePath, { highWaterMark: 256 * 1024 });
  const rows = readRows(stream, fmt);
  return {
    format: fmt,
    totalBytes: statSync(filePath).size,
    bytesRead: () => stream.bytesRead,
    [Symbol.asyncIterator]: () => rows[Symbol.asyncIterator](),
  };
}
