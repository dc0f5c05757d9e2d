// Type augmentation of FastifyRequest (isMultipart, file) for any program that includes this file.
import type {} from '@fastify/multipart';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { buffer as readAll } from 'node:stream/consumers';
import type { FastifyRequest } from 'fastify';
import { uploadErrorCodes } from '@zhichan/contract';
import { AppError } from './errors.js';

/** What an upload route accepts. */
export interface UploadRules<F extends string = never> {
  /** Accepted extensions (lower case, no dot) → the type stored for them; any other file is refused with 415. */
  types: Readonly<Record<string, string>>;
  /** The largest accepted file in bytes; a larger one is refused with 413 while it is read. */
  maxBytes: number;
  /** Text fields read with the file. The browser sends them before the file; fields after it are not seen. */
  fields?: readonly F[];
  /** What the file is called in messages: 文件 (default), Excel 文件, 附件. */
  noun?: string;
}

/** One uploaded file, not yet read. */
export interface Upload<F extends string = never> {
  filename: string;
  /** The type that follows from the extension (the browser's declared type is not trusted). */
  mimetype: string;
  fields: Partial<Record<F, string>>;
  /**
   * The content, metered: reading past `maxBytes` fails with 413, an empty file with 400. Whoever
   * refuses the upload before reading it calls `stream.resume()`, so the request body is drained.
   */
  stream: Readable;
  /** Reads the whole content into memory (a workbook), with the same checks. */
  buffer(): Promise<Buffer>;
}

const MB = 1024 * 1024;

/**
 * Reads the one file of a multipart/form-data request (@fastify/multipart) and checks it the same
 * way for every upload route: 400 `bad_request` when the request is not an upload or has no file,
 * 415 `unsupported_type` for an extension not in `rules.types`, 413 `too_large` past `rules.maxBytes`,
 * 400 `bad_request` for an empty file. Every refusal names the `file` field.
 */
export async function readUpload<F extends string = never>(req: FastifyRequest, rules: UploadRules<F>): Promise<Upload<F>> {
  const noun = rules.noun ?? '文件';
  if (!req.isMultipart()) throw missing(`请以 multipart/form-data 上传${noun}`);
  // One byte over the limit is enough for the meter to see it; busboy stops reading there.
  const part = await req.file({ limits: { fileSize: rules.maxBytes + 1 } });
  if (!part) throw missing(`缺少${noun}`);
  const ext = path.extname(part.filename).slice(1).toLowerCase();
  const mimetype = Object.hasOwn(rules.types, ext) ? rules.types[ext] : undefined;
  if (mimetype === undefined) {
    part.file.resume();
    throw new AppError(415, uploadErrorCodes.unsupportedType, `不支持的${noun}类型“${ext || '无扩展名'}”，请上传 ${Object.keys(rules.types).join('、')} 文件`, {
      file: '文件类型不支持',
    });
  }
  const fields: Partial<Record<F, string>> = {};
  for (const name of rules.fields ?? []) {
    const f = part.fields[name];
    const value = f && !Array.isArray(f) && f.type === 'field' ? f.value : undefined;
    if (typeof value === 'string') fields[name] = value;
  }
  const stream = part.file.pipe(meter(rules.maxBytes, noun, part.file));
  // The source's errors (a broken request) reach whoever reads the metered stream.
  part.file.on('error', (err) => stream.destroy(err));
  // Whoever reads the stream (pipeline, buffer()) gets its errors; a stream drained with resume()
  // after a refusal may still fail on size, and that must not become an unhandled 'error' event.
  stream.on('error', () => undefined);
  return { filename: part.filename, mimetype, fields, stream, buffer: () => readAll(stream) };
}

/** Counts the bytes going through: past `maxBytes` (or cut short by the parser's own limit) is 413, none is 400. */
function meter(maxBytes: number, noun: string, source: Readable & { truncated?: boolean }): Transform {
  let size = 0;
  const tooLarge = () =>
    new AppError(413, uploadErrorCodes.tooLarge, `${noun}不能超过 ${formatSize(maxBytes)}`, {
      file: '文件过大',
    });
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      size += chunk.length;
      if (size > maxBytes) {
        // Stop the parser reading the rest of a file nobody will keep.
        source.unpipe();
        source.resume();
        cb(tooLarge());
        return;
      }
      cb(null, chunk);
    },
    flush(cb) {
      if (source.truncated) cb(tooLarge());
      else if (size === 0) cb(missing(`${noun}为空文件`, '文件为空'));
      else cb();
    },
  });
}

function missing(message: string, field = '缺少文件'): AppError {
  return new AppError(400, uploadErrorCodes.missing, message, { file: field });
}

/** 20 MB, 1.5 MB, 2 KB, 100 字节: the limit as a person reads it. */
function formatSize(bytes: number): string {
  const [unit, size] = bytes >= MB ? ['MB', bytes / MB] : bytes >= 1024 ? ['KB', bytes / 1024] : ['字节', bytes];
  return `${Number.isInteger(size) ? size : size.toFixed(1)} ${unit}`;
}
