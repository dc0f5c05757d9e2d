import type { z } from 'zod';
import type { ContactCard, TechContact, TechContactStatus, Deal, DealKind, ZCreateTechContactBody, ZDealBody } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import { mutate } from '../../platform/audit.js';
import { nowIso, type AppContext } from '../../platform/context.js';
import { conflict, notFound } from '../../platform/errors.js';
import { addParty, loadParties, rolesOf } from '../../platform/parties.js';
import { notifyUsers } from '../../platform/notify.js';
import { assertTransition, type WorkflowSubject } from '../../platform/workflow.js';
import {
  CONTACT,
  findContact,
  findContacts,
  findDeals,
  findOpenDemandContact,
  findMessages,
  orgUserIds,
  type ContactRow,
  type DealRow,
  findPatentBrief,
  insertContact,
  insertDeal,
  insertMessage,
  updateContact,
} from './contact-repository.js';
import { patentContactOrgs } from './match-repository.js';
import { oversees } from './policy.js';
import { findDemand, findListing } from './repository.js';
import { contactWorkflow, type TechContactStatus as WfStatus } from './workflow.js';

/** A deal as the API returns it. */
export function presentDeal(r: DealRow): Deal {
  return {
    id: Number(r.id),
    contactId: Number(r.contact_id),
    kind: r.kind as DealKind,
    amount: r.amount,
    dealDate: r.deal_date,
    buyerOrgId: Number(r.buyer_org_id),
    buyerName: r.buyer_name,
    sellerOrgId: Number(r.seller_org_id),
    sellerName: r.seller_name,
    regionCode: r.region_code,
    subject: r.subject,
    note: r.note,
    createdAt: r.created_at,
  };
}

function presentSummary(r: ContactRow) {
  return {
    id: Number(r.id),
    status: r.status as TechContactStatus,
    demandId: r.demand_id === null ? null : Number(r.demand_id),
    demandTitle: r.demand_title ?? null,
    listingId: r.listing_id === null ? null : Number(r.listing_id),
    patentId: r.patent_id === null ? null : Number(r.patent_id),
    subject: r.subject,
    fromOrgId: Number(r.from_org_id),
    fromOrgName: r.from_org_name,
    toOrgId: Number(r.to_org_id),
    toOrgName: r.to_org_name,
    regionCode: r.region_code,
    initiator: r.initiator === 'supplier' ? ('supplier' as const) : ('demander' as const),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/**
 * Loads a contact the actor takes part in (its starter, or the side contacted while that party stands) or
 * oversees; 404 otherwise. Returns the workflow subject too: only the two sides take its steps.
 */
async function loadContact(ctx: AppContext, actor: Actor, id: number): Promise<{ c: ContactRow; subject: WorkflowSubject }> {
  const c = await findContact(ctx.db, id);
  if (!c) throw notFound('对接记录');
  const subject = { regionCode: c.region_code, ownerOrgId: Number(c.from_org_id), parties: await loadParties(ctx.db, { type: CONTACT, id }) };
  if (rolesOf(actor, subject.ownerOrgId, subject.parties).size === 0 && !oversees(actor, c.region_code)) throw notFound('对接记录');
  return { c, subject };
}

/** One contact thread with its messages and deal. */
export async function getContact(ctx: AppContext, actor: Actor, id: number): Promise<TechContact> {
  const { c } = await loadContact(ctx, actor, id);
  const [messages, deals] = await Promise.all([findMessages(ctx.db, id), findDeals(ctx.db, { contactId: id }, 1, 1)]);
  return {
    ...presentSummary(c),
    contact: c.contact_name === null ? null : { name: c.contact_name, phone: c.contact_phone, email: c.contact_email },
    messages: messages.map((m) => ({
      id: Number(m.id),
      orgId: Number(m.org_id),
      orgName: m.org_name,
      authorName: m.display_name ?? m.org_name,
      body: m.body,
      createdAt: m.created_at,
    })),
    deal: deals.items[0] ? presentDeal(deals.items[0]) : null,
  };
}

/** Contacts of the caller's organisation (either side); the bureau sees those of its jurisdiction. */
export async function listContacts(ctx: AppContext, actor: Actor, q: { page: number; pageSize: number }) {
  const { items, total } = await findContacts(ctx.db, { visibleTo: actor }, q.page, q.pageSize);
  return { items: items.map(presentSummary), total, page: q.page, pageSize: q.pageSize };
}

/** Who is contacted about what: a published listing's owner, or the organisation holding a registry patent. */
async function supplierOf(ctx: AppContext, body: z.infer<typeof ZCreateTechContactBody>): Promise<{ toOrgId: number; subject: string }> {
  if (body.listingId !== undefined) {
    const l = await findListing(ctx.db, body.listingId);
    if (!l || l.status !== 'published') throw notFound('供应项目');
    return { toOrgId: Number(l.org_id), subject: l.title };
  }
  const p = await findPatentBrief(ctx.db, body.patentId ?? 0);
  if (!p) throw notFound('专利');
  const org = (await patentContactOrgs(ctx.db, [Number(p.id)])).get(Number(p.id));
  if (org === undefined) throw conflict('该专利的权利人尚未在平台注册，暂不能在线联系；可请知识产权局协助对接');
  return { toOrgId: org, subject: `${p.title}（${p.app_no}）` };
}

/** The demander contacts a supplier through the platform (发起对接): the thread starts with a message. */
export async function createContact(ctx: AppContext, actor: Actor, body: z.infer<typeof ZCreateTechContactBody>): Promise<TechContact> {
  const { toOrgId, subject } = await supplierOf(ctx, body);
  if (toOrgId === actor.orgId) throw conflict('不能与本单位对接');
  let region = actor.regionCode;
  if (body.demandId !== undefined) {
    const d = await findDemand(ctx.db, body.demandId);
    if (!d || Number(d.org_id) !== actor.orgId) throw notFound('技术需求');
    if (d.status === 'closed') throw conflict('该技术需求已关闭，不能再发起对接');
    region = d.region_code;
  }
  const at = nowIso(ctx);
  const id = await mutate(ctx, actor, async (trx) => {
    const row = {
      demand_id: body.demandId ?? null,
      listing_id: body.listingId ?? null,
      patent_id: body.patentId ?? null,
      subject,
      from_org_id: actor.orgId,
      to_org_id: toOrgId,
      region_code: region,
      status: 'open',
      created_at: at,
      updated_at: at,
      initiator: 'demander',
      ...cardColumns(body.contact),
    };
    const id = await insertContact(trx, row);
    await addParty(ctx, trx, { type: CONTACT, id }, toOrgId, 'counterparty');
    await insertMessage(trx, { contact_id: id, org_id: actor.orgId, user_id: actor.userId, body: body.message, created_at: at });
    return {
      value: id,
      audit: { action: 'tech_contact.create', entityType: CONTACT, entityId: id, regionCode: region, after: auditedRow(row, body.message) },
    };
  });
  await notifyUsers(
    ctx,
    (await orgUserIds(ctx.db, toOrgId)).map((userId) => ({
      userId,
      kind: 'tech_contact.new',
      title: `有单位希望就“${subject}”与您对接`,
      body: body.message,
      link: `/tech/contacts/${id}`,
    })),
  );
  return getContact(ctx, actor, id);
}

/** The contact details as columns (all null when none were given). */
function cardColumns(card: ContactCard | undefined) {
  return { contact_name: card?.name ?? null, contact_phone: card?.phone ?? null, contact_email: card?.email ?? null };
}

/** A new thread for the audit: which contact details were given, not the personal data itself (it stays in the thread). */
function auditedRow(row: Record<string, unknown> & ReturnType<typeof cardColumns>, message: string) {
  const { contact_name, contact_phone, contact_email, ...rest } = row;
  const given = [contact_name !== null && 'name', contact_phone !== null && 'phone', contact_email !== null && 'email'].filter(Boolean);
  return { ...rest, message, contactGiven: given };
}

/**
 * A supplier answers a published demand from the demand hall (联系需求方): a thread to the demand's
 * organisation with a first message and the contact details the supplier chose, shown only in the thread.
 * The poster is notified. 404 for a demand not in the hall (draft, closed or absent alike); 409 for one's
 * own demand or when this organisation already has an open thread about it.
 */
export async function contactDemandPoster(
  ctx: AppContext,
  actor: Actor,
  demandId: number,
  body: { message: string; contact: ContactCard },
): Promise<TechContact> {
  const d = await findDemand(ctx.db, demandId);
  if (!d || d.status !== 'published') throw notFound('技术需求');
  if (Number(d.org_id) === actor.orgId) throw conflict('不能与本单位对接');
  const open = await findOpenDemandContact(ctx.db, demandId, actor.orgId ?? 0);
  if (open) throw conflict(`本单位已就该需求发起对接（对接记录 #${Number(open.id)}），请在对接记录中继续留言`);
  const at = nowIso(ctx);
  const toOrgId = Number(d.org_id);
  const id = await mutate(ctx, actor, async (trx) => {
    const row = {
      demand_id: demandId,
      listing_id: null,
      patent_id: null,
      subject: d.title,
      from_org_id: actor.orgId,
      to_org_id: toOrgId,
      region_code: d.region_code,
      status: 'open',
      created_at: at,
      updated_at: at,
      initiator: 'supplier',
      ...cardColumns(body.contact),
    };
    const id = await insertContact(trx, row);
    await addParty(ctx, trx, { type: CONTACT, id }, toOrgId, 'counterparty');
    await insertMessage(trx, { contact_id: id, org_id: actor.orgId, user_id: actor.userId, body: body.message, created_at: at });
    return {
      value: id,
      audit: { action: 'tech_contact.create', entityType: CONTACT, entityId: id, regionCode: d.region_code, after: auditedRow(row, body.message) },
    };
  });
  await notifyUsers(
    ctx,
    (await orgUserIds(ctx.db, toOrgId)).map((userId) => ({
      userId,
      kind: 'tech_contact.new',
      title: `有单位就您的需求“${d.title}”与您联系`,
      body: body.message,
      link: `/tech/contacts/${id}`,
    })),
  );
  return getContact(ctx, actor, id);
}

/** A message in the thread; the contacted side's first answer moves it to 洽谈中. */
export async function postContactMessage(ctx: AppContext, actor: Actor, id: number, text: string): Promise<TechContact> {
  const { c, subject } = await loadContact(ctx, actor, id);
  assertTransition(contactWorkflow, c.status as WfStatus, 'message', { actor, subject });
  const status = Number(c.to_org_id) === actor.orgId ? 'talking' : c.status;
  const at = nowIso(ctx);
  await mutate(ctx, actor, async (trx) => {
    await insertMessage(trx, { contact_id: id, org_id: actor.orgId, user_id: actor.userId, body: text, created_at: at });
    await updateContact(trx, id, { status, updated_at: at });
    return {
      value: null,
      audit: { action: 'tech_contact.message', entityType: 'tech_contact', entityId: id, regionCode: c.region_code, after: { status, body: text } },
    };
  });
  const other = Number(c.from_org_id) === actor.orgId ? Number(c.to_org_id) : Number(c.from_org_id);
  await notifyUsers(
    ctx,
    (await orgUserIds(ctx.db, other)).map((userId) => ({
      userId,
      kind: 'tech_contact.message',
      title: `对接“${c.subject}”有新留言`,
      body: text,
      link: `/tech/contacts/${id}`,
    })),
  );
  return getContact(ctx, actor, id);
}

/** Either side ends the thread without a deal. */
export async function closeContact(ctx: AppContext, actor: Actor, id: number): Promise<TechContact> {
  const { c, subject } = await loadContact(ctx, actor, id);
  const t = assertTransition(contactWorkflow, c.status as WfStatus, 'close', { actor, subject });
  await mutate(ctx, actor, async (trx) => {
    await updateContact(trx, id, { status: t.to, updated_at: nowIso(ctx) });
    return {
      value: null,
      audit: {
        action: 'tech_contact.close',
        entityType: 'tech_contact',
        entityId: id,
        regionCode: c.region_code,
        before: { status: c.status },
        after: { status: t.to },
      },
    };
  });
  return getContact(ctx, actor, id);
}

/**
 * Records the deal a contact ended in (成交: transfer, licence or joint development, amount and date);
 * the demander is the buyer, the supplier the seller. It counts in techDealStats from then on.
 */
export async function recordDeal(ctx: AppContext, actor: Actor, id: number, body: z.infer<typeof ZDealBody>): Promise<TechContact> {
  const { c, subject } = await loadContact(ctx, actor, id);
  const t = assertTransition(contactWorkflow, c.status as WfStatus, 'deal', { actor, subject });
  const at = nowIso(ctx);
  await mutate(ctx, actor, async (trx) => {
    const row = {
      contact_id: id,
      kind: body.kind,
      amount: body.amount,
      deal_date: body.dealDate,
      // The demander buys: the starter, unless a supplier started the thread by answering a demand.
      buyer_org_id: Number(c.initiator === 'supplier' ? c.to_org_id : c.from_org_id),
      seller_org_id: Number(c.initiator === 'supplier' ? c.from_org_id : c.to_org_id),
      region_code: c.region_code,
      note: body.note ?? null,
      created_at: at,
    };
    await insertDeal(trx, row);
    await updateContact(trx, id, { status: t.to, updated_at: at });
    return {
      value: null,
      audit: { action: 'tech_contact.deal', entityType: 'tech_contact', entityId: id, regionCode: c.region_code, before: { status: c.status }, after: row },
    };
  });
  return getContact(ctx, actor, id);
}
