import { message, type PreexamEntity } from '@zhichan/contract';
import type { z } from 'zod';
import type { ZPreexamEntityBody, ZPreexamEntityQuery, ZPreexamEntityStepBody, ZPreexamFieldBody } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso, todayIso } from '../../platform/context.js';
import { mutate } from '../../platform/audit.js';
import { conflict, notFound } from '../../platform/errors.js';
import { assertRegionInJurisdiction, canAccess } from '../../platform/jurisdiction.js';
import { getSetting } from '../../platform/settings.js';
import { moveWorkItem } from '../../platform/work-items.js';
import { assertTransition } from '../../platform/workflow.js';
import { addDays } from '../../platform/deadlines.js';
import { assertInFields, centreOf, presentField } from './fields.js';
import {
  PREEXAM_ENTITY,
  findEntitiesPage,
  findEntity,
  findEntityOfOrg,
  findFieldByPrefix,
  findFields,
  findOrg,
  insertEntity,
  insertField,
  updateEntity,
  type EntityRecord,
} from './repository.js';
import { entityWorkflow } from './workflow.js';

type EntityStatus = PreexamEntity['status'];

/** `years` after a date (29 February falls back to the 28th). */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-');
  const out = `${Number(y) + years}-${m}-${d}`;
  return Number.isNaN(Date.parse(`${out}T00:00:00Z`)) || new Date(`${out}T00:00:00Z`).getUTCDate() !== Number(d) ? `${Number(y) + years}-${m}-28` : out;
}

/**
 * Whether an entity may file today: registered (or renewing an earlier registration) and within its validity.
 */
export function entityValid(e: Pick<EntityRecord, 'status' | 'renewal' | 'valid_until'>, today: string): boolean {
  if (e.valid_until === null || e.valid_until < today) return false;
  return e.status === 'registered' || (Number(e.renewal) === 1 && (e.status === 'applied' || e.status === 'local_approved'));
}

export function presentEntity(e: EntityRecord, today: string): PreexamEntity {
  return {
    id: e.id,
    orgId: Number(e.org_id),
    orgName: e.org_name,
    regionCode: e.region_code,
    centreRegion: e.centre_region,
    ipcPrefixes: JSON.parse(e.ipc_prefixes) as string[],
    contact: e.contact,
    phone: e.phone,
    status: e.status as EntityStatus,
    renewal: Number(e.renewal) === 1,
    cnipaNo: e.cnipa_no,
    cnipaOn: e.cnipa_on,
    validUntil: e.valid_until,
    valid: entityValid(e, today),
    note: e.note,
    createdAt: e.created_at,
    isDemo: Number(e.is_demo) === 1,
  };
}

/** The centre's approved fields (public: enterprises read them before applying). */
export async function listFields(ctx: AppContext, centreRegion?: string) {
  return { items: (await findFields(ctx.db, centreRegion)).map(presentField) };
}

/** Adds an approved field to a centre's list (the list is data, per centre). */
export async function addField(ctx: AppContext, actor: Actor, body: z.infer<typeof ZPreexamFieldBody>) {
  assertRegionInJurisdiction(actor, body.centreRegion);
  if (await findFieldByPrefix(ctx.db, body.centreRegion, body.ipcPrefix)) throw conflict('该产业领域已在清单中');
  const id = await mutate(ctx, actor, async (trx) => ({
    value: await insertField(trx, { centre_region: body.centreRegion, ipc_prefix: body.ipcPrefix, label: body.label, created_at: nowIso(ctx) }),
    audit: { action: 'preexam.field.add', entityType: 'preexam_field', entityId: null, regionCode: body.centreRegion, after: body },
  }));
  return presentField({ id, centre_region: body.centreRegion, ipc_prefix: body.ipcPrefix, label: body.label, is_demo: 0, created_at: nowIso(ctx) });
}

async function reload(ctx: AppContext, id: number) {
  const e = await findEntity(ctx.db, id);
  if (!e) throw notFound('备案主体');
  return presentEntity(e, todayIso(ctx));
}

const reviewItem = (e: { id: number; region_code: string; org_name: string }) => ({
  recordType: PREEXAM_ENTITY,
  recordId: e.id,
  step: 'review',
  title: `预审备案主体审核：${e.org_name}`,
  link: '/preexam',
  regionCode: e.region_code,
  assignee: { permission: 'preexam.examine' as const },
});

/**
 * An enterprise applies to be a registered entity (备案主体) of its city's centre: it must lie in the city and
 * its fields must fall in the centre's approved list (409 naming the list otherwise).
 */
export async function applyEntity(ctx: AppContext, actor: Actor, body: z.infer<typeof ZPreexamEntityBody>): Promise<PreexamEntity> {
  const org = await findOrg(ctx.db, actor.orgId);
  if (!org) throw notFound('企业');
  const centre = centreOf(org.region_code);
  const prefixes = [...new Set(body.ipcPrefixes)];
  await assertInFields(ctx.db, centre, prefixes);
  if (await findEntityOfOrg(ctx.db, actor.orgId)) throw conflict(message('preexam.entity_exists'));
  const at = nowIso(ctx);
  const id = await mutate(ctx, actor, async (trx) => {
    const id = await insertEntity(trx, {
      org_id: actor.orgId,
      region_code: org.region_code,
      centre_region: centre,
      ipc_prefixes: JSON.stringify(prefixes),
      contact: body.contact,
      phone: body.phone,
      status: 'applied',
      cnipa_no: null,
      cnipa_on: null,
      valid_until: null,
      note: body.note ?? null,
      created_at: at,
      updated_at: at,
    });
    await moveWorkItem(ctx, trx, PREEXAM_ENTITY, id, reviewItem({ id, region_code: org.region_code, org_name: org.name }));
    return { value: id, audit: { action: 'preexam.entity.apply', entityType: PREEXAM_ENTITY, entityId: id, regionCode: org.region_code, after: body } };
  });
  return reload(ctx, id);
}

/** The entity the actor reaches (the centre's examiners by region, the enterprise itself), or 404. */
async function loadEntity(ctx: AppContext, actor: Actor, id: number) {
  const e = await findEntity(ctx.db, id);
  if (!e || !canAccess(actor, { regionCode: e.region_code, orgId: Number(e.org_id) })) throw notFound('备案主体');
  return { entity: e, subject: { regionCode: e.region_code, ownerOrgId: Number(e.org_id) } };
}

/**
 * The centre's local review and CNIPA's result (entered with CNIPA's number and date). A CNIPA approval starts
 * the validity period (`preexam.entity_valid_years`); a renewal runs on from the end of the current period.
 */
export async function stepEntity(ctx: AppContext, actor: Actor, id: number, body: z.infer<typeof ZPreexamEntityStepBody>): Promise<PreexamEntity> {
  const { entity: e, subject } = await loadEntity(ctx, actor, id);
  const t = assertTransition(entityWorkflow, e.status as EntityStatus, body.action, { actor, subject });
  const years = await getSetting(ctx.db, 'preexam.entity_valid_years');
  const at = nowIso(ctx);
  let validUntil = e.valid_until;
  if (body.action === 'cnipa_approve' && body.cnipaOn) {
    const from = Number(e.renewal) === 1 && e.valid_until && e.valid_until > body.cnipaOn ? e.valid_until : body.cnipaOn;
    validUntil = addYears(from, years);
  }
  await mutate(ctx, actor, async (trx) => {
    await updateEntity(trx, id, {
      status: t.to,
      note: body.note ?? e.note,
      ...(body.action.startsWith('cnipa_') ? { cnipa_no: body.cnipaNo ?? null, cnipa_on: body.cnipaOn ?? null } : {}),
      valid_until: validUntil,
      ...(body.action === 'cnipa_approve' ? { renewal: 0 } : {}),
      updated_at: at,
    });
    await moveWorkItem(
      ctx,
      trx,
      PREEXAM_ENTITY,
      id,
      t.to === 'local_approved' ? { ...reviewItem(e), step: 'cnipa', title: `登记国家局备案结果：${e.org_name}` } : null,
    );
    return {
      value: null,
      audit: {
        action: `preexam.entity.${body.action}`,
        entityType: PREEXAM_ENTITY,
        entityId: id,
        regionCode: e.region_code,
        before: { status: e.status, validUntil: e.valid_until },
        after: { status: t.to, ...body, validUntil },
      },
    };
  });
  return reload(ctx, id);
}

/** The entity applies for renewal within `preexam.renew_window_days` of the end of its period (or after a refusal). */
export async function renewEntity(ctx: AppContext, actor: Actor, id: number): Promise<PreexamEntity> {
  const { entity: e, subject } = await loadEntity(ctx, actor, id);
  const t = assertTransition(entityWorkflow, e.status as EntityStatus, 'renew', { actor, subject });
  const window = await getSetting(ctx.db, 'preexam.renew_window_days');
  const today = todayIso(ctx);
  if (e.status === 'registered' && e.valid_until && addDays(today, window, 'calendar') < e.valid_until)
    throw conflict(message('preexam.renew_not_due', { validUntil: e.valid_until, days: window }));
  await mutate(ctx, actor, async (trx) => {
    await updateEntity(trx, id, { status: t.to, renewal: e.valid_until ? 1 : 0, updated_at: nowIso(ctx) });
    await moveWorkItem(ctx, trx, PREEXAM_ENTITY, id, reviewItem(e));
    return {
      value: null,
      audit: {
        action: 'preexam.entity.renew',
        entityType: PREEXAM_ENTITY,
        entityId: id,
        regionCode: e.region_code,
        before: { status: e.status },
        after: { status: t.to },
      },
    };
  });
  return reload(ctx, id);
}

/** Entities in the examiner's jurisdiction. */
export async function listEntities(ctx: AppContext, actor: Actor, q: z.infer<typeof ZPreexamEntityQuery>) {
  const { items, total } = await findEntitiesPage(ctx.db, actor.regionCode, q);
  const today = todayIso(ctx);
  return { items: items.map((e) => presentEntity(e, today)), total, page: q.page, pageSize: q.pageSize };
}
