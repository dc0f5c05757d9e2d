import type { Readable } from 'node:stream';
import { TextDecoder } from 'node:util';

/** Text encodings a CSV export arrives in: UTF-8 (with or without BOM) or GB18030/GBK from older Windows tools. */
export type TextEncodingName = 'utf-8' | 'gb18030';

/** Guesses the encoding from the first bytes: a UTF-8 BOM, valid UTF-8, else GB18030 (a superset of GBK). */
export function sniffEncoding(head: Uint8Array): TextEncodingName {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  try {
    // stream: true tolerates a character cut at the end of the sample.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/** Decodes a byte stream to text chunks, choosing the encoding from the first chunk; drops a UTF-8 BOM. */
export async function* decodeText(input: Readable, encoding?: TextEncodingName): AsyncGenerator<string> {
  let decoder: TextDecoder | null = encoding ? new TextDecoder(encoding) : null;
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    if (typeof chunk === 'string') {
      yield chunk;
      continue;
    }
    decoder ??= new TextDecoder(sniffEncoding(chunk.subarray(0, 64 * 1024)));
    const text = decoder.decode(chunk, { stream: true });
    if (text) yield text;
  }
  const tail = decoder?.decode() ?? '';
  if (tail) yield tail;
}
