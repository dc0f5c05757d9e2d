import fastifyMultipart from '@fastify/multipart';
import Fastify, { type FastifyInstance } from 'fastify';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartBody, type MultipartUpload } from '../../test/factories.js';
import { registerErrorHandler } from './error-handler.js';
import { readUpload, type UploadRules } from './uploads.js';

const rules: UploadRules<'kind' | 'note'> = { types: { csv: 'text/csv', pdf: 'application/pdf' }, maxBytes: 2048, fields: ['kind', 'note'], noun: '附件' };

let app: FastifyInstance;
beforeAll(async () => {
  app = Fastify();
  registerErrorHandler(app);
  await app.register(fastifyMultipart, { limits: { files: 1, fileSize: 512 * 1024 * 1024, fields: 10 } });
  // The two ways a route reads an upload: into memory (workbooks) and as a stream (imports, attachments).
  app.post('/buffer', async (req) => {
    const u = await readUpload(req, rules);
    const data = await u.buffer();
    return { filename: u.filename, mimetype: u.mimetype, fields: u.fields, size: data.length };
  });
  app.post('/stream', async (req) => {
    const u = await readUpload(req, rules);
    let size = 0;
    await pipeline(
      u.stream,
      new Writable({
        write(chunk: Buffer, _enc, cb) {
          size += chunk.length;
          cb();
        },
      }),
    );
    return { size, fields: u.fields };
  });
  // A route that refuses the upload before reading it drains the stream.
  app.post('/refuse', async (req, reply) => {
    const u = await readUpload(req, rules);
    u.stream.resume();
    return reply.code(409).send({ error: 'conflict', message: '不收' });
  });
});
afterAll(() => app.close());

const send = (url: string, m: MultipartUpload) => {
  const { contentType, body } = multipartBody(m);
  return app.inject({ method: 'POST', url, headers: { 'content-type': contentType }, payload: body });
};

describe('readUpload', () => {
  it('returns the file, its type by extension and the named fields', async () => {
    for (const url of ['/buffer', '/stream']) {
      const res = await send(url, { fields: { kind: 'patents', other: 'x' }, file: { name: '数据.CSV', content: 'a,b\n1,2\n', type: 'application/x-evil' } });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ size: 8, fields: { kind: 'patents' } });
      expect(res.json<{ fields: object }>().fields).not.toHaveProperty('other');
    }
    const buffered = await send('/buffer', { file: { name: '数据.CSV', content: 'a', type: 'application/x-evil' } });
    expect(buffered.json()).toMatchObject({ filename: '数据.CSV', mimetype: 'text/csv' });
  });

  it('answers 400 naming the file when the request is not an upload or carries no file', async () => {
    const json = await app.inject({ method: 'POST', url: '/buffer', payload: { file: 'x' } });
    expect(json.statusCode).toBe(400);
    expect(json.json()).toMatchObject({ error: 'bad_request', message: '请以 multipart/form-data 上传附件', fields: { file: '缺少文件' } });
    const boundary = 'b0undary';
    const noFile = await app.inject({
      method: 'POST',
      url: '/buffer',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\npatents\r\n--${boundary}--\r\n`,
    });
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json()).toMatchObject({ error: 'bad_request', message: '缺少附件', fields: { file: '缺少文件' } });
  });

  it('answers 415 naming the accepted types for any other extension', async () => {
    for (const name of ['run.exe', 'noextension', 'csv']) {
      const res = await send('/stream', { file: { name, content: 'MZ' } });
      expect(res.statusCode).toBe(415);
      expect(res.json()).toMatchObject({ error: 'unsupported_type', fields: { file: '文件类型不支持' } });
      expect(res.json<{ message: string }>().message).toContain('请上传 csv、pdf 文件');
    }
  });

  it('answers 413 past the limit and 400 for an empty file, whichever way the route reads', async () => {
    for (const url of ['/buffer', '/stream']) {
      const exact = await send(url, { file: { name: 'a.pdf', content: Buffer.alloc(2048, 1) } });
      expect(exact.statusCode).toBe(200);
      const big = await send(url, { file: { name: 'a.pdf', content: Buffer.alloc(2049, 1) } });
      expect(big.statusCode).toBe(413);
      expect(big.json()).toMatchObject({ error: 'too_large', message: '附件不能超过 2 KB', fields: { file: '文件过大' } });
      const huge = await send(url, { file: { name: 'a.pdf', content: Buffer.alloc(300_000, 1) } });
      expect(huge.statusCode).toBe(413);
      const empty = await send(url, { file: { name: 'a.pdf', content: '' } });
      expect(empty.statusCode).toBe(400);
      expect(empty.json()).toMatchObject({ error: 'bad_request', message: '附件为空文件', fields: { file: '文件为空' } });
    }
  });

  it('lets a route refuse an upload it has not read, large or not', async () => {
    for (const size of [10, 300_000]) {
      const res = await send('/refuse', { file: { name: 'a.pdf', content: Buffer.alloc(size, 1) } });
      expect(res.statusCode).toBe(409);
    }
  });
});
