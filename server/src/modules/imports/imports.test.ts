import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import type { ImportJob, PatentSearchResult } from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { buildOrg, buildUser, login, type Client } from '../../../test/factories.js';
import { hasSharedData, sharedDataDir } from '../../../test/shared-data.js';
import { settleImports } from './service.js';

const present = hasSharedData('importing the real sample through the web upload', ['cn-patents-full-sample.json']);
const sample = present && sharedDataDir ? readFileSync(path.join(sharedDataDir, 'cn-patents-full-sample.json')) : Buffer.alloc(0);

describe('importing through the web upload', () => {
  let env: TestEnv;
  let staff: Client;
  beforeAll(async () => {
    env = await createTestEnv();
    const org = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370800' });
    await buildUser(env.ctx, { orgId: org.id, role: 'bureau_staff', username: 'importer' });
    staff = await login(env.app, 'importer');
  });
  afterAll(async () => {
    await settleImports();
    await env.close();
  });

  const upload = async (name: string, content: string | Buffer, kind = 'patents') => {
    const res = await staff.request('POST', '/api/imports', undefined, { multipart: { fields: { kind }, file: { name, content } } });
    expect(res.statusCode, res.body).toBe(201);
    await settleImports();
    return (await staff.get(`/api/imports/${res.json<ImportJob>().id}`)).json<ImportJob>();
  };

  it.skipIf(!present)('imports the real sample file, makes it searchable and tells the uploader', async () => {
    const saved = await staff.post('/api/saved-searches', { name: '无人机', query: 'TI=无人机' });
    expect(saved.json()).toMatchObject({ lastMatchCount: 0 });
    const job = await upload('cn-patents-full-sample.json', sample);
    expect(job).toMatchObject({ status: 'done', totalRows: 10, inserted: 10, rejected: 0, progress: null });
    const r = (await staff.get(`/api/patents/search?q=${encodeURIComponent('TI=无人机 AND PT=实用新型')}`)).json<PatentSearchResult>();
    expect(r.total).toBeGreaterThan(0);
    expect(r.items.map((i) => i.appNo)).toContain('CN202223220665.2');
    const inbox = (await staff.get('/api/notifications')).json<{ items: { kind: string; title: string }[] }>().items;
    expect(inbox.map((n) => n.kind)).toEqual(expect.arrayContaining(['import.finished', 'saved_search.new_matches']));
  });

  it.skipIf(!present)('re-importing the same file updates and never duplicates', async () => {
    const job = await upload('again.json', sample);
    expect(job).toMatchObject({ status: 'done', totalRows: 10, inserted: 0, updated: 10 });
    const n = await env.ctx.db
      .selectFrom('patents')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(10);
  });

  it('keeps good rows, rejects bad ones with reasons, and offers the error report as CSV', async () => {
    const csv = [
      '申请号,专利名称,申请日,专利类型',
      'CN202110000001.1,一种好的装置,2021-01-05,发明',
      ',缺申请号的行,2021-01-05,发明',
      'CN202110000003.X,日期错误的行,2021-13-45,发明',
    ].join('\n');
    const job = await upload('mixed.csv', csv);
    expect(job).toMatchObject({ status: 'done', totalRows: 3, inserted: 1, rejected: 2 });
    const res = await staff.get(`/api/imports/${job.id}/errors`);
    expect(res.statusCode).toBe(200);
    const rows = parse(res.body.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(2);
    expect(rows[0]?.['原因']).toContain('申请号');
    expect(rows[1]?.['原因']).toContain('申请日');
  });

  it('refuses files it cannot read and requests that are not uploads', async () => {
    const bad = await staff.request('POST', '/api/imports', undefined, { multipart: { file: { name: 'patents.pdf', content: '%PDF' } } });
    expect(bad.statusCode).toBe(415);
    expect(bad.json()).toMatchObject({ error: 'unsupported_type', fields: { file: expect.any(String) as string } });
    expect(bad.json<{ message: string }>().message).toContain('csv');
    expect((await staff.post('/api/imports', { file: 'x' })).statusCode).toBe(400);
  });
});
