import { message, type Outlet, type OutletBody, type ZWindowLogBody } from '@zhichan/contract';
import type { z } from 'zod';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso, todayIso } from '../../platform/context.js';
import { mutate } from '../../platform/audit.js';
import { badRequest, conflict, notFound } from '../../platform/errors.js';
import { assertRegionInJurisdiction, canAccess } from '../../platform/jurisdiction.js';
import { findOutlet, findOutlets, findWindowLog, insertOutlet, insertWindowLog, updateOutlet, type OutletRow } from './repository.js';

export const OUTLET = 'outreach_outlet';

function presentOutlet(r: OutletRow): Outlet {
  return {
    id: Number(r.id),
    name: r.name,
    level: r.level as Outlet['level'],
    services: JSON.parse(r.services) as Outlet['services'],
    regionCode: r.region_code,
    address: r.address,
    contactName: r.contact_name,
    contactPhone: r.contact_phone,
    hours: r.hours,
    isDemo: r.is_demo === 1,
    createdAt: r.created_at,
  };
}

async function loadOutlet(ctx: AppContext, actor: Actor, id: number): Promise<OutletRow> {
  const r = await findOutlet(ctx.db, id);
  if (!r || !canAccess(actor, { regionCode: r.region_code, orgId: null })) throw notFound('服务网点');
  return r;
}

/** Service outlets (服务网点) in the actor's jurisdiction. */
export async function listOutlets(ctx: AppContext, actor: Actor) {
  return { items: (await findOutlets(ctx.db, actor)).map(presentOutlet) };
}

const columns = (b: OutletBody) => ({
  name: b.name,
  level: b.level,
  services: JSON.stringify(b.services),
  region_code: b.regionCode,
  address: b.address,
  contact_name: b.contactName,
  contact_phone: b.contactPhone,
  hours: b.hours,
});

/** Registers an outlet in a region of the actor's jurisdiction. */
export async function createOutlet(ctx: AppContext, actor: Actor, body: OutletBody): Promise<Outlet> {
  assertRegionInJurisdiction(actor, body.regionCode);
  const at = nowIso(ctx);
  const id = await mutate(ctx, actor, async (trx) => {
    const id = await insertOutlet(trx, { ...columns(body), is_demo: 0, created_at: at, updated_at: at });
    return { value: id, audit: { action: 'outreach.outlet_create', entityType: OUTLET, entityId: id, regionCode: body.regionCode, after: body } };
  });
  return presentOutlet((await findOutlet(ctx.db, id)) as OutletRow);
}

/** Updates an outlet's level, services and contacts. */
export async function editOutlet(ctx: AppContext, actor: Actor, id: number, body: OutletBody): Promise<Outlet> {
  const before = await loadOutlet(ctx, actor, id);
  assertRegionInJurisdiction(actor, body.regionCode);
  await mutate(ctx, actor, async (trx) => {
    await updateOutlet(trx, id, { ...columns(body), updated_at: nowIso(ctx) });
    return {
      value: undefined,
      audit: { action: 'outreach.outlet_update', entityType: OUTLET, entityId: id, regionCode: body.regionCode, before: presentOutlet(before), after: body },
    };
  });
  return presentOutlet((await findOutlet(ctx.db, id)) as OutletRow);
}

async function presentLog(ctx: AppContext, outletId: number) {
  const rows = await findWindowLog(ctx.db, outletId);
  const totals: Record<string, number> = {};
  for (const r of rows) totals[r.kind] = (totals[r.kind] ?? 0) + Number(r.count);
  return {
    items: rows.map((r) => ({
      id: Number(r.id),
      outletId: Number(r.outlet_id),
      onDate: r.on_date,
      kind: r.kind as z.infer<typeof ZWindowLogBody>['kind'],
      applicant: r.applicant,
      count: Number(r.count),
      note: r.note,
      createdAt: r.created_at,
    })),
    totals,
  };
}

/** The trademark acceptance window's business log of an outlet (商标受理窗口台账). */
export async function windowLog(ctx: AppContext, actor: Actor, outletId: number) {
  await loadOutlet(ctx, actor, outletId);
  return presentLog(ctx, outletId);
}

/** Logs window business of a day (an outlet running the trademark window only; never a future date). */
export async function logWindowBusiness(ctx: AppContext, actor: Actor, outletId: number, body: z.infer<typeof ZWindowLogBody>) {
  const o = await loadOutlet(ctx, actor, outletId);
  if (!(JSON.parse(o.services) as string[]).includes('trademark_window')) throw conflict(message('outreach.not_trademark_window'));
  const today = todayIso(ctx);
  if (body.onDate > today) throw badRequest(message('outreach.date_future', { today }), { onDate: message('outreach.date_future', { today }) });
  await mutate(ctx, actor, async (trx) => {
    const id = await insertWindowLog(trx, {
      outlet_id: outletId,
      region_code: o.region_code,
      on_date: body.onDate,
      kind: body.kind,
      applicant: body.applicant,
      count: body.count,
      note: body.note,
      recorded_by: actor.userId,
      is_demo: 0,
      created_at: nowIso(ctx),
    });
    return { value: id, audit: { action: 'outreach.window_log', entityType: OUTLET, entityId: outletId, regionCode: o.region_code, after: body } };
  });
  return presentLog(ctx, outletId);
}
