import {
  message,
  type Registration,
  type Training,
  type TrainingBody,
  type TrainingStatus,
  type ZRegistrationBody,
  type ZTrainingQuery,
} from '@zhichan/contract';
import type { z } from 'zod';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso, todayIso } from '../../platform/context.js';
import { mutate } from '../../platform/audit.js';
import { conflict, notFound } from '../../platform/errors.js';
import { assertRegionInJurisdiction, canAccess } from '../../platform/jurisdiction.js';
import { assertTransition } from '../../platform/workflow.js';
import {
  findOrgRegistrations,
  findRegistration,
  findRegistrations,
  findRegistrationsOfOrg,
  findTraining,
  findTrainingsPage,
  insertRegistration,
  insertTraining,
  updateAttendance,
  updateTrainingStatus,
} from './repository.js';
import { trainingWorkflow } from './workflow.js';

export const TRAINING = 'outreach_training';

type TrainingView = NonNullable<Awaited<ReturnType<typeof findTraining>>>;

function presentTraining(r: TrainingView, mine: boolean): Training {
  return {
    id: Number(r.id),
    title: r.title,
    kind: r.kind as Training['kind'],
    regionCode: r.region_code,
    heldOn: r.held_on,
    place: r.place,
    organiser: r.organiser,
    capacity: Number(r.capacity),
    description: r.description,
    status: r.status as TrainingStatus,
    registered: Number(r.registered),
    attended: Number(r.attended),
    mine,
    isDemo: r.is_demo === 1,
    createdAt: r.created_at,
  };
}

/** The training (public: its announcement); 404 when absent. */
export async function loadTraining(ctx: AppContext, id: number): Promise<TrainingView> {
  const r = await findTraining(ctx.db, id);
  if (!r) throw notFound('培训活动');
  return r;
}

/** The training if the actor's jurisdiction holds it (its staff act on it), else 404. */
async function loadOwnTraining(ctx: AppContext, actor: Actor, id: number): Promise<TrainingView> {
  const r = await loadTraining(ctx, id);
  if (!canAccess(actor, { regionCode: r.region_code, orgId: null })) throw notFound('培训活动');
  return r;
}

/** Trainings and events, newest first (public announcements; an enterprise sees which it registered for). */
export async function listTrainings(ctx: AppContext, actor: Actor | null, q: z.infer<typeof ZTrainingQuery>) {
  const { items, total } = await findTrainingsPage(ctx.db, q);
  const mine = actor?.orgId
    ? await findOrgRegistrations(
        ctx.db,
        actor.orgId,
        items.map((r) => Number(r.id)),
      )
    : new Set<number>();
  return { items: items.map((r) => presentTraining(r, mine.has(Number(r.id)))), total, page: q.page, pageSize: q.pageSize };
}

export async function getTraining(ctx: AppContext, actor: Actor | null, id: number): Promise<Training> {
  const r = await loadTraining(ctx, id);
  const mine = actor?.orgId ? await findOrgRegistrations(ctx.db, actor.orgId, [id]) : new Set<number>();
  return presentTraining(r, mine.has(id));
}

/** Announces a training or event in a region of the actor's jurisdiction. */
export async function createTraining(ctx: AppContext, actor: Actor, body: TrainingBody): Promise<Training> {
  assertRegionInJurisdiction(actor, body.regionCode);
  const at = nowIso(ctx);
  const id = await mutate(ctx, actor, async (trx) => {
    const id = await insertTraining(trx, {
      title: body.title,
      kind: body.kind,
      region_code: body.regionCode,
      held_on: body.heldOn,
      place: body.place,
      organiser: body.organiser,
      capacity: body.capacity,
      description: body.description,
      status: 'scheduled',
      is_demo: 0,
      created_at: at,
      updated_at: at,
    });
    return { value: id, audit: { action: 'outreach.training_create', entityType: TRAINING, entityId: id, regionCode: body.regionCode, after: body } };
  });
  return getTraining(ctx, actor, id);
}

/** Records the event as held (it then counts for the plan targets) or cancels it. */
export async function closeTraining(ctx: AppContext, actor: Actor, id: number, action: 'held' | 'cancelled', note: string): Promise<Training> {
  const r = await loadOwnTraining(ctx, actor, id);
  const t = assertTransition(trainingWorkflow, r.status as TrainingStatus, action, { actor, subject: { regionCode: r.region_code, ownerOrgId: null } });
  if (action === 'held' && r.held_on > todayIso(ctx)) throw conflict(message('outreach.attendance_before_event', { heldOn: r.held_on }));
  await mutate(ctx, actor, async (trx) => {
    await updateTrainingStatus(trx, id, t.to, nowIso(ctx));
    return {
      value: undefined,
      audit: { action: `outreach.training_${action}`, entityType: TRAINING, entityId: id, regionCode: r.region_code, after: { status: t.to, note } },
    };
  });
  return getTraining(ctx, actor, id);
}

type RegistrationView = NonNullable<Awaited<ReturnType<typeof findRegistration>>>;
function presentRegistration(r: RegistrationView): Registration {
  return {
    id: Number(r.id),
    trainingId: Number(r.training_id),
    trainingTitle: r.training_title,
    heldOn: r.held_on,
    orgId: Number(r.org_id),
    orgName: r.org_name,
    contactName: r.contact_name,
    contactPhone: r.contact_phone,
    attendees: Number(r.attendees),
    attended: r.attended === null ? null : r.attended === 1,
    registeredAt: r.registered_at,
  };
}

/** An enterprise registers for an event that is still open, within its capacity, once. */
export async function registerForTraining(ctx: AppContext, actor: Actor, id: number, body: z.infer<typeof ZRegistrationBody>): Promise<Registration> {
  const r = await loadTraining(ctx, id);
  const orgId = actor.orgId as number;
  if (r.status !== 'scheduled') {
    const label = trainingWorkflow.statusLabels[r.status as TrainingStatus];
    throw conflict(message('outreach.registration_closed', { state: label, stateEn: trainingWorkflow.en.statusLabels[r.status as TrainingStatus] }));
  }
  if ((await findOrgRegistrations(ctx.db, orgId, [id])).has(id)) throw conflict(message('outreach.already_registered'));
  if (Number(r.registered) + body.attendees > Number(r.capacity)) throw conflict(message('outreach.full', { capacity: Number(r.capacity) }));
  const regId = await mutate(ctx, actor, async (trx) => {
    const regId = await insertRegistration(trx, {
      training_id: id,
      org_id: orgId,
      contact_name: body.contactName,
      contact_phone: body.contactPhone,
      attendees: body.attendees,
      attended: null,
      registered_at: nowIso(ctx),
    });
    return { value: regId, audit: { action: 'outreach.training_register', entityType: TRAINING, entityId: id, regionCode: r.region_code, after: body } };
  });
  return presentRegistration((await findRegistration(ctx.db, regId)) as RegistrationView);
}

/** The registrations of an event (its region's staff). */
export async function listRegistrations(ctx: AppContext, actor: Actor, id: number) {
  await loadOwnTraining(ctx, actor, id);
  return { items: (await findRegistrations(ctx.db, id)).map(presentRegistration) };
}

/** The caller enterprise's registrations. */
export async function myRegistrations(ctx: AppContext, actor: Actor) {
  return { items: (await findRegistrationsOfOrg(ctx.db, actor.orgId as number)).map(presentRegistration) };
}

/** Staff record whether a registered enterprise attended (on or after the event's day). */
export async function recordAttendance(ctx: AppContext, actor: Actor, registrationId: number, attended: boolean): Promise<Registration> {
  const reg = await findRegistration(ctx.db, registrationId);
  if (!reg || !canAccess(actor, { regionCode: reg.region_code, orgId: null })) throw notFound('报名记录');
  if (reg.held_on > todayIso(ctx)) throw conflict(message('outreach.attendance_before_event', { heldOn: reg.held_on }));
  await mutate(ctx, actor, async (trx) => {
    await updateAttendance(trx, registrationId, attended ? 1 : 0);
    return {
      value: undefined,
      audit: {
        action: 'outreach.attendance',
        entityType: TRAINING,
        entityId: Number(reg.training_id),
        regionCode: reg.region_code,
        after: { registrationId, attended },
      },
    };
  });
  return presentRegistration((await findRegistration(ctx.db, registrationId)) as RegistrationView);
}
