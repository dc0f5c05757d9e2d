import type { Role } from '@zhichan/contract';
import type { AppContext } from '../src/platform/context.js';
import type { TestEnv } from './harness.js';
import { anonymousClient, buildEnterprise, buildOrg, buildUser, login, type Client, type MultipartUpload } from './factories.js';

/**
 * The route × role × jurisdiction matrix. Region A is 任城区 (370811) with the town 许庄街道
 * (370811002); region B is its sibling 邹城市 (370883); the city 济宁市 (370800) is above both.
 * One persona per role and place; each module describes, in its `<module>.matrix.ts`, how to
 * call each of its routes against a record of region A.
 */
export const REGION_A = '370811';
export const TOWN_A = '370811002';
export const REGION_B = '370883';
export const CITY = '370800';

export const personaKeys = [
  'anonymous',
  'city_admin',
  'a_admin',
  'b_admin',
  'a_staff',
  'b_staff',
  'town_a',
  'ent_a',
  'ent_b',
  'bank',
  'police',
  'mediator',
  'public',
] as const;
export type PersonaKey = (typeof personaKeys)[number];

export interface Persona {
  key: PersonaKey;
  role: Role | null;
  orgId: number | null;
  regionCode: string | null;
  userId: number | null;
  client: Client;
}

export interface World {
  env: TestEnv;
  ctx: AppContext;
  orgs: { city: number; a: number; b: number; townA: number; entA: number; entB: number };
  personas: Record<PersonaKey, Persona>;
  /** A new signed-in user with the same role and organisation as `p` (for routes that end sessions). */
  freshClient(p: PersonaKey): Promise<Client>;
  seq(): number;
}

/** A request for one persona; `target` is the record's place, from which the expectation is derived. */
export interface MatrixRequest {
  url: string;
  body?: unknown;
  /** Which record the request acts on; omitted for routes that act only on the caller's own data. */
  target?: { regionCode: string; orgId: number | null };
  /** Send the request with this client instead of the persona's own session. */
  as?: Client;
  /** Send a multipart/form-data upload instead of a JSON body. */
  multipart?: MultipartUpload;
}

export interface MatrixSample {
  /**
   * public: anyone may call it; self: any holder of the route's access acts on their own data;
   * jurisdiction: holders whose region covers the target (or whose organisation owns it);
   * owner: only the organisation that owns the target.
   */
  reach: 'public' | 'self' | 'jurisdiction' | 'owner';
  /** Audit rows a success leaves (default 1 per change, 0 per read); an upload that runs an import job leaves more. */
  auditRows?: number;
  /** Overrides who is expected to succeed. */
  allowed?: (p: Persona, w: World) => boolean;
  build(w: World, p: Persona): Promise<MatrixRequest>;
}

export type MatrixSamples = Record<string, MatrixSample>;

const PERSONA_SPECS: { key: Exclude<PersonaKey, 'anonymous'>; role: Role; org: keyof World['orgs'] | 'bank' | 'police' | 'mediation' | 'person' }[] = [
  { key: 'city_admin', role: 'bureau_admin', org: 'city' },
  { key: 'a_admin', role: 'bureau_admin', org: 'a' },
  { key: 'b_admin', role: 'bureau_admin', org: 'b' },
  { key: 'a_staff', role: 'bureau_staff', org: 'a' },
  { key: 'b_staff', role: 'bureau_staff', org: 'b' },
  { key: 'town_a', role: 'town_specialist', org: 'townA' },
  { key: 'ent_a', role: 'enterprise_user', org: 'entA' },
  { key: 'ent_b', role: 'enterprise_user', org: 'entB' },
  { key: 'bank', role: 'bank_officer', org: 'bank' },
  { key: 'police', role: 'enforcement_partner', org: 'police' },
  { key: 'mediator', role: 'mediator', org: 'mediation' },
  { key: 'public', role: 'public', org: 'person' },
];

/** Builds the organisations and signs in one persona of each kind. */
export async function buildWorld(env: TestEnv): Promise<World> {
  const { ctx } = env;
  const orgs = {
    city: (await buildOrg(ctx, { kind: 'ip_bureau', region: CITY })).id,
    a: (await buildOrg(ctx, { kind: 'ip_bureau', region: REGION_A })).id,
    b: (await buildOrg(ctx, { kind: 'ip_bureau', region: REGION_B })).id,
    townA: (await buildOrg(ctx, { kind: 'town_office', region: TOWN_A })).id,
    entA: (await buildEnterprise(ctx, { region: TOWN_A })).id,
    entB: (await buildEnterprise(ctx, { region: REGION_B })).id,
  };
  const others = {
    bank: { id: (await buildOrg(ctx, { kind: 'bank', region: CITY })).id, region: CITY },
    police: { id: (await buildOrg(ctx, { kind: 'police', region: CITY })).id, region: CITY },
    mediation: { id: (await buildOrg(ctx, { kind: 'mediation', region: CITY })).id, region: CITY },
    person: { id: (await buildOrg(ctx, { kind: 'individual', region: REGION_A })).id, region: REGION_A },
  };
  const regionOf: Record<string, string> = { city: CITY, a: REGION_A, b: REGION_B, townA: TOWN_A, entA: TOWN_A, entB: REGION_B };
  const personas = { anonymous: { key: 'anonymous', role: null, orgId: null, regionCode: null, userId: null, client: anonymousClient(env.app) } } as Record<
    PersonaKey,
    Persona
  >;
  for (const spec of PERSONA_SPECS) {
    const org = spec.org in orgs ? { id: orgs[spec.org as keyof typeof orgs], region: regionOf[spec.org] ?? CITY } : others[spec.org as keyof typeof others];
    const u = await buildUser(ctx, { orgId: org.id, role: spec.role, username: `m_${spec.key}` });
    personas[spec.key] = { key: spec.key, role: spec.role, orgId: org.id, regionCode: org.region, userId: u.id, client: await login(env.app, u.username) };
  }
  let n = 0;
  const world: World = {
    env,
    ctx,
    orgs,
    personas,
    seq: () => ++n,
    freshClient: async (key) => {
      const p = personas[key];
      if (!p.role || p.orgId === null) return anonymousClient(env.app);
      const u = await buildUser(ctx, { orgId: p.orgId, role: p.role, username: `m_${key}_${++n}` });
      return login(env.app, u.username);
    },
  };
  return world;
}
