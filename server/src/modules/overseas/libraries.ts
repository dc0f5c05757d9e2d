import {
  message,
  type ExpertBody,
  type ExpertUpdateBody,
  type LegalInstitutionBody,
  type OverseasCaseBody,
  type OverseasCaseQuery,
  type OverseasWarningBody,
  type WorkstationBody,
} from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso } from '../../platform/context.js';
import { mutate } from '../../platform/audit.js';
import { badRequest, notFound } from '../../platform/errors.js';
import { assertCanAccess } from '../../platform/jurisdiction.js';
import { notifyUsers } from '../../platform/notify.js';
import { assigneeUserIds } from '../../platform/work-items.js';
import type { Executor } from '../../db/database.js';
import { caseSearchText, searchPatterns } from './fold.js';
import { presentCase, presentExpert, presentInstitution, presentPublicExpert, presentWarning, presentWorkstation } from './present.js';
import {
  findCase,
  findCasesPage,
  findEnterprisesMatchingWarning,
  findExpert,
  findInstitution,
  findOrgKindAndName,
  findWarning,
  findWorkstation,
  insertCase,
  insertExpert,
  insertInstitution,
  insertWarning,
  insertWorkstation,
  listExperts,
  listInstitutions,
  listWarnings,
  listWorkstations,
  updateExpert,
} from './repository.js';

/** The row just written or checked (a vanished row is a 404, never a 500). */
function must<T>(row: T | undefined): T {
  if (row === undefined) throw notFound('记录');
  return row;
}

const json = (v: readonly string[]) => JSON.stringify([...new Set(v)]);

/** A linked organisation must exist and be of a kind that can hold the role (400 naming the field). */
async function assertLinkedOrg(db: Executor, orgId: number | null, kinds: readonly string[]): Promise<void> {
  if (orgId === null) return;
  const o = await findOrgKindAndName(db, orgId);
  if (!o) throw badRequest(message('overseas.org_not_found'), { orgId: message('overseas.org_not_found') });
  if (!kinds.includes(o.kind)) throw badRequest(message('overseas.org_wrong_kind'), { orgId: message('overseas.org_wrong_kind') });
}

// —— Workstations ——
export async function listWorkstationsPublic(ctx: AppContext) {
  return { items: (await listWorkstations(ctx.db)).map(presentWorkstation) };
}

export async function createWorkstation(ctx: AppContext, actor: Actor, body: WorkstationBody) {
  await assertLinkedOrg(ctx.db, body.orgId, ['ip_bureau', 'protection_centre', 'ip_agency', 'town_office']);
  const at = nowIso(ctx);
  const id = await mutate(ctx, actor, async (trx) => {
    const id = await insertWorkstation(trx, {
      name: body.name,
      region_code: actor.regionCode,
      address: body.address,
      countries: json(body.countries),
      industries: json(body.industries),
      contact_name: body.contactName,
      contact_phone: body.contactPhone,
      org_id: body.orgId,
      established_on: body.establishedOn,
      is_demo: 0,
      created_at: at,
      updated_at: at,
    });
    return {
      value: id,
      audit: { action: 'overseas.workstation_create', entityType: 'overseas_workstation', entityId: id, regionCode: actor.regionCode, after: body },
    };
  });
  return presentWorkstation(must(await findWorkstation(ctx.db, id)));
}

// —— Experts ——
export async function listExpertsPublic(ctx: AppContext) {
  return { items: (await listExperts(ctx.db)).map(presentPublicExpert) };
}

export async function listExpertsForStaff(ctx: AppContext) {
  return { items: (await listExperts(ctx.db)).map(presentExpert) };
}

export async function createExpert(ctx: AppContext, actor: Actor, body: ExpertBody) {
  await assertLinkedOrg(ctx.db, body.orgId, ['ip_agency', 'individual', 'university']);
  const at = nowIso(ctx);
  const id = await mutate(ctx, actor, async (trx) => {
    const id = await insertExpert(trx, {
      name: body.name,
      title: body.title,
      employer: body.employer,
      fields: json(body.fields),
      countries: json(body.countries),
      languages: json(body.languages),
      available: body.available ? 1 : 0,
      phone: body.phone,
      email: body.email,
      org_id: body.orgId,
      conflicts: json(body.conflicts),
      region_code: actor.regionCode,
      is_demo: 0,
      created_at: at,
      updated_at: at,
    });
    // The audit row keeps who was added, not their contact details.
    return {
      value: id,
      audit: {
        action: 'overseas.expert_create',
        entityType: 'overseas_expert',
        entityId: id,
        regionCode: actor.regionCode,
        after: { name: body.name, orgId: body.orgId },
      },
    };
  });
  return presentExpert(must(await findExpert(ctx.db, id)));
}

/** Availability and declared conflicts, by staff of the region that keeps the expert's entry. */
export async function updateExpertEntry(ctx: AppContext, actor: Actor, id: number, body: ExpertUpdateBody) {
  const e = await findExpert(ctx.db, id);
  const scoped = e ? { regionCode: e.region_code, orgId: null } : undefined;
  assertCanAccess(actor, scoped, '专家');
  await mutate(ctx, actor, async (trx) => {
    await updateExpert(trx, id, {
      ...(body.available !== undefined ? { available: body.available ? 1 : 0 } : {}),
      ...(body.conflicts !== undefined ? { conflicts: json(body.conflicts) } : {}),
      updated_at: nowIso(ctx),
    });
    return {
      value: null,
      audit: { action: 'overseas.expert_update', entityType: 'overseas_expert', entityId: id, regionCode: scoped?.regionCode ?? actor.regionCode, after: body },
    };
  });
  return presentExpert(must(await findExpert(ctx.db, id)));
}

// —— Cases ——
export async function searchCases(ctx: AppContext, q: OverseasCaseQuery) {
  const { rows, total } = await findCasesPage(
    ctx.db,
    { terms: searchPatterns(q.q), country: q.country, kind: q.kind, industry: q.industry },
    q.page,
    q.pageSize,
  );
  return { items: rows.map(presentCase), total, page: q.page, pageSize: q.pageSize };
}

export async function getCase(ctx: AppContext, id: number) {
  const c = await findCase(ctx.db, id);
  if (!c) throw notFound('案例');
  return presentCase(c);
}

export async function createCase(ctx: AppContext, actor: Actor, body: OverseasCaseBody) {
  const id = await mutate(ctx, actor, async (trx) => {
    const id = await insertCase(trx, {
      ...body,
      search_text: caseSearchText([body.title, body.industry, body.summary, body.outcome, body.lessons]),
      region_code: actor.regionCode,
      is_demo: 0,
      created_at: nowIso(ctx),
    });
    return {
      value: id,
      audit: { action: 'overseas.case_create', entityType: 'overseas_case', entityId: id, regionCode: actor.regionCode, after: { title: body.title } },
    };
  });
  return presentCase(must(await findCase(ctx.db, id)));
}

// —— Institutions ——
export async function listInstitutionsPublic(ctx: AppContext, f: { country?: string; kind?: string }) {
  return { items: (await listInstitutions(ctx.db, f)).map(presentInstitution) };
}

export async function createInstitution(ctx: AppContext, actor: Actor, body: LegalInstitutionBody) {
  const id = await mutate(ctx, actor, async (trx) => {
    const id = await insertInstitution(trx, { ...body, region_code: actor.regionCode, is_demo: 0, created_at: nowIso(ctx) });
    return {
      value: id,
      audit: { action: 'overseas.institution_create', entityType: 'overseas_institution', entityId: id, regionCode: actor.regionCode, after: body },
    };
  });
  return presentInstitution(must(await findInstitution(ctx.db, id)));
}

// —— Early warnings ——
export async function listWarningsPublic(ctx: AppContext) {
  return { items: (await listWarnings(ctx.db)).map(presentWarning) };
}

/**
 * Publishes an early warning for the staff member's region: enterprises of the region whose registry patents
 * match it (IPC class, family member in the country) are counted on the warning in the same transaction and
 * notified after commit.
 */
export async function publishWarning(ctx: AppContext, actor: Actor, body: OverseasWarningBody) {
  const scope = { regionCode: actor.regionCode, ipcPrefix: body.ipcPrefix ?? null, country: body.country ?? null };
  const { id, orgs } = await mutate(ctx, actor, async (trx) => {
    const orgs = await findEnterprisesMatchingWarning(trx, scope);
    const id = await insertWarning(trx, {
      title: body.title,
      body: body.body,
      country: scope.country,
      ipc_prefix: scope.ipcPrefix,
      industry: body.industry,
      region_code: actor.regionCode,
      published_by: actor.userId,
      published_at: nowIso(ctx),
      notified_enterprises: orgs.length,
      is_demo: 0,
    });
    return {
      value: { id, orgs },
      audit: {
        action: 'overseas.warning_publish',
        entityType: 'overseas_warning',
        entityId: id,
        regionCode: actor.regionCode,
        after: { ...body, notified: orgs.length },
      },
    };
  });
  const users = (
    await Promise.all(orgs.map((orgId) => assigneeUserIds(ctx.db, { assignee_org_id: orgId, assignee_permission: null, region_code: actor.regionCode })))
  ).flat();
  await notifyUsers(
    ctx,
    users.map((userId) => ({
      userId,
      kind: 'overseas.warning',
      title: `海外知识产权风险预警：${body.title}`,
      body: `${body.country ? `国家/地区：${body.country}。` : ''}${body.ipcPrefix ? `技术领域：IPC ${body.ipcPrefix}。` : ''}贵单位在登记簿中的专利与本预警相关，请关注。`,
      link: '/overseas?tab=warnings',
    })),
  );
  return presentWarning(must(await findWarning(ctx.db, id)));
}
