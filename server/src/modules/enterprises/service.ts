import type { z } from 'zod';
import type { EnterpriseProfile, EnterpriseTag, OrgStatus, ZEnterpriseListQuery, ZUpdateEnterpriseBody } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso } from '../../platform/context.js';
import { mutate } from '../../platform/audit.js';
import { forbidden, notFound } from '../../platform/errors.js';
import { assertCanAccess, assertRegionInJurisdiction } from '../../platform/jurisdiction.js';
import { maskIdNumber, maskPhone } from '../../platform/masking.js';
import { collectProfileSections } from '../../platform/profile-sections.js';
import { findContacts, findEnterprise, findEnterprises, replaceContacts, updateProfile, touchOrganisation } from './repository.js';

type EnterpriseRow = NonNullable<Awaited<ReturnType<typeof findEnterprises>>['items'][number]>;

const parseTags = (json: string): EnterpriseTag[] => JSON.parse(json) as EnterpriseTag[];

/** An enterprise as a list row: contact phone masked. */
export function presentSummary(e: EnterpriseRow, unmasked = false) {
  return {
    id: e.id,
    name: e.name,
    creditCode: e.credit_code ?? '',
    regionCode: e.region_code,
    regionName: e.region_name,
    industry: e.industry,
    tags: parseTags(e.tags),
    status: e.status as OrgStatus,
    legalRepresentative: e.legal_representative,
    contactPhone: unmasked ? e.contact_phone : maskPhone(e.contact_phone),
    isDemo: e.is_demo === 1,
    createdAt: e.created_at,
  };
}

/** Enterprises in the actor's jurisdiction (bureau and town staff), contact data masked. */
export async function listEnterprises(ctx: AppContext, actor: Actor, query: z.infer<typeof ZEnterpriseListQuery>) {
  if (query.regionCode) assertRegionInJurisdiction(actor, query.regionCode);
  const { items, total } = await findEnterprises(
    ctx.db,
    { withinRegion: query.regionCode ?? actor.regionCode, status: query.status, tag: query.tag, q: query.q },
    query.page,
    query.pageSize,
  );
  return { items: items.map((e) => presentSummary(e)), total, page: query.page, pageSize: query.pageSize };
}

/** Loads an enterprise the actor may see (its own, or within the jurisdiction), else 404. */
export async function loadEnterprise(ctx: AppContext, actor: Actor, id: number) {
  const e = await findEnterprise(ctx.db, id);
  const ownOrg = e?.id === actor.orgId;
  // Own-org roles reach only their own enterprise; region roles need enterprise.read as well.
  if (!ownOrg) {
    if (!actor.permissions.has('enterprise.read')) throw notFound('企业');
    assertCanAccess(actor, e && { regionCode: e.region_code, orgId: e.id }, '企业');
  }
  if (!e) throw notFound('企业');
  return e;
}

/**
 * The enterprise profile (一户一档): facts, review state, contacts and one section per chain link.
 * Contact numbers are shown in full to the enterprise itself and to reviewing bureau staff only.
 */
export async function getEnterpriseProfile(ctx: AppContext, actor: Actor, id: number): Promise<EnterpriseProfile> {
  const e = await loadEnterprise(ctx, actor, id);
  const unmasked = e.id === actor.orgId || actor.permissions.has('enterprise.review');
  const contacts = await findContacts(ctx.db, id);
  return {
    ...presentSummary(e, unmasked),
    address: e.address,
    registeredCapital: e.registered_capital,
    establishedOn: e.established_on,
    review: { submittedAt: e.submitted_at, reviewedAt: e.reviewed_at, reviewerName: e.reviewer_name ?? null, rejectReason: e.reject_reason },
    contacts: contacts.map((c) => ({
      id: c.id,
      name: c.name,
      title: c.title,
      phone: unmasked ? c.phone : maskPhone(c.phone),
      idNumber: unmasked ? c.id_number : maskIdNumber(c.id_number),
      email: c.email,
    })),
    contactsMasked: !unmasked,
    sections: e.status === 'active' ? await collectProfileSections(ctx, id) : [],
  };
}

/** The caller's own enterprise profile. */
export async function getMyEnterprise(ctx: AppContext, actor: Actor): Promise<EnterpriseProfile> {
  if (actor.orgKind !== 'enterprise' && actor.orgKind !== 'university') throw notFound('本单位企业档案');
  return getEnterpriseProfile(ctx, actor, actor.orgId);
}

/** The enterprise edits its own facts and contacts (bureau staff do not edit a firm's self-declared data). */
export async function updateEnterpriseFacts(ctx: AppContext, actor: Actor, id: number, body: z.infer<typeof ZUpdateEnterpriseBody>) {
  if (id !== actor.orgId) throw forbidden('只能修改本企业的档案');
  const before = await getEnterpriseProfile(ctx, actor, id);
  const { contacts, ...facts } = body;
  const patch = {
    ...(facts.industry !== undefined ? { industry: facts.industry } : {}),
    ...(facts.address !== undefined ? { address: facts.address } : {}),
    ...(facts.legalRepresentative !== undefined ? { legal_representative: facts.legalRepresentative } : {}),
    ...(facts.registeredCapital !== undefined ? { registered_capital: facts.registeredCapital } : {}),
    ...(facts.establishedOn !== undefined ? { established_on: facts.establishedOn } : {}),
  };
  await mutate(ctx, actor, async (trx) => {
    if (Object.keys(patch).length > 0) await updateProfile(trx, id, patch);
    if (contacts) {
      await replaceContacts(
        trx,
        id,
        contacts.map((c) => ({ name: c.name, title: c.title ?? null, phone: c.phone ?? null, id_number: c.idNumber ?? null, email: c.email ?? null })),
      );
    }
    await touchOrganisation(trx, id, nowIso(ctx));
    return {
      value: null,
      audit: {
        action: 'enterprise.update',
        entityType: 'enterprise',
        entityId: id,
        regionCode: before.regionCode,
        before: { ...before, sections: undefined },
        after: body,
      },
    };
  });
  return getEnterpriseProfile(ctx, actor, id);
}

/** Bureau staff set the enterprise's recognised tags (高新技术企业, 专精特新 …). */
export async function setEnterpriseTags(ctx: AppContext, actor: Actor, id: number, tags: EnterpriseTag[]) {
  const e = await loadEnterprise(ctx, actor, id);
  const unique = [...new Set(tags)];
  await mutate(ctx, actor, async (trx) => {
    await updateProfile(trx, id, { tags: JSON.stringify(unique) });
    return {
      value: null,
      audit: {
        action: 'enterprise.tag',
        entityType: 'enterprise',
        entityId: id,
        regionCode: e.region_code,
        before: { tags: parseTags(e.tags) },
        after: { tags: unique },
      },
    };
  });
  return getEnterpriseProfile(ctx, actor, id);
}
