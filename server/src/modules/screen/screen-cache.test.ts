import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScreenData } from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { buildOrg, buildPatent, buildUser, login, type Client } from '../../../test/factories.js';

describe('monitoring screen body cache (ETag, 304, invalidation)', () => {
  let env: TestEnv;
  let city: Client;
  let town: Client;
  const url = '/api/screen?region=370800&year=2023';
  const kpi = (d: ScreenData) => d.kpis.find((k) => k.key === 'effective_invention_patents')?.current.value;

  beforeAll(async () => {
    env = await createTestEnv();
    const cityOrg = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370800' });
    await buildUser(env.ctx, { orgId: cityOrg.id, role: 'bureau_staff', username: 'scc_city' });
    const townOrg = await buildOrg(env.ctx, { kind: 'town_office', region: '370811002' });
    await buildUser(env.ctx, { orgId: townOrg.id, role: 'town_specialist', username: 'scc_town' });
    city = await login(env.app, 'scc_city');
    town = await login(env.app, 'scc_town');
    await buildPatent(env.ctx, { region: '370811002', grantDate: '2021-06-01' });
  });
  afterAll(() => env.close());

  it('answers a repeated request with the same body and ETag, and 304 without a body when the ETag is sent', async () => {
    const first = await city.request('GET', url);
    const second = await city.request('GET', url);
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toContain('application/json');
    const etag = first.headers.etag;
    expect(etag).toMatch(/^".+"$/);
    expect(second.headers.etag).toBe(etag);
    expect(second.body).toBe(first.body);
    expect(kpi(first.json<ScreenData>())).toBe(1);

    const res = await env.app.inject({ method: 'GET', url, headers: { cookie: city.cookie ?? '', 'if-none-match': String(etag) } });
    expect(res.statusCode).toBe(304);
    expect(res.body).toBe('');
    expect(res.headers.etag).toBe(etag);

    const stale = await env.app.inject({ method: 'GET', url, headers: { cookie: city.cookie ?? '', 'if-none-match': '"not-this-one"' } });
    expect(stale.statusCode).toBe(200);
    expect(stale.body).toBe(first.body);
  });

  it('sends a browser (Accept-Encoding: gzip) the same body compressed, with its own ETag, and 304 on that ETag', async () => {
    const plain = await city.request('GET', url);
    const headers = { cookie: city.cookie ?? '', 'accept-encoding': 'gzip, deflate, br' };
    const zipped = await env.app.inject({ method: 'GET', url, headers });
    expect(zipped.statusCode).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toContain('accept-encoding');
    expect(zipped.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    expect(gunzipSync(zipped.rawPayload).toString('utf8')).toBe(plain.body);
    expect(zipped.headers.etag).not.toBe(plain.headers.etag);
    const again = await env.app.inject({ method: 'GET', url, headers: { ...headers, 'if-none-match': String(zipped.headers.etag) } });
    expect(again.statusCode).toBe(304);
    // gzip refused with q=0: the plain body.
    const refused = await env.app.inject({ method: 'GET', url, headers: { cookie: city.cookie ?? '', 'accept-encoding': 'gzip;q=0, identity' } });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.body).toBe(plain.body);
  });

  it('sends a new body and ETag after a patent write through the write hook', async () => {
    const before = await city.request('GET', url);
    await buildPatent(env.ctx, { region: '370883001', grantDate: '2022-06-01' });
    const after = await city.request('GET', url);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(kpi(before.json<ScreenData>())).toBe(1);
    expect(kpi(after.json<ScreenData>())).toBe(2);
    const res = await env.app.inject({ method: 'GET', url, headers: { cookie: city.cookie ?? '', 'if-none-match': String(before.headers.etag) } });
    expect(res.statusCode).toBe(200);
  });

  it('sends a new body and ETag after the index weights change', async () => {
    const before = await city.request('GET', url);
    const put = await city.request('PUT', '/api/screen/index-weights', { region: '370800', weights: [{ key: 'effective_invention_patents', weight: 1 }] });
    expect(put.statusCode).toBe(200);
    const after = await city.request('GET', url);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(after.json<ScreenData>().index.weights).toEqual([{ key: 'effective_invention_patents', weight: 1 }]);
  });

  it('refuses a user outside the jurisdiction even when the body is cached, and without an ETag', async () => {
    const cached = await city.request('GET', '/api/screen?region=370811&year=2023');
    expect(cached.statusCode).toBe(200);
    const refused = await town.request('GET', '/api/screen?region=370811&year=2023');
    expect(refused.statusCode).toBe(403);
    expect(refused.headers.etag).toBeUndefined();
    const guessed = await env.app.inject({
      method: 'GET',
      url: '/api/screen?region=370811&year=2023',
      headers: { cookie: town.cookie ?? '', 'if-none-match': String(cached.headers.etag) },
    });
    expect(guessed.statusCode).toBe(403);
    const anonymous = await env.app.inject({
      method: 'GET',
      url: '/api/screen?region=370811&year=2023',
      headers: { 'if-none-match': String(cached.headers.etag) },
    });
    expect(anonymous.statusCode).toBe(401);
  });
});
