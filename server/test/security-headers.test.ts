import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/app.js';
import { repoRoot } from '../src/config.js';
import { createTestEnv, type TestEnv } from './harness.js';

/** The web app's page, the API (a success and a refusal) and the API documentation all carry the security headers. */
describe('security headers', () => {
  let env: TestEnv;
  let web: FastifyInstance;
  beforeAll(async () => {
    env = await createTestEnv();
    // The app as main.ts builds it: serving web/dist when it is built (its SPA fallback otherwise answers JSON).
    web = await buildApp(env.ctx, { serveWeb: true });
    await web.ready();
  });
  afterAll(async () => {
    await web.close();
    await env.close();
  });

  const expectHeaders = (res: LightMyRequestResponse) => {
    const csp = String(res.headers['content-security-policy']);
    const directives = Object.fromEntries(
      csp.split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values.join(' ')];
      }),
    );
    expect(directives['default-src']).toBe("'self'");
    // No inline or injected script may run; only our own files.
    expect(directives['script-src']).toBe("'self'");
    expect(directives['script-src-attr']).toBe("'none'");
    expect(directives['object-src']).toBe("'none'");
    expect(directives['frame-ancestors']).toBe("'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  };

  it('on the web app’s page', async () => expectHeaders(await web.inject({ method: 'GET', url: '/' })));
  it('on a client-side route of the web app', async () => expectHeaders(await web.inject({ method: 'GET', url: '/patents/search' })));
  it('on an API answer', async () => {
    const res = await env.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expectHeaders(res);
  });
  it('on an API refusal', async () => {
    const res = await env.app.inject({ method: 'POST', url: '/api/users', payload: {} });
    expect(res.statusCode).toBe(401);
    expectHeaders(res);
  });
  it('on the API documentation', async () => expectHeaders(await env.app.inject({ method: 'GET', url: '/api/docs/static/index.html' })));

  it('the web app’s page has no inline script for the policy to block (one module entry file)', () => {
    const html = readFileSync(path.join(repoRoot, 'web', 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.[1]).toContain('src=');
    expect(scripts[0]?.[2]?.trim()).toBe('');
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });
});
