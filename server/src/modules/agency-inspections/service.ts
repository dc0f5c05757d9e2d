import { message, type Agency, type InspectionObject, type InspectionPlan } from '@zhichan/contract';
import type { z } from 'zod';
import type { ZAgencyBody, ZDrawBody, ZInspectionPlanBody, ZInspectionResultBody, ZInspectorBody, ZRecusalBody } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso, todayIso } from '../../platform/context.js';
import { mutate } from '../../platform/audit.js';
import { AppError, badRequest, conflict, notFound } from '../../platform/errors.js';
import { assertRegionInJurisdiction, canAccess } from '../../platform/jurisdiction.js';
import { addDays } from '../../platform/deadlines.js';
import { getSetting } from '../../platform/settings.js';
import type { Executor } from '../../db/database.js';
import { drawPlan, recusalSeed, redraw, type DrawPool } from './draw.js';
import {
  OBJECT,
  PLAN,
  findAgencies,
  findAssignments,
  findInspectors,
  findObject,
  findObjectsOfPlans,
  findPlan,
  findPlanByYear,
  findPlans,
  findPublishedObjects,
  insertAgency,
  insertAssignment,
  insertInspector,
  insertObject,
  insertPlan,
  recuseAssignment,
  updateObject,
  updatePlan,
  type AgencyRow,
  type AssignmentRow,
  type ObjectRow,
  type PlanRow,
} from './repository.js';

/** `years` after a date (29 February falls back to the 28th). */
function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-');
  const out = `${Number(y) + years}-${m}-${d}`;
  return new Date(`${out}T00:00:00Z`).getUTCDate() === Number(d) ? out : `${Number(y) + years}-${m}-28`;
}

function presentAgency(a: AgencyRow, years: number, today: string): Agency {
  const until = addYears(a.filed_on, years);
  return {
    id: a.id,
    kind: a.kind as Agency['kind'],
    name: a.name,
    regionCode: a.region_code,
    filingNo: a.filing_no,
    filedOn: a.filed_on,
    filingValidUntil: until,
    filingStatus: until >= today ? 'valid' : 'expired',
    agents: JSON.parse(a.agents) as string[],
    isDemo: Number(a.is_demo) === 1,
  };
}

/** The agency directory of the caller's jurisdiction, each filing's 3-year validity computed (a setting). */
export async function listAgencies(ctx: AppContext, actor: Actor) {
  const years = await getSetting(ctx.db, 'agency.filing_valid_years');
  const today = todayIso(ctx);
  return { items: (await findAgencies(ctx.db, actor.regionCode)).map((a) => presentAgency(a, years, today)) };
}

export async function createAgency(ctx: AppContext, actor: Actor, body: z.infer<typeof ZAgencyBody>): Promise<Agency> {
  assertRegionInJurisdiction(actor, body.regionCode);
  const at = nowIso(ctx);
  const row = {
    kind: body.kind,
    name: body.name,
    region_code: body.regionCode,
    filing_no: body.filingNo,
    filed_on: body.filedOn,
    agents: JSON.stringify(body.agents),
    created_at: at,
  };
  const id = await mutate(ctx, actor, async (trx) => ({
    value: await insertAgency(trx, row),
    audit: { action: 'agency.directory.add', entityType: 'agency', entityId: null, regionCode: body.regionCode, after: body },
  }));
  return presentAgency({ id, ...row, is_demo: 0 }, await getSetting(ctx.db, 'agency.filing_valid_years'), todayIso(ctx));
}

export async function listInspectors(ctx: AppContext, actor: Actor) {
  return {
    items: (await findInspectors(ctx.db, actor.regionCode)).map((i) => ({
      id: i.id,
      name: i.name,
      unit: i.unit,
      regionCode: i.region_code,
      isDemo: Number(i.is_demo) === 1,
    })),
  };
}

export async function createInspector(ctx: AppContext, actor: Actor, body: z.infer<typeof ZInspectorBody>) {
  assertRegionInJurisdiction(actor, body.regionCode);
  const id = await mutate(ctx, actor, async (trx) => ({
    value: await insertInspector(trx, { name: body.name, unit: body.unit, region_code: body.regionCode, created_at: nowIso(ctx) }),
    audit: { action: 'agency.inspector.add', entityType: 'inspector', entityId: null, regionCode: body.regionCode, after: body },
  }));
  return { id, name: body.name, unit: body.unit, regionCode: body.regionCode, isDemo: false };
}

const findingsOf = (o: ObjectRow) =>
  o.findings === null
    ? []
    : (JSON.parse(o.findings) as { item: string; compliant: boolean; note?: string | null }[]).map((f) => ({ ...f, note: f.note ?? null }));

function presentObject(o: ObjectRow, assignments: readonly AssignmentRow[], today: string): InspectionObject {
  return {
    id: o.id,
    planId: Number(o.plan_id),
    agencyId: Number(o.agency_id),
    agencyName: o.agency_name,
    agencyKind: o.agency_kind as InspectionObject['agencyKind'],
    position: Number(o.position),
    inspectors: assignments
      .filter((s) => Number(s.object_id) === o.id)
      .map((s) => ({
        inspectorId: Number(s.inspector_id),
        inspectorName: s.inspector_name,
        seed: s.seed,
        recused: Number(s.recused) === 1,
        recusalReason: s.recusal_reason,
      })),
    status: o.published_on ? 'published' : o.concluded_on ? 'concluded' : 'drawn',
    findings: findingsOf(o),
    measures: o.measures,
    concludedOn: o.concluded_on,
    publishDueOn: o.publish_due_on,
    publishedOn: o.published_on,
    overdue: o.publish_due_on !== null && (o.published_on ?? today) > o.publish_due_on,
  };
}

async function presentPlans(ctx: AppContext, plans: readonly PlanRow[]): Promise<InspectionPlan[]> {
  const objects = await findObjectsOfPlans(
    ctx.db,
    plans.map((p) => p.id),
  );
  const assignments = await findAssignments(
    ctx.db,
    objects.map((o) => o.id),
  );
  const today = todayIso(ctx);
  return plans.map((p) => {
    const pool = p.pool ? (JSON.parse(p.pool) as DrawPool) : null;
    return {
      id: p.id,
      regionCode: p.region_code,
      year: Number(p.year),
      title: p.title,
      sharePercent: Number(p.share_percent),
      inspectorsPerObject: Number(p.inspectors_per_object),
      checklist: JSON.parse(p.checklist) as string[],
      seed: p.seed,
      drawnAt: p.drawn_at,
      poolAgencies: pool?.agencies.length ?? 0,
      poolInspectors: pool?.inspectors.length ?? 0,
      objects: objects.filter((o) => Number(o.plan_id) === p.id).map((o) => presentObject(o, assignments, today)),
      isDemo: Number(p.is_demo) === 1,
    };
  });
}

/** Plans of the caller's jurisdiction with their drawn objects, inspectors and results. */
export async function listPlans(ctx: AppContext, actor: Actor) {
  return { items: await presentPlans(ctx, await findPlans(ctx.db, actor.regionCode)) };
}

/** An annual plan: the share of the agency directory to draw, inspectors per object (≥ 2), the checklist. */
export async function createPlan(ctx: AppContext, actor: Actor, body: z.infer<typeof ZInspectionPlanBody>): Promise<InspectionPlan> {
  assertRegionInJurisdiction(actor, body.regionCode);
  if (await findPlanByYear(ctx.db, body.regionCode, body.year)) throw conflict(message('agency.plan_exists', { year: body.year }));
  const id = await mutate(ctx, actor, async (trx) => ({
    value: await insertPlan(trx, {
      region_code: body.regionCode,
      year: body.year,
      title: body.title,
      share_percent: body.sharePercent,
      inspectors_per_object: body.inspectorsPerObject,
      checklist: JSON.stringify([...new Set(body.checklist)]),
      seed: null,
      drawn_at: null,
      pool: null,
      created_at: nowIso(ctx),
    }),
    audit: { action: 'agency.plan.create', entityType: PLAN, entityId: null, regionCode: body.regionCode, after: body },
  }));
  return (await presentPlans(ctx, [(await findPlan(ctx.db, id)) as PlanRow]))[0] as InspectionPlan;
}

async function loadPlan(ctx: AppContext, actor: Actor, id: number): Promise<PlanRow> {
  const p = await findPlan(ctx.db, id);
  if (!p || !canAccess(actor, { regionCode: p.region_code, orgId: null })) throw notFound('抽查计划');
  return p;
}

/** The pool a plan draws from now: agencies of its region whose filing is valid, and its inspectors (ids sorted). */
async function currentPool(db: Executor, p: PlanRow, today: string): Promise<DrawPool> {
  const years = await getSetting(db, 'agency.filing_valid_years');
  const agencies = (await findAgencies(db, p.region_code)).filter((a) => addYears(a.filed_on, years) >= today).map((a) => a.id);
  const inspectors = (await findInspectors(db, p.region_code)).map((i) => i.id);
  return { agencies: agencies.sort((a, b) => a - b), inspectors: inspectors.sort((a, b) => a - b) };
}

/**
 * Draws the plan's objects and inspectors from the seed (随机抽取), recording the seed and the pool. A plan is
 * drawn once: a re-run with the recorded seed confirms the same draw (and is audited); any other seed is refused
 * with 409 — the recorded one wins.
 */
export async function drawInspection(ctx: AppContext, actor: Actor, id: number, body: z.infer<typeof ZDrawBody>): Promise<InspectionPlan> {
  const p = await loadPlan(ctx, actor, id);
  if (p.seed !== null) {
    if (body.seed !== p.seed) throw new AppError(409, 'seed_recorded', message('agency.seed_recorded', { seed: p.seed, drawnAt: p.drawn_at ?? '' }));
    await mutate(ctx, actor, () =>
      Promise.resolve({
        value: null,
        audit: { action: 'agency.plan.redraw_confirmed', entityType: PLAN, entityId: id, regionCode: p.region_code, after: { seed: body.seed } },
      }),
    );
    return (await presentPlans(ctx, [p]))[0] as InspectionPlan;
  }
  const pool = await currentPool(ctx.db, p, todayIso(ctx));
  const perObject = Number(p.inspectors_per_object);
  if (pool.agencies.length === 0 || pool.inspectors.length < perObject)
    throw new AppError(409, 'empty_pool', message('agency.empty_pool', { needed: perObject, have: pool.inspectors.length }));
  const drawn = drawPlan(body.seed, pool, Number(p.share_percent), perObject);
  const at = nowIso(ctx);
  await mutate(ctx, actor, async (trx) => {
    await updatePlan(trx, id, { seed: body.seed, drawn_at: at, pool: JSON.stringify(pool) });
    for (const [i, d] of drawn.entries()) {
      const objectId = await insertObject(trx, {
        plan_id: id,
        agency_id: d.agencyId,
        region_code: p.region_code,
        position: i + 1,
        findings: null,
        measures: null,
        concluded_on: null,
        publish_due_on: null,
        published_on: null,
      });
      for (const inspectorId of d.inspectorIds)
        await insertAssignment(trx, { object_id: objectId, inspector_id: inspectorId, seed: body.seed, recusal_reason: null, created_at: at });
    }
    return {
      value: null,
      audit: { action: 'agency.plan.draw', entityType: PLAN, entityId: id, regionCode: p.region_code, after: { seed: body.seed, pool, drawn } },
    };
  });
  return (await presentPlans(ctx, [(await findPlan(ctx.db, id)) as PlanRow]))[0] as InspectionPlan;
}

/**
 * Anyone re-runs a plan's draw with a seed: the result from the recorded pool, and whether it is the recorded
 * draw (the seed is the recorded one and every object and original inspector is the same, in order).
 */
export async function verifyDraw(ctx: AppContext, id: number, seed: string) {
  const p = await findPlan(ctx.db, id);
  if (!p) throw notFound('抽查计划');
  if (!p.seed || !p.pool) throw conflict(message('agency.not_drawn'));
  const pool = JSON.parse(p.pool) as DrawPool;
  const rerun = drawPlan(seed, pool, Number(p.share_percent), Number(p.inspectors_per_object));
  const objects = await findObjectsOfPlans(ctx.db, [id]);
  const assignments = await findAssignments(
    ctx.db,
    objects.map((o) => o.id),
  );
  const recorded = objects.map((o) => ({
    agencyId: Number(o.agency_id),
    inspectorIds: assignments.filter((s) => Number(s.object_id) === o.id && s.seed === p.seed).map((s) => Number(s.inspector_id)),
  }));
  return { planId: id, seed, recordedSeed: p.seed, matches: seed === p.seed && JSON.stringify(rerun) === JSON.stringify(recorded), objects: rerun };
}

async function loadObject(ctx: AppContext, actor: Actor, id: number) {
  const o = await findObject(ctx.db, id);
  if (!o || !canAccess(actor, { regionCode: o.region_code, orgId: null })) throw notFound('检查对象');
  const plan = (await findPlan(ctx.db, Number(o.plan_id))) as PlanRow;
  return { object: o, plan };
}

async function presentOne(ctx: AppContext, id: number): Promise<InspectionObject> {
  const o = (await findObject(ctx.db, id)) as ObjectRow;
  return presentObject(o, await findAssignments(ctx.db, [id]), todayIso(ctx));
}

/**
 * An inspector with a conflict of interest (利害关系) withdraws; the replacement is drawn afresh from the recorded
 * inspector pool with a seed derived from the plan's (recorded with the new assignment), never one already on the
 * object, so the team keeps its size (≥ 2).
 */
export async function recuseInspector(ctx: AppContext, actor: Actor, id: number, body: z.infer<typeof ZRecusalBody>): Promise<InspectionObject> {
  const { object: o, plan } = await loadObject(ctx, actor, id);
  if (o.concluded_on) throw conflict(message('agency.already_concluded'));
  const assignments = await findAssignments(ctx.db, [id]);
  if (!assignments.some((s) => Number(s.inspector_id) === body.inspectorId && Number(s.recused) === 0)) throw conflict(message('agency.not_assigned'));
  const pool = JSON.parse(plan.pool ?? '{"agencies":[],"inspectors":[]}') as DrawPool;
  const n = assignments.filter((s) => Number(s.recused) === 1).length + 1;
  const seed = recusalSeed(plan.seed ?? '', id, n);
  const replacement = redraw(
    seed,
    pool.inspectors,
    assignments.map((s) => Number(s.inspector_id)),
  );
  if (replacement === null) throw conflict(message('agency.no_replacement', { needed: Number(plan.inspectors_per_object) }));
  await mutate(ctx, actor, async (trx) => {
    await recuseAssignment(trx, id, body.inspectorId, body.reason);
    await insertAssignment(trx, { object_id: id, inspector_id: replacement, seed, recusal_reason: null, created_at: nowIso(ctx) });
    return {
      value: null,
      audit: { action: 'agency.object.recusal', entityType: OBJECT, entityId: id, regionCode: o.region_code, after: { ...body, replacement, seed } },
    };
  });
  return presentOne(ctx, id);
}

/** Records the inspection's findings on the plan's checklist and the measures; the publication clock starts. */
export async function recordResult(ctx: AppContext, actor: Actor, id: number, body: z.infer<typeof ZInspectionResultBody>): Promise<InspectionObject> {
  const { object: o, plan } = await loadObject(ctx, actor, id);
  if (o.concluded_on) throw conflict(message('agency.already_concluded'));
  const checklist = JSON.parse(plan.checklist) as string[];
  const unknown = body.findings.find((f) => !checklist.includes(f.item));
  if (unknown) {
    const m = message('agency.finding_unknown', { item: unknown.item });
    throw badRequest(m, { findings: m });
  }
  const today = todayIso(ctx);
  const dueOn = addDays(today, await getSetting(ctx.db, 'agency.publish_days'), 'working');
  await mutate(ctx, actor, async (trx) => {
    await updateObject(trx, id, { findings: JSON.stringify(body.findings), measures: body.measures, concluded_on: today, publish_due_on: dueOn });
    return {
      value: null,
      audit: { action: 'agency.object.result', entityType: OBJECT, entityId: id, regionCode: o.region_code, after: { ...body, publishDueOn: dueOn } },
    };
  });
  return presentOne(ctx, id);
}

/** Publishes the result in the public list (一公开); late publication is shown as such. */
export async function publishResult(ctx: AppContext, actor: Actor, id: number): Promise<InspectionObject> {
  const { object: o } = await loadObject(ctx, actor, id);
  if (!o.concluded_on) throw conflict(message('agency.not_concluded'));
  if (o.published_on) throw conflict(message('agency.already_published'));
  const today = todayIso(ctx);
  await mutate(ctx, actor, async (trx) => {
    await updateObject(trx, id, { published_on: today });
    return {
      value: null,
      audit: {
        action: 'agency.object.publish',
        entityType: OBJECT,
        entityId: id,
        regionCode: o.region_code,
        after: { publishedOn: today, dueOn: o.publish_due_on },
      },
    };
  });
  return presentOne(ctx, id);
}

/** The public list of published results (公示). */
export async function publicResults(ctx: AppContext) {
  const objects = await findPublishedObjects(ctx.db);
  const assignments = await findAssignments(
    ctx.db,
    objects.map((o) => o.id),
  );
  const plans = new Map<number, PlanRow>();
  for (const o of objects) if (!plans.has(Number(o.plan_id))) plans.set(Number(o.plan_id), (await findPlan(ctx.db, Number(o.plan_id))) as PlanRow);
  return {
    items: objects.map((o) => {
      const plan = plans.get(Number(o.plan_id)) as PlanRow;
      return {
        objectId: o.id,
        planTitle: plan.title,
        year: Number(plan.year),
        agencyName: o.agency_name,
        agencyKind: o.agency_kind as 'patent' | 'trademark',
        inspectors: assignments.filter((s) => Number(s.object_id) === o.id && Number(s.recused) === 0).map((s) => s.inspector_name),
        findings: findingsOf(o),
        measures: o.measures,
        concludedOn: o.concluded_on as string,
        publishedOn: o.published_on as string,
        publishedInTime: o.publish_due_on === null || (o.published_on as string) <= o.publish_due_on,
        seed: plan.seed ?? '',
      };
    }),
  };
}
