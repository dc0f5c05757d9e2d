import {
  message,
  ZPolicyRule,
  type PolicyTrial,
  type SubsidyPolicy,
  type SubsidyPolicyBody,
  type SubsidyPolicyCreateBody,
  type SubsidyPolicyVersion,
  type SubsidyPreviewBody,
} from '@zhichan/contract';
import type { z } from 'zod';
import type { ZPolicyTrialBody } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso } from '../../platform/context.js';
import { mutate } from '../../platform/audit.js';
import { badRequest, conflict, forbidden, notFound } from '../../platform/errors.js';
import { evaluatePolicy } from '../../platform/policy.js';
import type { Executor } from '../../db/database.js';
import { loadLprLookup, policyFacts } from './compute.js';
import { insertPolicyVersion, latestPolicyVersion, listPolicyVersions, type PolicyVersionRow } from './repository.js';
import { findPolicyTemplate, subsidyPolicyTemplates } from './templates.js';

/**
 * Policies as data (政策维护): the templates the platform ships are version 0 of their keys; staff with the subsidy
 * review permission at city (or province) level save new versions — or new keys — whose rule `ZPolicyRule`
 * validates. The newest version of a key is the one applications are computed under from then on; each
 * application stores the rule beside its computation, so earlier evaluations keep theirs.
 */

export const POLICY = 'subsidy_policy';

interface Descriptor {
  name: string;
  nameEn: string;
  scope: string;
  scopeEn: string;
  summary: string;
  summaryEn: string;
  notes: { zh: string; en: string }[];
}

function fromRow(r: PolicyVersionRow): SubsidyPolicyVersion {
  const d = JSON.parse(r.descriptor) as Descriptor;
  return {
    key: r.key,
    ...d,
    notes: d.notes ?? [],
    rule: ZPolicyRule.parse(JSON.parse(r.rule)),
    versionNo: Number(r.version_no),
    note: r.note,
    createdAt: r.created_at,
    createdBy: r.created_by_name,
  };
}

const fromTemplate = (p: SubsidyPolicy): SubsidyPolicyVersion => ({ ...p, versionNo: 0, note: null, createdAt: null, createdBy: null });

/** The policy of a key as it stands: its newest saved version, else its template; undefined when neither exists. */
export async function findPolicy(db: Executor, key: string): Promise<SubsidyPolicyVersion | undefined> {
  const row = await latestPolicyVersion(db, key);
  if (row) return fromRow(row);
  const t = findPolicyTemplate(key);
  return t ? fromTemplate(t) : undefined;
}

/** The policy of a key, or a 400 naming `policyKey`. */
export async function policyOf(db: Executor, key: string): Promise<SubsidyPolicyVersion> {
  const p = await findPolicy(db, key);
  if (!p) throw badRequest(message('subsidy.policy_unknown', { key }), { policyKey: message('subsidy.policy_unknown', { key }) });
  return p;
}

/** Every policy as it stands (templates not yet edited, and each key's newest version). */
export async function listPolicies(db: Executor): Promise<{ items: SubsidyPolicyVersion[] }> {
  const rows = await listPolicyVersions(db);
  const newest = new Map<string, SubsidyPolicyVersion>();
  for (const r of rows) if (!newest.has(r.key)) newest.set(r.key, fromRow(r));
  const items = subsidyPolicyTemplates.map((t) => newest.get(t.key) ?? fromTemplate(t));
  for (const [key, p] of newest) if (!findPolicyTemplate(key)) items.push(p);
  return { items };
}

/** Every version of a key, newest first, ending with the template (version 0) when the platform ships one. */
export async function listVersions(db: Executor, key: string): Promise<{ items: SubsidyPolicyVersion[] }> {
  const rows = (await listPolicyVersions(db, key)).map(fromRow);
  const t = findPolicyTemplate(key);
  if (rows.length === 0 && !t) throw notFound('贴息政策');
  return { items: t ? [...rows, fromTemplate(t)] : rows };
}

/** Policies are the city's (or the province's) to make: region staff of a county or town are refused. */
function assertCityLevel(actor: Actor) {
  const code = actor.regionCode;
  const cityOrAbove = code.length <= 6 && code.endsWith('00');
  if (!cityOrAbove) throw forbidden(message('policy_admin.city_only'));
}

async function saveVersion(ctx: AppContext, actor: Actor, key: string, body: SubsidyPolicyBody, versionNo: number, action: string) {
  const descriptor: Descriptor = {
    name: body.name,
    nameEn: body.nameEn,
    scope: body.scope,
    scopeEn: body.scopeEn,
    summary: body.summary,
    summaryEn: body.summaryEn,
    notes: [],
  };
  await mutate(ctx, actor, async (trx) => {
    const id = await insertPolicyVersion(trx, {
      key,
      version_no: versionNo,
      title: body.name,
      region_code: actor.regionCode,
      descriptor: JSON.stringify(descriptor),
      rule: JSON.stringify(body.rule),
      note: body.note,
      created_by: actor.userId,
      created_at: nowIso(ctx),
    });
    return {
      value: id,
      audit: {
        action,
        entityType: POLICY,
        entityId: id,
        regionCode: actor.regionCode,
        after: { key, versionNo, name: body.name, rule: body.rule, note: body.note },
      },
    };
  });
  return (await findPolicy(ctx.db, key)) as SubsidyPolicyVersion;
}

/** A new version of an existing policy (template or staff-made). */
export async function revisePolicy(ctx: AppContext, actor: Actor, key: string, body: SubsidyPolicyBody): Promise<SubsidyPolicyVersion> {
  assertCityLevel(actor);
  const current = await findPolicy(ctx.db, key);
  if (!current) throw notFound('贴息政策');
  return saveVersion(ctx, actor, key, body, current.versionNo + 1, 'subsidy.policy_revise');
}

/** A new policy under a new key (version 1). */
export async function createPolicy(ctx: AppContext, actor: Actor, body: SubsidyPolicyCreateBody): Promise<SubsidyPolicyVersion> {
  assertCityLevel(actor);
  if (await findPolicy(ctx.db, body.key))
    throw conflict(message('policy_admin.key_taken', { key: body.key }), { key: message('policy_admin.key_taken', { key: body.key }) });
  const { key, ...rest } = body;
  return saveVersion(ctx, actor, key, rest, 1, 'subsidy.policy_create');
}

/** 试算: a draft rule against a sample loan, with the LPR series as it stands; nothing is saved. */
export async function trialPolicy(ctx: AppContext, body: z.infer<typeof ZPolicyTrialBody>): Promise<PolicyTrial> {
  const s: SubsidyPreviewBody = body.sample;
  const evaluation = evaluatePolicy(
    body.rule,
    policyFacts({
      principal: s.principal,
      ratePct: s.ratePct,
      contractDate: s.contractDate,
      interestFrom: s.interestFrom,
      interestTo: s.interestTo,
      interestPaid: s.interestPaid,
      revenue: s.revenue ?? null,
      flags: s.flags,
    }),
    await loadLprLookup(ctx.db),
    {},
  );
  return { evaluation };
}
