import { roleDefinitions, roleHas, type OrgKind, type PartyRole, type Role } from '@zhichan/contract';
import type { AnyRoute } from '../src/platform/routes.js';
import { isWithinRegion } from '../src/platform/jurisdiction.js';
import type { AppContext } from '../src/platform/context.js';
import type { TestEnv } from './harness.js';
import { anonymousClient, buildEnterprise, buildOrg, buildUser, login, type Client, type MultipartUpload } from './factories.js';

/**
 * The route × role × jurisdiction × party matrix. Region A is 任城区 (370811) with the town 许庄街道
 * (370811002); region B is its sibling 邹城市 (370883); the city 济宁市 (370800) is above both.
 * One persona per role and place, and a second organisation of each partner kind (a second bank,
 * police unit, mediation organisation, overseas expert, a third enterprise) so that a record naming one of them as a
 * party proves the other sees nothing. Each module describes, in its `<module>.matrix.ts`, how to
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
  'ent_c',
  'bank',
  'bank_b',
  'police',
  'police_b',
  'procurator',
  'mediator',
  'mediator_b',
  'public',
  'expert',
  'expert_b',
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
  orgs: {
    city: number;
    a: number;
    b: number;
    townA: number;
    entA: number;
    entB: number;
    entC: number;
    bank: number;
    bankB: number;
    police: number;
    policeB: number;
    procuratorate: number;
    mediation: number;
    mediationB: number;
    expert: number;
    expertB: number;
  };
  personas: Record<PersonaKey, Persona>;
  /** A new signed-in user with the same role and organisation as `p` (for routes that end sessions). */
  freshClient(p: PersonaKey): Promise<Client>;
  seq(): number;
}

/** The record a request acts on: its place, its owner and, for shared records, its standing parties. */
export interface MatrixTarget {
  regionCode: string;
  orgId: number | null;
  /** Organisations with a part on the record, by persona; the matrix also ends each one's part on a fresh record. */
  parties?: { persona: PersonaKey; role: PartyRole }[];
  /** The record (type and id) the parties are named on; required with `parties`. */
  record?: { type: string; id: number };
}

/** A request for one persona; `target` is the record's place, from which the expectation is derived. */
export interface MatrixRequest {
  url: string;
  body?: unknown;
  /** Which record the request acts on; omitted for routes that act only on the caller's own data. */
  target?: MatrixTarget;
  /** Send the request with this client instead of the persona's own session. */
  as?: Client;
  /** Send a multipart/form-data upload instead of a JSON body. */
  multipart?: MultipartUpload;
}

export interface MatrixSample {
  /**
   * public: anyone may call it; self: any holder of the route's access acts on their own data;
   * jurisdiction: holders whose region covers the target, whose organisation owns it, or that is a
   * standing party of it;
   * owner: only the organisation that owns the target;
   * parties: the owner and the target's standing parties, and nobody else (the bureau above them included).
   */
  reach: 'public' | 'self' | 'jurisdiction' | 'owner' | 'parties';
  /** Audit rows a success leaves (default 1 per change, 0 per read); an upload that runs an import job leaves more. */
  auditRows?: number;
  /** Overrides who is expected to succeed. */
  allowed?: (p: Persona, w: World) => boolean;
  build(w: World, p: Persona): Promise<MatrixRequest>;
}

export type MatrixSamples = Record<string, MatrixSample>;

const PERSONA_SPECS: { key: Exclude<PersonaKey, 'anonymous'>; role: Role; org: keyof World['orgs'] | 'person' }[] = [
  { key: 'city_admin', role: 'bureau_admin', org: 'city' },
  { key: 'a_admin', role: 'bureau_admin', org: 'a' },
  { key: 'b_admin', role: 'bureau_admin', org: 'b' },
  { key: 'a_staff', role: 'bureau_staff', org: 'a' },
  { key: 'b_staff', role: 'bureau_staff', org: 'b' },
  { key: 'town_a', role: 'town_specialist', org: 'townA' },
  { key: 'ent_a', role: 'enterprise_user', org: 'entA' },
  { key: 'ent_b', role: 'enterprise_user', org: 'entB' },
  { key: 'ent_c', role: 'enterprise_user', org: 'entC' },
  { key: 'bank', role: 'bank_officer', org: 'bank' },
  { key: 'bank_b', role: 'bank_officer', org: 'bankB' },
  { key: 'police', role: 'enforcement_partner', org: 'police' },
  { key: 'police_b', role: 'enforcement_partner', org: 'policeB' },
  { key: 'procurator', role: 'enforcement_partner', org: 'procuratorate' },
  { key: 'mediator', role: 'mediator', org: 'mediation' },
  { key: 'mediator_b', role: 'mediator', org: 'mediationB' },
  { key: 'public', role: 'public', org: 'person' },
  { key: 'expert', role: 'expert', org: 'expert' },
  { key: 'expert_b', role: 'expert', org: 'expertB' },
];

/** Partner organisations: a Jinan bank branch and the city's police, procuratorate and mediators, plus a second of each. */
const PARTNER_ORGS: { key: keyof World['orgs']; kind: OrgKind; region: string }[] = [
  { key: 'bank', kind: 'bank', region: '370100' },
  { key: 'bankB', kind: 'bank', region: CITY },
  { key: 'police', kind: 'police', region: CITY },
  { key: 'policeB', kind: 'police', region: REGION_B },
  { key: 'procuratorate', kind: 'procuratorate', region: CITY },
  { key: 'mediation', kind: 'mediation', region: CITY },
  { key: 'mediationB', kind: 'mediation', region: REGION_B },
  { key: 'expert', kind: 'ip_agency', region: CITY },
  { key: 'expertB', kind: 'ip_agency', region: REGION_B },
];

/** Builds the organisations and signs in one persona of each kind. */
export async function buildWorld(env: TestEnv): Promise<World> {
  const { ctx } = env;
  const base = {
    city: (await buildOrg(ctx, { kind: 'ip_bureau', region: CITY })).id,
    a: (await buildOrg(ctx, { kind: 'ip_bureau', region: REGION_A })).id,
    b: (await buildOrg(ctx, { kind: 'ip_bureau', region: REGION_B })).id,
    townA: (await buildOrg(ctx, { kind: 'town_office', region: TOWN_A })).id,
    entA: (await buildEnterprise(ctx, { region: TOWN_A })).id,
    entB: (await buildEnterprise(ctx, { region: REGION_B })).id,
    entC: (await buildEnterprise(ctx, { region: REGION_B })).id,
  };
  const regionOf: Record<string, string> = { city: CITY, a: REGION_A, b: REGION_B, townA: TOWN_A, entA: TOWN_A, entB: REGION_B, entC: REGION_B };
  const partners = {} as Record<(typeof PARTNER_ORGS)[number]['key'], number>;
  for (const o of PARTNER_ORGS) {
    partners[o.key as keyof typeof partners] = (await buildOrg(ctx, { kind: o.kind, region: o.region })).id;
    regionOf[o.key] = o.region;
  }
  const orgs = { ...base, ...partners } as World['orgs'];
  const person = { id: (await buildOrg(ctx, { kind: 'individual', region: REGION_A })).id, region: REGION_A };
  const personas = { anonymous: { key: 'anonymous', role: null, orgId: null, regionCode: null, userId: null, client: anonymousClient(env.app) } } as Record<
    PersonaKey,
    Persona
  >;
  for (const spec of PERSONA_SPECS) {
    const org = spec.org === 'person' ? person : { id: orgs[spec.org], region: regionOf[spec.org] ?? CITY };
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

/** The persona's role holds the route's declared access. */
export function hasAccess(route: AnyRoute, p: Persona): boolean {
  if (route.access === 'public') return true;
  if (!p.role) return false;
  return route.access === 'authenticated' || roleHas(p.role, route.access);
}

/** The target lies inside the persona's jurisdiction (its region, or its own organisation). */
export function covers(p: Persona, target: MatrixTarget): boolean {
  if (!p.role || p.regionCode === null) return false;
  if (roleDefinitions[p.role].scope === 'region') return isWithinRegion(target.regionCode, p.regionCode);
  return target.orgId !== null && target.orgId === p.orgId;
}

/** The persona's organisation owns the target. */
export const owns = (p: Persona, target: MatrixTarget) => target.orgId !== null && target.orgId === p.orgId;
/** The persona's organisation is a standing party of the target (named by persona in the sample). */
export const isParty = (p: Persona, target: MatrixTarget, w: World) => (target.parties ?? []).some((x) => w.personas[x.persona].orgId === p.orgId);

/** Whether the persona should succeed on the sample's request. */
export function expectedAllowed(route: AnyRoute, sample: MatrixSample, p: Persona, w: World, req: MatrixRequest): boolean {
  if (sample.allowed) return sample.allowed(p, w);
  if (!hasAccess(route, p)) return false;
  if (sample.reach === 'public' || sample.reach === 'self') return true;
  if (!req.target) throw new Error(`${route.method} ${route.url}: a ${sample.reach} sample must name its target`);
  if (sample.reach === 'owner') return owns(p, req.target);
  if (sample.reach === 'parties') return owns(p, req.target) || isParty(p, req.target, w);
  return covers(p, req.target) || isParty(p, req.target, w);
}
