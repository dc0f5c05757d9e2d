import type { Filing, FilingKind, FilingStatus } from '@zhichan/contract';
import type { FilingRow } from './repository.js';

/** API shape of a filing. */
export function presentFiling(f: FilingRow, patents: Filing['patents']): Filing {
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
    description: f.description,
    patents,
    reviewNote: f.review_note,
    filingNo: f.filing_no,
    submittedAt: f.submitted_at,
    approvedAt: f.approved_at,
    isDemo: Number(f.is_demo) === 1,
  };
}
