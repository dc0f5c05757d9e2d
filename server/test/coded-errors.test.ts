import { readdirSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localText, messageText, workStepMessage, type ErrorBody, type WorkQueue } from '@zhichan/contract';
import { moveWorkItem } from '../src/platform/work-items.js';
import { createTestEnv, type TestEnv } from './harness.js';
import { anonymousClient, buildCreditCode, buildOrg, buildPatent, buildUser, login, TEST_PASSWORD, type Client } from './factories.js';

/** What an English-mode user reads of an error body: the message, or one field's message. */
const english = (b: ErrorBody, field?: string) =>
  field
    ? localText(b.fields?.[field] ?? '', b.fieldCodes?.[field], 'en')
    : localText(b.message, b.messageCode ? { code: b.messageCode, params: b.params ?? {} } : undefined, 'en');

/** A valid query (under the 100-term limit) of exactly `length` characters, mostly CJK: `电池储能 OR 一种用于…的装置 OR …`. */
function longQuery(length: number): string {
  let q = '电池储能';
  const phrase = (i: number) => `一种用于新能源汽车动力电池组热管理的第${i}号液冷板与相变材料复合散热装置及其控制方法`;
  for (let i = 1; q.length + 4 + phrase(i).length <= length; i++) q += ` OR ${phrase(i)}`;
  return q + '电'.repeat(length - q.length);
}

describe('server refusals carry a catalogue code the web app renders in English', () => {
  let env: TestEnv;
  let bureauId: number;
  beforeAll(async () => {
    env = await createTestEnv();
    bureauId = (await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370811' })).id;
  });
  afterAll(() => env.close());

  it('a wrong password: 401 in Chinese, coded auth.bad_credentials, "Wrong username or password" in English', async () => {
    const u = await buildUser(env.ctx, { orgId: bureauId, role: 'bureau_staff' });
    const res = await anonymousClient(env.app).post('/api/auth/login', { username: u.username, password: 'Wrong@2026x' });
    expect(res.statusCode).toBe(401);
    const body = res.json<ErrorBody>();
    expect(body).toMatchObject({ message: '用户名或密码错误', messageCode: 'auth.bad_credentials' });
    expect(english(body)).toBe('Wrong username or password');
  });

  it('a locked account: 423 coded auth.locked with the Beijing time as a parameter', async () => {
    const u = await buildUser(env.ctx, { orgId: bureauId, role: 'bureau_staff' });
    const attempt = () => anonymousClient(env.app).post('/api/auth/login', { username: u.username, password: 'Wrong@2026x' });
    for (let i = 0; i < 5; i++) await attempt();
    const res = await attempt();
    expect(res.statusCode).toBe(423);
    const body = res.json<ErrorBody>();
    expect(body.messageCode).toBe('auth.locked');
    expect(english(body)).toMatch(/^The account is locked .* after \d\d:\d\d \(Beijing time\)/);
  });

  it('a missing field: zod’s own English becomes Chinese, coded validation.required', async () => {
    const res = await anonymousClient(env.app).post('/api/auth/login', { username: 'someone' });
    expect(res.statusCode).toBe(400);
    const body = res.json<ErrorBody>();
    expect(body.fields?.password).toBe('必填');
    expect(body.fieldCodes?.password).toEqual({ code: 'validation.required', params: {} });
    expect(body.message).toMatch(/^请求参数有误：password（必填）/);
    expect(english(body, 'password')).toBe('Required');
  });

  it('a weak new password: 400 naming the field, coded password.classes', async () => {
    const u = await buildUser(env.ctx, { orgId: bureauId, role: 'bureau_staff' });
    const c = await login(env.app, u.username);
    const res = await c.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'abcdefgh1' });
    expect(res.statusCode).toBe(400);
    const body = res.json<ErrorBody>();
    expect(body.fields?.newPassword).toBe('密码须包含大写字母、小写字母、数字、符号中的至少三类');
    expect(body.fieldCodes?.newPassword).toEqual({ code: 'password.classes', params: {} });
    expect(english(body, 'newPassword')).toBe('A password must use at least three of: upper-case letters, lower-case letters, digits, symbols');
    const short = (await c.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'Ab1!' })).json<ErrorBody>();
    expect(english(short, 'newPassword')).toBe('A password has at least 8 characters');
    const wrong = (await c.post('/api/auth/password', { currentPassword: 'Nope@2026x', newPassword: 'Fresh@2026x' })).json<ErrorBody>();
    expect(english(wrong)).toBe('The current password is wrong');
    expect(english(wrong, 'currentPassword')).toBe('The current password is wrong');
  });

  it('a bad credit code at registration: 400 naming enterprise.creditCode, coded uscc.check', async () => {
    const good = buildCreditCode('370811');
    const bad = good.slice(0, 17) + (good.endsWith('0') ? '1' : '0');
    const res = await anonymousClient(env.app).post('/api/enterprises/register', {
      username: `reg${Math.floor(Math.random() * 1e9)}`,
      password: 'Reg@2026pass',
      displayName: '注册人',
      phone: '13712345678',
      enterprise: { name: '济宁测试科技有限公司', creditCode: bad, regionCode: '370811002', industry: '软件' },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json<ErrorBody>();
    expect(body.fieldCodes?.['enterprise.creditCode']).toEqual({ code: 'uscc.check', params: {} });
    expect(english(body, 'enterprise.creditCode')).toBe('Invalid unified social credit code: the check character is wrong; please check for a typo');
  });

  it('anonymous and outside-reach refusals are coded too (401 sign in first, 404 not found)', async () => {
    const anon = (await anonymousClient(env.app).get('/api/patents/1')).json<ErrorBody>();
    expect(anon.messageCode).toBe('error.unauthorised');
    expect(english(anon)).toBe('Please sign in first');
    const u = await buildUser(env.ctx, { orgId: bureauId, role: 'bureau_staff' });
    const c = await login(env.app, u.username);
    const missing = (await c.get('/api/patents/999999')).json<ErrorBody>();
    expect(missing).toMatchObject({ error: 'not_found', messageCode: 'error.not_found' });
    expect(english(missing)).toBe('Not found, or outside your jurisdiction');
  });
});

describe('long search queries (up to 2,000 characters) by POST', () => {
  let env: TestEnv;
  let staff: Client;
  beforeAll(async () => {
    env = await createTestEnv();
    const bureau = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370811' });
    const u = await buildUser(env.ctx, { orgId: bureau.id, role: 'bureau_staff' });
    staff = await login(env.app, u.username);
    await buildPatent(env.ctx, { title: '一种电池储能装置', region: '370811' });
  });
  afterAll(() => env.close());

  it('searches with a 2,000-character query in the body and finds the patent', async () => {
    const q = longQuery(2000);
    expect(q.length).toBe(2000);
    const res = await staff.post('/api/patents/search', { q, sort: 'relevance', page: 1, pageSize: 20 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ total: number; items: { title: string }[] }>()).toMatchObject({ total: 1, items: [{ title: '一种电池储能装置' }] });
    // The query read back in either language.
    expect(res.json<{ description: string; descriptionEn: string }>()).toMatchObject({
      description: expect.stringMatching(/^标题\/摘要\/权利要求含“电池储能”或/),
      descriptionEn: expect.stringMatching(/^Title\/abstract\/claims contains "电池储能" or /),
    });
  });

  it('exports a 2,000-character query by POST', async () => {
    const res = await staff.post('/api/patents/export', { q: longQuery(2000), format: 'csv' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.body).toContain('一种电池储能装置');
  });

  it('refuses 2,001 characters with a 400 naming q, coded with the limit', async () => {
    for (const url of ['/api/patents/search', '/api/patents/export']) {
      const res = await staff.post(url, { q: longQuery(2001) });
      expect(res.statusCode).toBe(400);
      const body = res.json<ErrorBody>();
      expect(body.fields?.q).toBe('检索式最长2000字');
      expect(body.fieldCodes?.q).toEqual({ code: 'search.query_too_long', params: { maximum: 2000 } });
      expect(english(body, 'q')).toBe('A search query has at most 2000 characters');
    }
  });

  it('needs the CSRF token like every POST, and a session (401 anonymous)', async () => {
    const noToken = await staff.request('POST', '/api/patents/search', { q: '电池' }, { csrf: false });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json<ErrorBody>().messageCode).toBe('error.csrf');
    expect((await anonymousClient(env.app).post('/api/patents/search', { q: '电池' })).statusCode).toBe(401);
  });

  it('over real HTTP, a 2,000-character CJK query fits a GET address, and an oversized address gets a Chinese coded 431', async () => {
    await env.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = env.app.server.address() as AddressInfo;
    const get = (path: string) =>
      new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
        const req = httpRequest({ host: '127.0.0.1', port, path, headers: { cookie: staff.cookie ?? '' } }, (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (d: string) => (body += d));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
        });
        req.on('error', reject);
        req.end();
      });
    const ok = await get(`/api/patents/search?q=${encodeURIComponent(longQuery(2000))}`);
    expect(ok.status, ok.body).toBe(200);
    expect(JSON.parse(ok.body)).toMatchObject({ total: 1 });
    const huge = await get(`/api/patents/search?q=${encodeURIComponent('电'.repeat(10_000))}`);
    expect(huge.status).toBe(431);
    expect(huge.type).toContain('application/json');
    const body = JSON.parse(huge.body) as ErrorBody;
    expect(body).toMatchObject({ error: 'header_too_large', messageCode: 'error.header_too_large' });
    expect(body.message).toMatch(/^请求地址或请求头过长/);
    expect(english(body)).toMatch(/^The request address or headers are too long/);
  });
});

describe('work-queue steps in the interface language', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
  });
  afterAll(() => env.close());

  it("every step a module opens (step: '…') has a work.* code with an English text", () => {
    const dir = path.resolve(import.meta.dirname, '../src/modules');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !/\.(test|matrix)\.ts$/.test(f));
    const steps = files.flatMap((f) => [...readFileSync(path.join(dir, f), 'utf8').matchAll(/\bstep: '([^']*[\u3400-\u9fff][^']*)'/g)].map((m) => m[1] ?? ''));
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) {
      const m = workStepMessage(step);
      expect(m?.code, step).toMatch(/^work\./);
      expect(m && messageText(m, 'en'), step).toMatch(/^[A-Z][^\u3400-\u9fff]+$/);
    }
  });

  it('the queue answers each step with its code, which renders in English', async () => {
    const bureau = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370811' });
    const u = await buildUser(env.ctx, { orgId: bureau.id, role: 'bureau_staff' });
    await env.ctx.db.transaction().execute((trx) =>
      moveWorkItem(env.ctx, trx, 'filing', 9001, {
        recordType: 'filing',
        recordId: 9001,
        step: '备案待审核',
        title: '备案：测试合同',
        link: '/filings/9001',
        regionCode: '370811',
        assignee: { permission: 'utilization.review' },
      }),
    );
    const c = await login(env.app, u.username);
    const res = await c.get('/api/work-queue');
    expect(res.statusCode, res.body).toBe(200);
    const item = res.json<WorkQueue>().items.find((i) => i.recordId === 9001);
    expect(item).toMatchObject({ step: '备案待审核', stepMessage: { code: 'work.filing_review' } });
    expect(item?.stepMessage && messageText(item.stepMessage, 'en')).toBe('Filing awaiting review');
  });
});
