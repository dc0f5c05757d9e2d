import { afterEach, describe, expect, it, vi } from 'vitest';
import { ZOk } from '@zhichan/contract';
import { ApiError, api, onUnauthorised, setCsrfToken, toQueryString } from './client';

function answer(status: number, body: unknown) {
  const fetchMock = vi.fn(
    async (_url: string, _init?: RequestInit) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
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

  it('leaves blank filters out of the query string', () => {
    expect(toQueryString({ q: '', status: 'pending', page: 2, tag: undefined })).toBe('?status=pending&page=2');
  });
});
