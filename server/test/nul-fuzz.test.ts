import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { allRoutes } from '../src/modules/index.js';
import { isMutation, type AnyRoute } from '../src/platform/routes.js';
import { settleImports } from '../src/modules/imports/service.js';
import type { MultipartUpload } from './factories.js';
import { createTestEnv, type TestEnv } from './harness.js';
import { buildWorld, expectedAllowed, personaKeys, type MatrixRequest, type Persona, type World } from './matrix.js';
import { allSamples } from './samples.js';
import { objectKeys, pathParamNames, textFieldPaths, withField, withPathParam, withQueryParam } from './request-fields.js';

/**
 * A NUL (U+0000) in any text a route takes — a path parameter, a query parameter, a JSON body field, a
 * multipart field or file name — never reaches the database (PostgreSQL cannot store it: SQLSTATE 22021).
 * Each route is called by a persona that may use it, on the matrix sample's record, with one field
 * poisoned at a time: the answer is a 400 naming that field, and never a 5xx. Runs on both databases.
 */
const keyOf = (r: AnyRoute) => `${r.method} ${r.url}`;
const NUL = '\u0000';

/** The first persona the matrix expects to succeed on the route, with its request. */
async function allowedCaller(w: World, route: AnyRoute): Promise<{ persona: Persona; req: MatrixRequest } | null> {
  const sample = allSamples[keyOf(route)];
  if (!sample) return null;
  for (const key of personaKeys) {
    const persona = w.personas[key];
    const req = await sample.build(w, persona);
    if (expectedAllowed(route, sample, persona, w, req)) return { persona, req };
  }
  return null;
}

describe('NUL in every text field of every route', () => {
  let env: TestEnv;
  let w: World;
  beforeAll(async () => {
    env = await createTestEnv();
    w = await buildWorld(env);
  });
  afterAll(async () => {
    await settleImports();
    await env.close();
  });

  for (const route of allRoutes) {
    it(keyOf(route), async () => {
      const caller = await allowedCaller(w, route);
      expect(caller, 'a persona the matrix lets use the route').not.toBeNull();
      if (!caller) return;
      const { persona, req } = caller;
      const client = req.as ?? persona.client;
      const problems: string[] = [];
      let poisoned = 0;
      const send = async (url: string, body: unknown, multipart?: MultipartUpload): Promise<LightMyRequestResponse> => {
        const res = await client.request(route.method, url, isMutation(route.method) ? (body ?? {}) : undefined, multipart ? { multipart } : undefined);
        await settleImports();
        return res;
      };
      /** The poisoned field must be refused with a 400 that names it. */
      const expectRefused = (what: string, field: string, res: LightMyRequestResponse) => {
        poisoned++;
        const fields = res.statusCode === 400 ? (res.json<{ fields?: Record<string, string> }>().fields ?? {}) : {};
        if (res.statusCode !== 400 || !fields[field]) problems.push(`${what} → ${res.statusCode} ${res.body.slice(0, 300)}`);
      };

      for (const name of pathParamNames(route.url)) {
        const url = withPathParam(route.url, req.url, name, (seg) => `${seg}%00`);
        expectRefused(`path :${name}`, name, await send(url, req.body, req.multipart));
      }
      const sentQuery = new URLSearchParams(req.url.split('?')[1] ?? '');
      for (const key of route.query ? objectKeys(route.query) : []) {
        const url = withQueryParam(req.url, key, `${sentQuery.get(key) ?? 'a'}${NUL}`);
        expectRefused(`query ${key}`, key, await send(url, req.body, req.multipart));
      }
      for (const path of route.body ? textFieldPaths(route.body) : []) {
        const body = withField(req.body ?? {}, path, (v) => `${typeof v === 'string' ? v : '文本'}${NUL}`);
        expectRefused(`body ${path.join('.')}`, path.join('.'), await send(req.url, body));
      }
      // Multipart uploads: each form field and the file name (no schema names these fields: no 5xx is the rule).
      if (req.multipart) {
        const m = req.multipart;
        const variants: [string, MultipartUpload][] = [
          ...Object.keys(m.fields ?? {}).map((k): [string, MultipartUpload] => [
            `form field ${k}`,
            { ...m, fields: { ...m.fields, [k]: `${m.fields?.[k] ?? ''}${NUL}` } },
          ]),
          ['file name', { ...m, file: { ...m.file, name: `a${NUL}${m.file.name}` } }],
        ];
        for (const [what, upload] of variants) {
          poisoned++;
          const res = await send(req.url, undefined, upload);
          if (res.statusCode >= 500) problems.push(`${what} → ${res.statusCode} ${res.body.slice(0, 300)}`);
        }
      }
      expect(problems, `${persona.key} on ${req.url}`).toEqual([]);
      // Routes without any text input have nothing to poison; every other route was poisoned at least once.
      const takesText =
        pathParamNames(route.url).length + (route.query ? objectKeys(route.query).length : 0) + (route.body ? textFieldPaths(route.body).length : 0);
      expect(poisoned).toBeGreaterThanOrEqual(takesText);
    });
  }
});
