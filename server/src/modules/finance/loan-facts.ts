import type { Executor } from '../../db/database.js';
import { findApplication } from './repository.js';

/** What a pledge registration needs of an approved (or disbursed) financing application. */
export interface ApprovedLoanFacts {
  applicationId: number;
  status: 'approved' | 'disbursed';
  enterpriseOrgId: number;
  enterpriseName: string;
  bankOrgId: number;
  bankName: string;
  regionCode: string;
  productKind: string;
  amount: number;
  ratePercent: number;
  termStart: string;
  termEnd: string;
  disbursedAmount: number | null;
  disbursedOn: string | null;
  contractNo: string | null;
  collateral: { kind: 'patent' | 'trademark'; id: number; label: string }[];
}

/** The approved loan facts of an application, or null when it does not exist or has not been approved. */
export async function approvedLoanFacts(db: Executor, applicationId: number): Promise<ApprovedLoanFacts | null> {
  const a = await findApplication(db, applicationId);
  if (!a || (a.status !== 'approved' && a.status !== 'disbursed') || a.approved_amount === null) return null;
  return {
    applicationId: Number(a.id),
    status: a.status,
    enterpriseOrgId: Number(a.enterprise_org_id),
    enterpriseName: a.enterprise_name,
    bankOrgId: Number(a.bank_org_id),
    bankName: a.bank_name,
    regionCode: a.region_code,
    productKind: a.product_kind,
    amount: Number(a.approved_amount),
    ratePercent: Number(a.approved_rate),
    termStart: a.term_start ?? '',
    termEnd: a.term_end ?? '',
    disbursedAmount: a.disbursed_amount === null ? null : Number(a.disbursed_amount),
    disbursedOn: a.disbursed_on,
    contractNo: a.contract_no,
    collateral: JSON.parse(a.collateral) as ApprovedLoanFacts['collateral'],
  };
}
