import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRoutes } from '../src/modules/index.js';
import { isMutation, type AnyRoute } from '../src/platform/routes.js';
import { createTestEnv, type TestEnv } from './harness.js';
import { auditCount } from './factories.js';
import { settleImports } from '../src/modules/imports/service.js';
import { endParty } from '../src/platform/parties.js';
import { buildWorld, expectedAllowed, hasAccess, isParty, owns, personaKeys, type MatrixTarget, type World } from './matrix.js';
import { allSamples } from './samples.js';
import { objectKeys, pathParamNames, withPathParam, withQueryParam } from './request-fields.js';

const samples = allSamples;
const keyOf = (r: AnyRoute) => `${r.method} ${r.url}`;

/** The request with every path and query parameter invalid (a NUL fails every schema). */
function invalidUrl(route: AnyRoute, url: string): string {
  let bad = url;
  for (const name of pathParamNames(route.url)) bad = withPathParam(route.url, bad, name, () => '%00');
  for (const key of route.query ? objectKeys(route.query) : []) bad = withQueryParam(bad, key, '\u0000');
  return bad;
}

/** Ends an organisation's part on a record, as a revocation would (the platform's own function). */
async function endPartOf(w: World, record: { type: string; id: number }, orgId: number): Promise<void> {
  const system = { userId: null, username: null, orgId: null, regionCode: null, ip: null, trace: { auditRows: 0 } };
  await w.ctx.db.transaction().execute((trx) => endParty(w.ctx, trx, system, record, orgId, { reason: '矩阵测试：当事方权限终止' }));
}

describe('every registered route has a matrix sample', () => {
  it('no route is missing and no sample is stale', () => {
    const routeKeys = allRoutes.map(keyOf);
    expect(
      routeKeys.filter((k) => !samples[k]),
      'routes without a sample in <module>.matrix.ts',
    ).toEqual([]);
    expect(
      Object.keys(samples).filter((k) => !routeKeys.includes(k)),
      'samples for routes that no longer exist',
    ).toEqual([]);
  });
});

describe('route × role × jurisdiction matrix', () => {
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
    const sample = samples[keyOf(route)];
    if (!sample) continue;
    it(`${keyOf(route)} (${route.access})`, async () => {
      const problems: string[] = [];
      let allowedCount = 0;
      let outsideRefused = 0;
      let partiesChecked = 0;
      let namedParties: MatrixTarget | undefined;
      let csrfChecked = false;
      for (const key of personaKeys) {
        const p = w.personas[key];
        const req = await sample.build(w, p);
        if (req.target?.parties) namedParties ??= req.target;
        const client = req.as ?? p.client;
        const shouldSucceed = expectedAllowed(route, sample, p, w, req);
        // A change without the CSRF token is refused before its body is read (403 csrf, not a 400 listing fields).
        if (shouldSucceed && client.cookie && isMutation(route.method) && !csrfChecked) {
          csrfChecked = true;
          const bad = await client.request(route.method, invalidUrl(route, req.url), [], { csrf: false });
          if (bad.statusCode !== 403 || bad.json<{ error: string }>().error !== 'csrf')
            problems.push(`${key} without CSRF token → ${bad.statusCode}: expected 403 csrf`);
        }
        const before = await auditCount(env.ctx);
        const res = await client.request(
          route.method,
          req.url,
          isMutation(route.method) ? (req.body ?? {}) : undefined,
          req.multipart ? { multipart: req.multipart } : undefined,
        );
        await settleImports();
        const written = (await auditCount(env.ctx)) - before;
        const where = `${key} → ${res.statusCode}`;
        if (res.statusCode >= 500) problems.push(`${where}: server error ${res.body}`);
        else if (shouldSucceed) {
          allowedCount++;
          if (res.statusCode >= 300) problems.push(`${where}: expected success, got ${res.body}`);
          const wantRows = sample.auditRows ?? (isMutation(route.method) && !route.readOnly ? 1 : 0);
          if (res.statusCode < 300 && written !== wantRows) problems.push(`${where}: wrote ${written} audit rows, expected ${wantRows}`);
        } else {
          const want = key === 'anonymous' && route.access !== 'public' ? [401] : !hasAccess(route, p) ? [403] : [403, 404];
          if (!want.includes(res.statusCode)) problems.push(`${where}: expected ${want.join('/')}`);
          if (written !== 0) problems.push(`${where}: a refused request wrote ${written} audit rows`);
          if (hasAccess(route, p) && key !== 'anonymous') outsideRefused++;
          // Who may call comes before what is sent: the same refusal with every parameter and the body invalid.
          if (!hasAccess(route, p) || (key === 'anonymous' && route.access !== 'public')) {
            const bad = await client.request(route.method, invalidUrl(route, req.url), isMutation(route.method) ? [] : undefined);
            if (bad.statusCode !== want[0]) problems.push(`${key} with invalid input → ${bad.statusCode}: expected ${want[0]} before validation`);
          }
        }
      }
      // Shared records: the counterparty acts; a second organisation of its kind does not; nor does the
      // same counterparty once its part has ended (a fresh record, its party ended before the request).
      const shared = namedParties;
      for (const party of shared?.parties ?? []) {
        const p = w.personas[party.persona];
        if (!shared || !hasAccess(route, p) || (sample.allowed && !sample.allowed(p, w))) continue;
        // The main loop expected every persona that is neither owner nor party to be refused: make sure one is of the party's kind.
        const sameKind = personaKeys.filter(
          (k) => k !== party.persona && w.personas[k].role === p.role && !isParty(w.personas[k], shared, w) && !owns(w.personas[k], shared),
        );
        if (sameKind.length === 0) problems.push(`${party.persona}: no second organisation of its kind was refused`);
        const fresh = await sample.build(w, p);
        if (!fresh.target?.record) throw new Error(`${keyOf(route)}: a sample naming parties must name its record`);
        await endPartOf(w, fresh.target.record, p.orgId as number);
        const before = await auditCount(env.ctx);
        const res = await p.client.request(route.method, fresh.url, isMutation(route.method) ? (fresh.body ?? {}) : undefined);
        await settleImports();
        if (res.statusCode !== 404) problems.push(`${party.persona} after its part ended → ${res.statusCode}: expected 404`);
        if ((await auditCount(env.ctx)) !== before) problems.push(`${party.persona} after its part ended: a refused request wrote audit rows`);
        partiesChecked++;
      }
      expect(problems).toEqual([]);
      expect(allowedCount, 'somebody must be able to use the route').toBeGreaterThan(0);
      if (sample.reach === 'parties') expect(partiesChecked, 'a parties sample must name at least one party').toBeGreaterThan(0);
      if (sample.reach === 'jurisdiction' || sample.reach === 'owner' || sample.reach === 'parties') {
        expect(outsideRefused, 'a persona with the permission but outside the record’s reach must be refused').toBeGreaterThan(0);
      }
    });
  }
});
