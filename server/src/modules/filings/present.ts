import type { Filing, FilingKind, FilingStatus } from '@zhichan/contract';
import type { FilingRow } from './repository.js';
import { assessIntensiveProduct } from './intensive-criteria.js';

/** API shape of a filing (patent-intensive products carry their assessment on the published criteria). */
export function presentFiling(f: FilingRow, patents: { id: number; appNo: string; title: string; kind: string }[]): Filing {
  return {
    id: Number(f.id),
    kind: f.kind as FilingKind,
    status: f.status as FilingStatus,
    org: { id: Number(f.org_id), name: f.org_name },
    regionCode: f.region_code,
    title: f.title,
    counterparty: f.counterparty,
    licenceKind: f.licence_kind as Filing['licenceKind'],
    amount: f.amount === null ? null : Number(f.amount),
    startsOn: f.starts_on,
    endsOn: f.ends_on,
    scope: f.scope,
    description: f.description,
    patents: patents.map((p) => ({ id: p.id, appNo: p.appNo, title: p.title })),
    reviewNote: f.review_note,
    filingNo: f.filing_no,
    authorityAct:
      f.authority && f.authority_no && f.authority_date
        ? { kind: f.authority, name: f.authority_name ?? '国家知识产权局', number: f.authority_no, date: f.authority_date }
        : null,
    cancelledOn: f.cancelled_on,
    submittedAt: f.submitted_at,
    approvedAt: f.approved_at,
    assessment:
      f.kind === 'patent_intensive_product'
        ? assessIntensiveProduct({ patentKinds: patents.map((p) => p.kind), annualSales: f.amount === null ? null : Number(f.amount) })
        : null,
    isDemo: Number(f.is_demo) === 1,
  };
}
