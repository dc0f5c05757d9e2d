import { feeTypeLabels, paymentMethodLabels, type FeeType, type OpenLicence, type OpenLicenceDeclaration, type OpenLicenceStatus } from '@zhichan/contract';
import type { DeclarationView, LicenceView } from './repository.js';
import { declarationFeeReduction } from './fee-reduction.js';

const yuan = (n: number) => `${n.toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 元`;

/** The fee standard in words (许可使用费标准), e.g. "按销售额提成 3%，按年支付". */
export function feeText(d: { fee_type: string; fee_amount: number | null; royalty_rate: number | null; payment_method: string }): string {
  const pay = paymentMethodLabels[d.payment_method as keyof typeof paymentMethodLabels]?.zh ?? d.payment_method;
  const fee =
    d.fee_type === 'royalty'
      ? `按销售额提成 ${Number(d.royalty_rate)}%`
      : d.fee_type === 'per_unit'
        ? `每件 ${yuan(Number(d.fee_amount))}`
        : `${feeTypeLabels[d.fee_type as FeeType]?.zh ?? d.fee_type} ${yuan(Number(d.fee_amount))}`;
  return `${fee}，${pay}`;
}

/** API shape of a declaration. */
export function presentDeclaration(d: DeclarationView, today: string): OpenLicenceDeclaration {
  return {
    id: Number(d.id),
    status: d.status as OpenLicenceStatus,
    patent: { id: Number(d.patent_id), appNo: d.app_no, title: d.title, kind: d.kind, mainIpc: d.main_ipc, expiresOn: d.expires_on },
    patentee: { orgId: Number(d.patentee_org_id), name: d.patentee_name },
    regionCode: d.region_code,
    regionName: d.region_name ?? null,
    feeType: d.fee_type as FeeType,
    feeAmount: d.fee_amount === null ? null : Number(d.fee_amount),
    royaltyRate: d.royalty_rate === null ? null : Number(d.royalty_rate),
    paymentMethod: d.payment_method as OpenLicenceDeclaration['paymentMethod'],
    termYears: Number(d.term_years),
    otherTerms: d.other_terms,
    feeText: feeText(d),
    reviewNote: d.review_note,
    submittedAt: d.submitted_at,
    publishedAt: d.published_at,
    withdrawnAt: d.withdrawn_at,
    cnipaAnnouncement: d.cnipa_announcement_no && d.cnipa_announced_on ? { number: d.cnipa_announcement_no, date: d.cnipa_announced_on } : null,
    withdrawalAnnouncement:
      d.withdrawal_announcement_no && d.withdrawal_announced_on ? { number: d.withdrawal_announcement_no, date: d.withdrawal_announced_on } : null,
    feeReduction: declarationFeeReduction(d, today),
    licenceCount: Number(d.licence_count ?? 0),
    isDemo: Number(d.is_demo) === 1,
  };
}

/** API shape of a licence. */
export function presentLicence(l: LicenceView): OpenLicence {
  return {
    id: Number(l.id),
    declarationId: Number(l.declaration_id),
    patent: { id: Number(l.patent_id), appNo: l.app_no, title: l.title },
    licensor: { orgId: Number(l.licensor_org_id), name: l.licensor_name },
    licensee: { orgId: Number(l.licensee_org_id), name: l.licensee_name },
    sme: Number(l.sme) === 1,
    feeText: feeText(l),
    paidAmount: Number(l.paid_amount),
    paidOn: l.paid_on,
    grantedOn: l.granted_on,
    termEnd: l.term_end,
    platformRef: l.filing_no,
    cnipaFiling: l.cnipa_filing_no && l.cnipa_filed_on ? { number: l.cnipa_filing_no, date: l.cnipa_filed_on } : null,
    payment: {
      basis: l.fee_type as FeeType,
      units: l.units === null ? null : Number(l.units),
      salesAmount: l.sales_amount === null ? null : Number(l.sales_amount),
      due: Number(l.fee_agreed),
      paid: Number(l.paid_amount),
    },
    noticeText: l.notice_text,
  };
}
