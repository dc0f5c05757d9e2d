import {
  message,
  type ExportProfile,
  type ExportProfileBody,
  type OverseasLibrary,
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
  deleteRetirement,
  findExportProfile,
  findExportProfilesInRegion,
  insertRetirement,
  isRetired,
  listRetirements,
  saveExportProfile,
  updateCase,
  updateInstitution,
  updateWorkstation,
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
      ...(body.name !== undefined ? { name: body.name } : {}),
      ...(body.title !== undefined ? { title: body.title } : {}),
      ...(body.employer !== undefined ? { employer: body.employer } : {}),
      ...(body.fields !== undefined ? { fields: json(body.fields) } : {}),
      ...(body.countries !== undefined ? { countries: json(body.countries) } : {}),
      ...(body.languages !== undefined ? { languages: json(body.languages) } : {}),
      ...(body.phone !== undefined ? { phone: body.phone } : {}),
      ...(body.email !== undefined ? { email: body.email } : {}),
      updated_at: nowIso(ctx),
    });
    // Contact details stay out of the audit row, as on entry.
    const { phone: _phone, email: _email, ...audited } = body;
    return {
      value: null,
      audit: {
        action: 'overseas.expert_update',
        entityType: 'overseas_expert',
        entityId: id,
        regionCode: scoped?.regionCode ?? actor.regionCode,
        after: audited,
      },
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

/** Whether a declared IPC class and a warning's prefix overlap (one is a prefix of the other: B65G vs B65G47/00). */
function ipcOverlaps(declared: string, prefix: string): boolean {
  return declared.startsWith(prefix) || prefix.startsWith(declared);
}

/**
 * Enterprises of the region whose export profile matches the warning: the country among the declared markets
 * (when the warning names one) and a declared IPC class overlapping the warning's (when it names one).
 */
export async function findExportMatches(db: Executor, scope: { regionCode: string; ipcPrefix: string | null; country: string | null }) {
  const out = new Map<number, { markets: string[]; classes: string[] }>();
  for (const p of await findExportProfilesInRegion(db, scope.regionCode)) {
    const markets = JSON.parse(p.markets) as string[];
    const classes = JSON.parse(p.ipc_classes) as string[];
    if (scope.country && !markets.includes(scope.country)) continue;
    const hit = scope.ipcPrefix ? classes.filter((c) => ipcOverlaps(c, scope.ipcPrefix as string)) : [];
    if (scope.ipcPrefix && hit.length === 0) continue;
    out.set(Number(p.org_id), { markets: scope.country ? [scope.country] : [], classes: hit });
  }
  return out;
}

/** Why an enterprise was told of a warning (its registry patents, its export profile, or both), in words. */
export function warningReason(
  scope: { ipcPrefix: string | null; country: string | null },
  byPatents: boolean,
  byExports: { markets: string[]; classes: string[] } | undefined,
): string {
  const reasons: string[] = [];
  if (byPatents)
    reasons.push(
      `贵单位在登记簿中的专利与本预警相符（${[scope.ipcPrefix ? `IPC ${scope.ipcPrefix}` : '', scope.country ? `在${scope.country}有同族专利` : '']
        .filter(Boolean)
        .join('，')}）`,
    );
  if (byExports)
    reasons.push(
      `贵单位申报的出口情况与本预警相符（${[
        byExports.markets.length ? `出口市场 ${byExports.markets.join('、')}` : '',
        byExports.classes.length ? `产品 IPC ${byExports.classes.join('、')}` : '',
      ]
        .filter(Boolean)
        .join('，')}）`,
    );
  return reasons.join('；');
}

/**
 * Publishes an early warning for the staff member's region: enterprises of the region whose registry patents
 * match it (IPC class, family member in the country) or whose export profile matches it (markets, product IPC
 * classes) are counted on the warning in the same transaction and notified after commit, each told why.
 */
export async function publishWarning(ctx: AppContext, actor: Actor, body: OverseasWarningBody) {
  const scope = { regionCode: actor.regionCode, ipcPrefix: body.ipcPrefix ?? null, country: body.country ?? null };
  const { id, byPatents, byExports } = await mutate(ctx, actor, async (trx) => {
    const byPatents = new Set(await findEnterprisesMatchingWarning(trx, scope));
    const byExports = await findExportMatches(trx, scope);
    const notified = new Set([...byPatents, ...byExports.keys()]).size;
    const id = await insertWarning(trx, {
      title: body.title,
      body: body.body,
      country: scope.country,
      ipc_prefix: scope.ipcPrefix,
      industry: body.industry,
      region_code: actor.regionCode,
      published_by: actor.userId,
      published_at: nowIso(ctx),
      notified_enterprises: notified,
      is_demo: 0,
    });
    return {
      value: { id, byPatents, byExports },
      audit: {
        action: 'overseas.warning_publish',
        entityType: 'overseas_warning',
        entityId: id,
        regionCode: actor.regionCode,
        after: { ...body, notified, byPatents: byPatents.size, byExports: byExports.size },
      },
    };
  });
  const orgs = [...new Set([...byPatents, ...byExports.keys()])];
  const notes = (
    await Promise.all(
      orgs.map(async (orgId) => {
        const users = await assigneeUserIds(ctx.db, { assignee_org_id: orgId, assignee_permission: null, region_code: actor.regionCode });
        const why = warningReason(scope, byPatents.has(orgId), byExports.get(orgId));
        return users.map((userId) => ({
          userId,
          kind: 'overseas.warning',
          title: `海外知识产权风险预警：${body.title}`,
          body: `${body.country ? `国家/地区：${body.country}。` : ''}${body.ipcPrefix ? `技术领域：IPC ${body.ipcPrefix}。` : ''}${why}，请关注。`,
          link: '/overseas?tab=warnings',
        }));
      }),
    )
  ).flat();
  await notifyUsers(ctx, notes);
  return presentWarning(must(await findWarning(ctx.db, id)));
}

// —— Library upkeep: editing and retiring entries (by staff of the region that keeps the entry) ——

/** The entry's region (scope for staff) and its name, or a 404 for anyone outside the keeping region. */
async function loadEntry(ctx: AppContext, actor: Actor, library: OverseasLibrary, id: number): Promise<{ regionCode: string; name: string }> {
  const entry = await findEntry(ctx.db, library, id);
  const what = { workstation: '工作站', expert: '专家', case: '案例', institution: '法律服务机构' }[library];
  const scoped = entry ? { regionCode: entry.regionCode, orgId: null } : undefined;
  assertCanAccess(actor, scoped, what);
  return { regionCode: scoped.regionCode, name: entry?.name ?? '' };
}

async function findEntry(db: Executor, library: OverseasLibrary, id: number): Promise<{ regionCode: string; name: string } | undefined> {
  if (library === 'case') {
    const c = await findCase(db, id);
    return c && { regionCode: c.region_code, name: c.title };
  }
  const row = library === 'workstation' ? await findWorkstation(db, id) : library === 'expert' ? await findExpert(db, id) : await findInstitution(db, id);
  return row && { regionCode: row.region_code, name: row.name };
}

export async function updateWorkstationEntry(ctx: AppContext, actor: Actor, id: number, body: WorkstationBody) {
  const { regionCode } = await loadEntry(ctx, actor, 'workstation', id);
  await assertLinkedOrg(ctx.db, body.orgId, ['ip_bureau', 'protection_centre', 'ip_agency', 'town_office']);
  await mutate(ctx, actor, async (trx) => {
    await updateWorkstation(trx, id, {
      name: body.name,
      address: body.address,
      countries: json(body.countries),
      industries: json(body.industries),
      contact_name: body.contactName,
      contact_phone: body.contactPhone,
      org_id: body.orgId,
      established_on: body.establishedOn,
      updated_at: nowIso(ctx),
    });
    return { value: null, audit: { action: 'overseas.workstation_update', entityType: 'overseas_workstation', entityId: id, regionCode, after: body } };
  });
  const w = (await listWorkstations(ctx.db)).find((x) => Number(x.id) === id);
  return presentWorkstation(w ?? { ...must(await findWorkstation(ctx.db, id)), region_name: null });
}

export async function updateCaseEntry(ctx: AppContext, actor: Actor, id: number, body: OverseasCaseBody) {
  const { regionCode } = await loadEntry(ctx, actor, 'case', id);
  await mutate(ctx, actor, async (trx) => {
    await updateCase(trx, id, {
      ...body,
      search_text: caseSearchText([body.title, body.industry, body.summary, body.outcome, body.lessons]),
    });
    return { value: null, audit: { action: 'overseas.case_update', entityType: 'overseas_case', entityId: id, regionCode, after: { title: body.title } } };
  });
  return presentCase(must(await findCase(ctx.db, id)));
}

export async function updateInstitutionEntry(ctx: AppContext, actor: Actor, id: number, body: LegalInstitutionBody) {
  const { regionCode } = await loadEntry(ctx, actor, 'institution', id);
  await mutate(ctx, actor, async (trx) => {
    await updateInstitution(trx, id, body);
    return { value: null, audit: { action: 'overseas.institution_update', entityType: 'overseas_institution', entityId: id, regionCode, after: body } };
  });
  return presentInstitution(must(await findInstitution(ctx.db, id)));
}

/**
 * Retires (停用) or restores an entry: a retired entry leaves the public libraries, the staff lists and the
 * candidates for a request; requests already assigned still name it. Setting the state it has is a no-op
 * that still answers with the entry's state.
 */
export async function setEntryRetired(ctx: AppContext, actor: Actor, library: OverseasLibrary, id: number, retired: boolean) {
  const { regionCode, name } = await loadEntry(ctx, actor, library, id);
  const at = nowIso(ctx);
  if ((await isRetired(ctx.db, library, id)) !== retired) {
    await mutate(ctx, actor, async (trx) => {
      if (retired) await insertRetirement(trx, { library, entry_id: id, retired_by: actor.userId, retired_at: at });
      else await deleteRetirement(trx, library, id);
      return {
        value: null,
        audit: {
          action: retired ? 'overseas.entry_retire' : 'overseas.entry_restore',
          entityType: `overseas_${library}`,
          entityId: id,
          regionCode,
          after: { library, name, retired },
        },
      };
    });
  }
  return { library, entryId: id, name, regionCode, retiredAt: retired ? at : '' };
}

/** Retired entries the staff member's jurisdiction keeps (to restore them). */
export async function listRetiredEntries(ctx: AppContext, actor: Actor) {
  const items = [];
  for (const r of await listRetirements(ctx.db)) {
    const library = r.library as OverseasLibrary;
    try {
      const e = await loadEntry(ctx, actor, library, Number(r.entry_id));
      items.push({ library, entryId: Number(r.entry_id), name: e.name, regionCode: e.regionCode, retiredAt: r.retired_at });
    } catch {
      // Outside the jurisdiction (or gone): not listed.
    }
  }
  return { items };
}

// —— Export profile (出口情况) ——
export async function getExportProfile(ctx: AppContext, actor: Actor): Promise<ExportProfile> {
  const p = await findExportProfile(ctx.db, actor.orgId);
  return {
    markets: p ? (JSON.parse(p.markets) as string[]) : [],
    products: p?.products ?? '',
    ipcClasses: p ? (JSON.parse(p.ipc_classes) as string[]) : [],
    updatedAt: p?.updated_at ?? null,
  };
}

export async function saveOwnExportProfile(ctx: AppContext, actor: Actor, body: ExportProfileBody): Promise<ExportProfile> {
  await mutate(ctx, actor, async (trx) => {
    await saveExportProfile(trx, {
      org_id: actor.orgId,
      markets: json(body.markets),
      products: body.products,
      ipc_classes: json(body.ipcClasses),
      updated_by: actor.userId,
      updated_at: nowIso(ctx),
    });
    return { value: null, audit: { action: 'overseas.export_profile_save', entityType: 'organisation', entityId: actor.orgId, after: body } };
  });
  return getExportProfile(ctx, actor);
}
