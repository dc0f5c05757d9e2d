import { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import streamArray from 'stream-json/streamers/stream-array.js';
import type { SourceRow } from './header-row.js';
import { decodeText } from './text-decode.js';

const asRecord = (v: unknown): Record<string, unknown> | null =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

/** Rows of a file holding one JSON array of objects, parsed element by element (stream-json). Row number = element number from 1. */
export async function* readJsonArrayRows(input: Readable): AsyncGenerator<SourceRow> {
  const items = input.pipe(streamArray.withParserAsStream()) as AsyncIterable<{ key: number; value: unknown }>;
  input.on('error', (e) => (items as unknown as Readable).destroy(e));
  for await (const { key, value } of items) {
    const raw = asRecord(value);
    yield raw ? { rowNo: key + 1, raw } : { rowNo: key + 1, raw: {}, error: '不是 JSON 对象' };
  }
}

/** Rows of a JSON Lines file (one object per line). Row number = line number; a bad line becomes a row with an error. */
export async function* readJsonLinesRows(input: Readable): AsyncGenerator<SourceRow> {
  const lines = createInterface({ input: Readable.from(decodeText(input, 'utf-8')), crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      yield { rowNo: lineNo, raw: {}, error: 'JSON 格式不正确' };
      continue;
    }
    const raw = asRecord(value);
    yield raw ? { rowNo: lineNo, raw } : { rowNo: lineNo, raw: {}, error: '不是 JSON 对象' };
  }
}
