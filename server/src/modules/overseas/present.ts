import type {
  AssistanceRequest,
  AssistanceStatus,
  Expert,
  LegalInstitution,
  OverseasCase,
  OverseasDisputeKind,
  OverseasWarning,
  PublicExpert,
  Workstation,
} from '@zhichan/contract';
import { workingDaysBetween } from '../../platform/deadlines.js';
import type { CaseRow, ExpertRow, InstitutionRow, RequestView, WarningRow, WorkstationRow } from './repository.js';

const list = (json: string): string[] => {
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [];
  }
};

export function presentWorkstation(w: WorkstationRow & { region_name?: string | null }): Workstation {
  return {
    id: Number(w.id),
    name: w.name,
    regionCode: w.region_code,
    regionName: w.region_name ?? null,
    address: w.address,
    countries: list(w.countries),
    industries: list(w.industries),
    contactName: w.contact_name,
    contactPhone: w.contact_phone,
    orgId: w.org_id === null ? null : Number(w.org_id),
    establishedOn: w.established_on,
    isDemo: w.is_demo === 1,
  };
}

/** The surname only (「王建国」 → 「王老师」): the public library shows no personal data. */
export function publicName(name: string): string {
  const first = [...name.trim()][0] ?? '';
  return /[\u4e00-\u9fff]/.test(first) ? `${first}老师` : `${first}.`;
}

export function presentPublicExpert(e: ExpertRow): PublicExpert {
  return {
    id: Number(e.id),
    displayName: publicName(e.name),
    title: e.title,
    fields: list(e.fields),
    countries: list(e.countries),
    languages: list(e.languages),
    available: e.available === 1,
    isDemo: e.is_demo === 1,
  };
}

export function presentExpert(e: ExpertRow): Expert {
  return {
    ...presentPublicExpert(e),
    name: e.name,
    employer: e.employer,
    phone: e.phone,
    email: e.email,
    orgId: e.org_id === null ? null : Number(e.org_id),
    conflicts: list(e.conflicts),
    regionCode: e.region_code,
  };
}

export const expertLists = (e: ExpertRow) => ({ fields: list(e.fields), countries: list(e.countries), conflicts: list(e.conflicts) });

export function presentCase(c: CaseRow): OverseasCase {
  return {
    id: Number(c.id),
    title: c.title,
    country: c.country,
    kind: c.kind as OverseasDisputeKind,
    industry: c.industry,
    year: Number(c.year),
    summary: c.summary,
    outcome: c.outcome,
    lessons: c.lessons,
    regionCode: c.region_code,
    isDemo: c.is_demo === 1,
  };
}

export function presentInstitution(i: InstitutionRow): LegalInstitution {
  return {
    id: Number(i.id),
    country: i.country,
    kind: i.kind as LegalInstitution['kind'],
    name: i.name,
    city: i.city,
    services: i.services,
    contact: i.contact,
    website: i.website,
    isDemo: i.is_demo === 1,
  };
}

export function presentWarning(w: WarningRow): OverseasWarning {
  return {
    id: Number(w.id),
    title: w.title,
    body: w.body,
    country: w.country,
    ipcPrefix: w.ipc_prefix,
    industry: w.industry,
    regionCode: w.region_code,
    publishedAt: w.published_at,
    notifiedEnterprises: Number(w.notified_enterprises),
    isDemo: w.is_demo === 1,
  };
}

export function presentRequest(r: RequestView): AssistanceRequest {
  const answered = r.assigned_on !== null && r.responded_on !== null;
  return {
    id: Number(r.id),
    status: r.status as AssistanceStatus,
    orgId: Number(r.org_id),
    orgName: r.org_name,
    regionCode: r.region_code,
    country: r.country,
    kind: r.kind as OverseasDisputeKind,
    industry: r.industry,
    opponent: r.opponent,
    description: r.description,
    submittedAt: r.submitted_at,
    expertId: r.expert_id === null ? null : Number(r.expert_id),
    expertName: r.expert_name ?? null,
    workstationId: r.workstation_id === null ? null : Number(r.workstation_id),
    workstationName: r.workstation_name ?? null,
    assignedAt: r.assigned_at,
    responseDueOn: r.response_due_on,
    respondedAt: r.responded_at,
    response: r.response,
    responseWorkingDays: answered ? workingDaysBetween(r.assigned_on as string, r.responded_on as string) : null,
    respondedInTime: answered && r.response_due_on !== null ? (r.responded_on as string) <= r.response_due_on : null,
    closedAt: r.closed_at,
    closingSummary: r.closing_summary,
    satisfaction: r.satisfaction === null ? null : Number(r.satisfaction),
    satisfactionComment: r.satisfaction_comment,
  };
}
