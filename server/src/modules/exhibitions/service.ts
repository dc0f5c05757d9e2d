import { message, messageCatalogue, ZComplaintMeasure, type Fair, type FairBody, type FairComplaint, type ExhibitFiling } from '@zhichan/contract';
import type { z } from 'zod';
import type { ZExhibitFilingBody, ZFairComplaintBody, ZFairQuery, ZPassOnComplaintBody, ZResolveComplaintBody } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso, todayIso } from '../../platform/context.js';
import { mutate } from '../../platform/audit.js';
import { AppError, badRequest, conflict, notFound } from '../../platform/errors.js';
import { assertRegionInJurisdiction, canAccess } from '../../platform/jurisdiction.js';
import { addParty, loadParties, type Party } from '../../platform/parties.js';
import { assigneeUserIds } from '../../platform/work-items.js';
import { notifyUsers } from '../../platform/notify.js';
import { getSetting } from '../../platform/settings.js';
import { assertTransition } from '../../platform/workflow.js';
import type { Executor } from '../../db/database.js';
import { clockState, complaintDueAt, fairDays } from './clock.js';
import { complaintWorkflow } from './workflow.js';
import {
  countFairRecords,
  findBars,
  findCommitment,
  findCommitmentsOfOrg,
  findComplaint,
  findComplaintsAgainst,
  findComplaintsOfFair,
  findFair,
  findFairByEdition,
  findFairsPage,
  findFiling,
  findFilingById,
  findFilingsOfFair,
  findFilingsOfOrg,
  findOrg,
  findPatentForFiling,
  hasOpenLicence,
  infringingEditions,
  insertBar,
  insertCommitment,
  insertComplaint,
  insertFair,
  insertFiling,
  isBarred,
  updateComplaint,
  type ComplaintRecord,
  type FairRecord,
} from './repository.js';

export const FAIR = 'fair';
export const COMPLAINT = 'fair_complaint';

const fairStatus = (f: Pick<FairRecord, 'starts_on' | 'ends_on'>, today: string) => (today < f.starts_on ? 'upcoming' : today > f.ends_on ? 'ended' : 'open');

/** The fair as the access rule sees it: its region (the bureau's jurisdiction) and its organiser, a standing party (handler). */
const fairScope = (f: FairRecord, parties: readonly Party[]) => ({ regionCode: f.region_code, orgId: null, parties });

async function presentFair(
  ctx: AppContext,
  f: FairRecord,
  counts: { filings: number; commitments: number; complaints: number },
  showBars: boolean,
): Promise<Fair> {
  const days = fairDays(f.starts_on, f.ends_on);
  const min = await getSetting(ctx.db, 'exhibitions.desk_min_days');
  const note = message(Number(f.desk_required) === 1 ? 'exhibitions.desk_required' : 'exhibitions.desk_optional', { days, min });
  const bars = showBars ? await findBars(ctx.db, f.series, f.edition) : [];
  return {
    id: f.id,
    name: f.name,
    series: f.series,
    edition: Number(f.edition),
    venue: f.venue,
    regionCode: f.region_code,
    organiserOrgId: Number(f.organiser_org_id),
    organiserName: f.organiser_name,
    startsOn: f.starts_on,
    endsOn: f.ends_on,
    days,
    status: fairStatus(f, todayIso(ctx)),
    deskRequired: Number(f.desk_required) === 1,
    deskNote: { code: note.code, params: note.params },
    desk: f.desk_created_at === null ? null : { location: f.desk_location, contact: f.desk_contact, createdAt: f.desk_created_at },
    barred: bars.map((b) => ({ orgId: Number(b.exhibitor_org_id), name: b.name, reason: b.reason })),
    ...counts,
    isDemo: Number(f.is_demo) === 1,
  };
}

async function loadFairPublic(ctx: AppContext, id: number): Promise<FairRecord> {
  const f = await findFair(ctx.db, id);
  if (!f) throw notFound('展会');
  return f;
}

/** A fair the actor reaches as the bureau of its region or its organiser (a standing party), or 404. */
async function loadFairAsDesk(ctx: AppContext, actor: Actor, id: number) {
  const f = await findFair(ctx.db, id);
  if (!f) throw notFound('展会');
  const parties = await loadParties(ctx.db, { type: FAIR, id });
  if (!canAccess(actor, fairScope(f, parties))) throw notFound('展会');
  return { fair: f, parties };
}

async function usersOf(db: Executor, orgId: number, regionCode: string) {
  return assigneeUserIds(db, { assignee_org_id: orgId, assignee_permission: null, region_code: regionCode });
}

/**
 * Registers a fair (展会登记) with its organiser as a standing party (handler: it runs the complaint desk). A
 * fair of `exhibitions.desk_min_days` days or more must have a complaint desk: the platform sets it up and says so.
 */
export async function registerFair(ctx: AppContext, actor: Actor, body: FairBody): Promise<Fair> {
  assertRegionInJurisdiction(actor, body.regionCode);
  const organiser = await findOrg(ctx.db, body.organiserOrgId);
  if (!organiser) throw badRequest(message('exhibitions.organiser_unknown'), { organiserOrgId: message('exhibitions.organiser_unknown') });
  if (await findFairByEdition(ctx.db, body.series, body.edition))
    throw conflict(message('exhibitions.duplicate_edition', { series: body.series, seriesEn: body.series, edition: body.edition }));
  const min = await getSetting(ctx.db, 'exhibitions.desk_min_days');
  const required = fairDays(body.startsOn, body.endsOn) >= min;
  const at = nowIso(ctx);
  const id = await mutate(ctx, actor, async (trx) => {
    const id = await insertFair(trx, {
      series: body.series,
      edition: body.edition,
      name: body.name,
      venue: body.venue,
      region_code: body.regionCode,
      organiser_org_id: body.organiserOrgId,
      starts_on: body.startsOn,
      ends_on: body.endsOn,
      desk_required: required ? 1 : 0,
      desk_location: body.deskLocation ?? null,
      desk_contact: body.deskContact ?? null,
      desk_created_at: required || body.desk ? at : null,
      created_by: actor.userId,
      created_at: at,
    });
    await addParty(ctx, trx, { type: FAIR, id }, body.organiserOrgId, 'handler');
    return {
      value: id,
      audit: { action: 'exhibitions.fair.register', entityType: FAIR, entityId: id, regionCode: body.regionCode, after: { ...body, deskRequired: required } },
    };
  });
  const fair = (await findFair(ctx.db, id)) as FairRecord;
  const view = await presentFair(ctx, fair, { filings: 0, commitments: 0, complaints: 0 }, true);
  const users = await usersOf(ctx.db, body.organiserOrgId, organiser.region_code);
  const barred = view.barred.length > 0 ? `本届不得参展的重复侵权企业：${view.barred.map((b) => b.name).join('、')}。` : '';
  await notifyUsers(
    ctx,
    users.map((userId) => ({
      userId,
      kind: 'exhibitions.fair_registered',
      title: `展会已登记：${body.name}`,
      body: `${message(view.deskRequired ? 'exhibitions.desk_required' : 'exhibitions.desk_optional', view.deskNote.params).text}。${barred}`,
      link: `/exhibitions/fairs/${id}`,
    })),
  );
  return view;
}

/** The public register of fairs. */
export async function listFairs(ctx: AppContext, q: z.infer<typeof ZFairQuery>) {
  const { items, total } = await findFairsPage(ctx.db, todayIso(ctx), q);
  const counts = await countFairRecords(
    ctx.db,
    items.map((f) => f.id),
  );
  const views = [];
  for (const f of items) views.push(await presentFair(ctx, f, counts.get(f.id) ?? { filings: 0, commitments: 0, complaints: 0 }, false));
  return { items: views, total, page: q.page, pageSize: q.pageSize };
}

/** A fair (public); the bars on repeat infringers are shown to the bureau and the organiser. */
export async function getFair(ctx: AppContext, actor: Actor | null, id: number): Promise<Fair> {
  const f = await loadFairPublic(ctx, id);
  const parties = await loadParties(ctx.db, { type: FAIR, id });
  const counts = (await countFairRecords(ctx.db, [id])).get(id) ?? { filings: 0, commitments: 0, complaints: 0 };
  return presentFair(ctx, f, counts, actor !== null && canAccess(actor, fairScope(f, parties)));
}

/** Refusals shared by an exhibitor's filing and commitment: the fair has ended; the exhibitor is barred from this edition. */
async function assertMayExhibit(ctx: AppContext, actor: Actor, f: FairRecord) {
  if (todayIso(ctx) > f.ends_on) throw conflict(message('exhibitions.fair_ended', { name: f.name, nameEn: f.name, endsOn: f.ends_on }));
  if (await isBarred(ctx.db, f.series, Number(f.edition), actor.orgId))
    throw new AppError(409, 'barred', message('exhibitions.barred', { series: f.series, seriesEn: f.series, edition: Number(f.edition) }));
}

function presentFiling(r: NonNullable<Awaited<ReturnType<typeof findFilingById>>>): ExhibitFiling {
  return {
    id: Number(r.id),
    fairId: Number(r.fair_id),
    fairName: r.fair_name,
    exhibitorOrgId: Number(r.exhibitor_org_id),
    exhibitorName: r.exhibitor_name,
    patentId: Number(r.patent_id),
    appNo: r.app_no,
    patentTitle: r.title,
    basis: r.basis === 'open_licence' ? 'open_licence' : 'holder',
    exhibitName: r.exhibit_name,
    booth: r.booth,
    filedAt: r.filed_at,
  };
}

/**
 * An exhibitor files the IP of an exhibit (展品知识产权报备), checked against the registry: the patent is in
 * force on the fair's first day (or today, if later) and the exhibitor holds it or holds an open licence running
 * over the fair; otherwise a coded 409 and nothing is written.
 */
export async function fileExhibit(ctx: AppContext, actor: Actor, fairId: number, body: z.infer<typeof ZExhibitFilingBody>): Promise<ExhibitFiling> {
  const f = await loadFairPublic(ctx, fairId);
  await assertMayExhibit(ctx, actor, f);
  const today = todayIso(ctx);
  const on = today > f.starts_on ? today : f.starts_on;
  const p = await findPatentForFiling(ctx.db, body.patentId, on);
  if (!p) throw badRequest('专利不存在', { patentId: '专利不存在' });
  if (!p.inForce) throw new AppError(409, 'patent_not_in_force', message('exhibitions.patent_not_in_force', { appNo: p.app_no, on }));
  const basis = p.holderOrgIds.includes(actor.orgId) ? 'holder' : (await hasOpenLicence(ctx.db, p.id, actor.orgId, on, f.ends_on)) ? 'open_licence' : null;
  if (!basis) throw new AppError(409, 'not_holder', message('exhibitions.not_holder', { appNo: p.app_no }));
  if (await findFiling(ctx.db, fairId, actor.orgId, p.id)) throw conflict(message('exhibitions.already_filed'));
  const id = await mutate(ctx, actor, async (trx) => {
    const id = await insertFiling(trx, {
      fair_id: fairId,
      exhibitor_org_id: actor.orgId,
      patent_id: p.id,
      basis,
      exhibit_name: body.exhibitName,
      booth: body.booth ?? null,
      filed_by: actor.userId,
      filed_at: nowIso(ctx),
    });
    return {
      value: id,
      audit: { action: 'exhibitions.filing', entityType: 'fair_exhibit_filing', entityId: id, regionCode: f.region_code, after: { fairId, ...body, basis } },
    };
  });
  const filed = await findFilingById(ctx.db, id);
  if (!filed) throw notFound('展品报备');
  return presentFiling(filed);
}

/** The exhibitor signs the non-infringement commitment (不侵权承诺) for a fair that has not ended. */
export async function signCommitment(ctx: AppContext, actor: Actor, fairId: number) {
  const f = await loadFairPublic(ctx, fairId);
  await assertMayExhibit(ctx, actor, f);
  if (await findCommitment(ctx.db, fairId, actor.orgId)) throw conflict(message('exhibitions.already_committed'));
  const text = messageCatalogue['exhibitions.commitment_text'].zh;
  const at = nowIso(ctx);
  await mutate(ctx, actor, async (trx) => {
    const id = await insertCommitment(trx, { fair_id: fairId, exhibitor_org_id: actor.orgId, text, signed_by: actor.userId, signed_at: at });
    return {
      value: id,
      audit: { action: 'exhibitions.commitment', entityType: 'fair_commitment', entityId: id, regionCode: f.region_code, after: { fairId, text } },
    };
  });
  return { fairId, fairName: f.name, exhibitorOrgId: actor.orgId, text, signedAt: at };
}

/** The fair's exhibit filings (the desk's and the bureau's view). */
export async function listFairFilings(ctx: AppContext, actor: Actor, fairId: number) {
  await loadFairAsDesk(ctx, actor, fairId);
  return { items: (await findFilingsOfFair(ctx.db, fairId)).map(presentFiling) };
}

function presentComplaint(c: ComplaintRecord, now: string): FairComplaint {
  const measures = (JSON.parse(c.measures_json) as unknown[]).flatMap((m) => {
    const p = ZComplaintMeasure.safeParse(m);
    return p.success ? [p.data] : [];
  });
  return {
    id: c.id,
    fairId: Number(c.fair_id),
    fairName: c.fair_name,
    respondentOrgId: Number(c.respondent_org_id),
    respondentName: c.respondent_name,
    complainant: c.complainant,
    rightNo: c.right_no,
    description: c.description,
    status: c.status as FairComplaint['status'],
    receivedAt: c.received_at,
    dueAt: c.due_at,
    ...clockState({ receivedAt: c.received_at, dueAt: c.due_at, handledAt: c.handled_at }, now),
    handledAt: c.handled_at,
    passedTo: c.passed_to,
    outcome: (c.outcome as FairComplaint['outcome']) ?? null,
    measures,
    note: c.note,
  };
}

/** The fair's complaints with their clocks (the desk's and the bureau's view). */
export async function listFairComplaints(ctx: AppContext, actor: Actor, fairId: number) {
  await loadFairAsDesk(ctx, actor, fairId);
  const now = nowIso(ctx);
  return { items: (await findComplaintsOfFair(ctx.db, fairId)).map((c) => presentComplaint(c, now)) };
}

/**
 * Receives an on-site complaint at the desk (现场投诉受理), while the fair is open: the clock starts now and
 * runs `exhibitions.complaint_hours` hours, never past the end of the fair's last day.
 */
export async function receiveComplaint(ctx: AppContext, actor: Actor, fairId: number, body: z.infer<typeof ZFairComplaintBody>): Promise<FairComplaint> {
  const { fair: f, parties } = await loadFairAsDesk(ctx, actor, fairId);
  // Who may receive: the same as who may act on a complaint (the bureau with exhibition.manage, or the organiser's desk).
  assertTransition(complaintWorkflow, 'open', 'pass_on', { actor, subject: { regionCode: f.region_code, ownerOrgId: null, parties } });
  if (f.desk_created_at === null) throw conflict(message('exhibitions.no_desk'));
  const today = todayIso(ctx);
  if (today < f.starts_on || today > f.ends_on) throw conflict(message('exhibitions.not_during_fair', { startsOn: f.starts_on, endsOn: f.ends_on }));
  const respondent = await findOrg(ctx.db, body.respondentOrgId);
  if (!respondent) throw badRequest(message('exhibitions.respondent_unknown'), { respondentOrgId: message('exhibitions.respondent_unknown') });
  const receivedAt = nowIso(ctx);
  const dueAt = complaintDueAt(receivedAt, f.ends_on, await getSetting(ctx.db, 'exhibitions.complaint_hours'));
  const id = await mutate(ctx, actor, async (trx) => {
    const id = await insertComplaint(trx, {
      fair_id: fairId,
      region_code: f.region_code,
      respondent_org_id: body.respondentOrgId,
      complainant: body.complainant,
      right_no: body.rightNo,
      description: body.description,
      status: 'open',
      received_at: receivedAt,
      due_at: dueAt,
      handled_at: null,
      passed_to: null,
      outcome: null,
      note: null,
      received_by: actor.userId,
      handled_by: null,
    });
    return {
      value: id,
      audit: { action: 'exhibitions.complaint.receive', entityType: COMPLAINT, entityId: id, regionCode: f.region_code, after: { fairId, ...body, dueAt } },
    };
  });
  const users = await usersOf(ctx.db, body.respondentOrgId, respondent.region_code);
  await notifyUsers(
    ctx,
    users.map((userId) => ({
      userId,
      kind: 'exhibitions.complaint',
      title: `展会现场投诉：${f.name}`,
      body: `${body.complainant}依据${body.rightNo}投诉本企业展品，请到投诉受理台配合处理（处理时限至${dueAt}）。`,
      link: '/exhibitions/mine',
    })),
  );
  return presentComplaint(await reloadComplaint(ctx, id), receivedAt);
}

/** The complaint as stored after a change. */
async function reloadComplaint(ctx: AppContext, id: number): Promise<ComplaintRecord> {
  const c = await findComplaint(ctx.db, id);
  if (!c) throw notFound('展会投诉');
  return c;
}

/** A complaint the actor reaches: the bureau of the fair's region, the organiser's desk, and the exhibitor complained of. */
export async function loadComplaint(ctx: AppContext, actor: Actor, id: number) {
  const c = await findComplaint(ctx.db, id);
  if (!c) throw notFound('展会投诉');
  const parties = await loadParties(ctx.db, { type: FAIR, id: Number(c.fair_id) });
  const subject = { regionCode: c.region_code, ownerOrgId: Number(c.respondent_org_id), parties };
  if (!canAccess(actor, { regionCode: subject.regionCode, orgId: subject.ownerOrgId, parties })) throw notFound('展会投诉');
  return { complaint: c, subject };
}

export async function getComplaint(ctx: AppContext, actor: Actor, id: number): Promise<FairComplaint> {
  const { complaint } = await loadComplaint(ctx, actor, id);
  return presentComplaint(complaint, nowIso(ctx));
}

/** Passes the complaint on to the IP office (移交): the clock stops at this first handling. */
export async function passOnComplaint(ctx: AppContext, actor: Actor, id: number, body: z.infer<typeof ZPassOnComplaintBody>): Promise<FairComplaint> {
  const { complaint: c, subject } = await loadComplaint(ctx, actor, id);
  const t = assertTransition(complaintWorkflow, c.status as 'open', 'pass_on', { actor, subject });
  const at = nowIso(ctx);
  await mutate(ctx, actor, async (trx) => {
    await updateComplaint(trx, id, { status: t.to, handled_at: c.handled_at ?? at, handled_by: actor.userId, passed_to: body.to, note: body.note ?? null });
    return {
      value: null,
      audit: {
        action: 'exhibitions.complaint.pass_on',
        entityType: COMPLAINT,
        entityId: id,
        regionCode: c.region_code,
        before: { status: c.status },
        after: { status: t.to, ...body },
      },
    };
  });
  return presentComplaint(await reloadComplaint(ctx, id), at);
}

/**
 * Resolves the complaint: the outcome and the measures taken. An exhibitor found infringing at
 * `exhibitions.repeat_editions` editions of the series is barred from the next edition, in the same
 * transaction, and the organiser is told.
 */
export async function resolveComplaint(ctx: AppContext, actor: Actor, id: number, body: z.infer<typeof ZResolveComplaintBody>): Promise<FairComplaint> {
  const { complaint: c, subject } = await loadComplaint(ctx, actor, id);
  const t = assertTransition(complaintWorkflow, c.status as 'open' | 'passed_on', 'resolve', { actor, subject });
  const f = await loadFairPublic(ctx, Number(c.fair_id));
  const needed = await getSetting(ctx.db, 'exhibitions.repeat_editions');
  const at = nowIso(ctx);
  const bar = await mutate(ctx, actor, async (trx) => {
    await updateComplaint(trx, id, {
      status: t.to,
      handled_at: c.handled_at ?? at,
      handled_by: actor.userId,
      outcome: body.outcome,
      measures_json: JSON.stringify([...new Set(body.measures)]),
      note: body.note ?? c.note,
    });
    let bar: { edition: number; editions: number[] } | null = null;
    if (body.outcome === 'infringing') {
      const editions = await infringingEditions(trx, f.series, Number(c.respondent_org_id));
      const next = Number(f.edition) + 1;
      if (editions.length >= needed && !(await isBarred(trx, f.series, next, Number(c.respondent_org_id)))) {
        await insertBar(trx, {
          series: f.series,
          edition: next,
          exhibitor_org_id: Number(c.respondent_org_id),
          reason: `在第${editions.join('、')}届被认定侵权`,
          decided_from_fair_id: f.id,
          created_at: at,
        });
        bar = { edition: next, editions };
      }
    }
    return {
      value: bar,
      audit: {
        action: 'exhibitions.complaint.resolve',
        entityType: COMPLAINT,
        entityId: id,
        regionCode: c.region_code,
        before: { status: c.status },
        after: { status: t.to, ...body, ...(bar ? { barredFromEdition: bar.edition } : {}) },
      },
    };
  });
  if (bar) {
    const organisers = new Set([Number(f.organiser_org_id)]);
    const nextFair = await findFairByEdition(ctx.db, f.series, bar.edition);
    if (nextFair) {
      const nf = await findFair(ctx.db, Number(nextFair.id));
      if (nf) organisers.add(Number(nf.organiser_org_id));
    }
    for (const orgId of organisers) {
      const org = await findOrg(ctx.db, orgId);
      const users = org ? await usersOf(ctx.db, orgId, org.region_code) : [];
      await notifyUsers(
        ctx,
        users.map((userId) => ({
          userId,
          kind: 'exhibitions.repeat_infringer',
          title: `重复侵权参展企业：${c.respondent_name}`,
          body: `${c.respondent_name}在“${f.series}”第${bar.editions.join('、')}届被认定侵权，依规不得参加第${bar.edition}届。`,
          link: nextFair ? `/exhibitions/fairs/${Number(nextFair.id)}` : `/exhibitions/fairs/${f.id}`,
        })),
      );
    }
  }
  return presentComplaint(await reloadComplaint(ctx, id), at);
}

/** The exhibitor's own filings, commitments and the complaints against it. */
export async function myExhibitions(ctx: AppContext, actor: Actor) {
  const now = nowIso(ctx);
  const [filings, commitments, complaints] = await Promise.all([
    findFilingsOfOrg(ctx.db, actor.orgId),
    findCommitmentsOfOrg(ctx.db, actor.orgId),
    findComplaintsAgainst(ctx.db, actor.orgId),
  ]);
  return {
    filings: filings.map(presentFiling),
    commitments: commitments.map((c) => ({
      fairId: Number(c.fair_id),
      fairName: c.fair_name,
      exhibitorOrgId: Number(c.exhibitor_org_id),
      text: c.text,
      signedAt: c.signed_at,
    })),
    complaints: complaints.map((c) => presentComplaint(c, now)),
  };
}
