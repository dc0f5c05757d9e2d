import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import i18next from 'i18next';
import { ZOk } from '@zhichan/contract';
import { ApiError, api, onUnauthorised, setCsrfToken, toQueryString } from './client';

function answer(status: number, body: unknown) {
  const fetchMock = vi.fn(
    async (_url: string, _init?: RequestInit) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

beforeAll(async () => {
  await i18next.init({ lng: 'zh-CN', resources: {} });
});

afterEach(async () => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
  await i18next.changeLanguage('zh-CN');
});

describe('api client', () => {
  it('sends the CSRF token on writes and not on reads', async () => {
    setCsrfToken('tok-1');
    const fetchMock = answer(200, { ok: true });
    await api.post('/api/auth/logout', ZOk);
    await api.get('/api/x', ZOk);
    const headers = (i: number) => new Headers(fetchMock.mock.calls[i]?.[1]?.headers);
    expect(headers(0).get('x-csrf-token')).toBe('tok-1');
    expect(headers(1).get('x-csrf-token')).toBeNull();
  });

  it('turns an error body into an ApiError with status, message and field messages', async () => {
    answer(409, { error: 'conflict', message: '该统一社会信用代码已注册', fields: { 'enterprise.creditCode': '该统一社会信用代码已注册' } });
    const err = await api.post('/api/enterprises/register', ZOk, {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({
      status: 409,
      code: 'conflict',
      message: '该统一社会信用代码已注册',
      fields: { 'enterprise.creditCode': '该统一社会信用代码已注册' },
    });
  });

  it('reports an ended session to listeners, except where the caller handles 401 (sign-in)', async () => {
    const heard: string[] = [];
    const stop = onUnauthorised((m) => heard.push(m));
    answer(401, { error: 'unauthorised', message: '会话已超时，请重新登录' });
    await api.get('/api/orgs', ZOk).catch(() => undefined);
    await api.post('/api/auth/login', ZOk, {}, { handleUnauthorised: true }).catch(() => undefined);
    stop();
    expect(heard).toEqual(['会话已超时，请重新登录']);
  });

  it('in English, renders the coded message and each coded field from the catalogue; in Chinese, keeps the server text', async () => {
    await i18next.changeLanguage('en');
    answer(401, { error: 'unauthorised', message: '用户名或密码错误', messageCode: 'auth.bad_credentials', params: {} });
    const login = await api.post('/api/auth/login', ZOk, {}, { handleUnauthorised: true }).catch((e: unknown) => e);
    expect(login).toMatchObject({ status: 401, code: 'unauthorised', message: 'Wrong username or password' });

    answer(400, {
      error: 'validation',
      message: '请求参数有误：enterprise.creditCode（统一社会信用代码无效：校验位不正确，请核对是否输错）；password（密码至少8位）',
      fields: { 'enterprise.creditCode': '统一社会信用代码无效：校验位不正确，请核对是否输错', password: '密码至少8位', phone: '未编码的说明' },
      fieldCodes: { 'enterprise.creditCode': { code: 'uscc.check', params: {} }, password: { code: 'password.too_short', params: { minimum: 8 } } },
      messageCode: 'error.validation',
      params: {},
    });
    const invalid = await api.post('/api/enterprises/register', ZOk, {}).catch((e: unknown) => e);
    expect(invalid).toMatchObject({
      message: expect.stringMatching(/^The request has invalid fields: enterprise\.creditCode \(Invalid unified social credit code/),
      fields: {
        'enterprise.creditCode': 'Invalid unified social credit code: the check character is wrong; please check for a typo',
        password: 'A password has at least 8 characters',
        // A text the server sent without a code stays as sent.
        phone: '未编码的说明',
      },
    });

    answer(502, 'not an error body');
    expect(await api.get('/api/x', ZOk).catch((e: unknown) => e)).toMatchObject({ message: 'The request failed (HTTP 502); please try again later' });

    await i18next.changeLanguage('zh-CN');
    answer(401, { error: 'unauthorised', message: '用户名或密码错误', messageCode: 'auth.bad_credentials', params: {} });
    expect(await api.post('/api/auth/login', ZOk, {}, { handleUnauthorised: true }).catch((e: unknown) => e)).toMatchObject({ message: '用户名或密码错误' });
  });

  it('leaves blank filters out of the query string', () => {
    expect(toQueryString({ q: '', status: 'pending', page: 2, tag: undefined })).toBe('?status=pending&page=2');
  });
});
