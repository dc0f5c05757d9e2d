import { z } from 'zod';
import { ZIsoDate, ZPageQuery, ZPaged, ZRegionCode } from './common.js';
import { ZLineText, ZMultilineText } from './text.js';

/**
 * Filings (备案): patent transfer contracts, patent licence contracts, patent products (专利产品备案)
 * and patent-intensive products (专利密集型产品备案).
 */
export const filingKinds = ['transfer_contract', 'licence_contract', 'patent_product', 'patent_intensive_product'] as const;
export const ZFilingKind = z.enum(filingKinds);
export type FilingKind = z.infer<typeof ZFilingKind>;
export const filingKindLabels: Record<FilingKind, { zh: string; en: string }> = {
  transfer_contract: { zh: '专利转让合同备案', en: 'Patent transfer contract' },
  licence_contract: { zh: '专利实施许可合同备案', en: 'Patent licence contract' },
  patent_product: { zh: '专利产品备案', en: 'Patent product' },
  patent_intensive_product: { zh: '专利密集型产品备案', en: 'Patent-intensive product' },
};

export const filingStatuses = ['submitted', 'returned', 'approved', 'rejected'] as const;
export const ZFilingStatus = z.enum(filingStatuses);
export type FilingStatus = z.infer<typeof ZFilingStatus>;
export const filingStatusLabels: Record<FilingStatus, { zh: string; en: string }> = {
  submitted: { zh: '待审核', en: 'Under review' },
  returned: { zh: '退回补正', en: 'Returned for correction' },
  approved: { zh: '已备案', en: 'Filed' },
  rejected: { zh: '不予备案', en: 'Rejected' },
};

/** Licence kinds of a licence contract (普通 / 独占 / 排他). */
export const licenceKinds = ['ordinary', 'exclusive', 'sole'] as const;
export const ZLicenceKind = z.enum(licenceKinds);
export const licenceKindLabels: Record<z.infer<typeof ZLicenceKind>, { zh: string; en: string }> = {
  ordinary: { zh: '普通许可', en: 'Ordinary' },
  exclusive: { zh: '独占许可', en: 'Exclusive' },
  sole: { zh: '排他许可', en: 'Sole' },
};

const ZFilingFields = z.object({
  kind: ZFilingKind,
  /** Contract name, or product name and model. */
  title: ZLineText.trim().min(2, '请填写名称').max(200),
  /** The other party of a contract (受让人 / 被许可人). */
  counterparty: ZLineText.trim().max(200).nullable().default(null),
  licenceKind: ZLicenceKind.nullable().default(null),
  /** Contract amount, or the product's annual sales (yuan). */
  amount: z.number().min(0).max(1e12).nullable().default(null),
  startsOn: ZIsoDate.nullable().default(null),
  endsOn: ZIsoDate.nullable().default(null),
  description: ZMultilineText.trim().max(4000).default(''),
  /** The patents the contract covers or the product uses. */
  patentIds: z.array(z.number().int().positive()).min(1, '请至少选择一件专利').max(100),
  /** Evidence (contract text, product photos, sales proof), uploaded first. */
  attachmentIds: z.array(z.number().int().positive()).min(1, '请上传证明材料').max(20),
});
function filingComplete(b: z.infer<typeof ZFilingFields>, ctx: z.RefinementCtx) {
  const contract = b.kind === 'transfer_contract' || b.kind === 'licence_contract';
  if (contract && !b.counterparty) ctx.addIssue({ code: 'custom', path: ['counterparty'], message: '合同备案须填写合同另一方' });
  if (b.kind === 'licence_contract' && !b.licenceKind) ctx.addIssue({ code: 'custom', path: ['licenceKind'], message: '请选择许可类型' });
  if (b.kind === 'licence_contract' && !b.endsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: '请填写许可期限届满日' });
  if (b.startsOn && b.endsOn && b.endsOn < b.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: '届满日不能早于起始日' });
}
export const ZSubmitFilingBody = ZFilingFields.superRefine(filingComplete);
export type SubmitFilingBody = z.infer<typeof ZSubmitFilingBody>;

export const ZFiling = z.object({
  id: z.number().int(),
  kind: ZFilingKind,
  status: ZFilingStatus,
  org: z.object({ id: z.number().int(), name: z.string() }),
  regionCode: z.string(),
  title: z.string(),
  counterparty: z.string().nullable(),
  licenceKind: ZLicenceKind.nullable(),
  amount: z.number().nullable(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  description: z.string(),
  patents: z.array(z.object({ id: z.number().int(), appNo: z.string(), title: z.string() })),
  reviewNote: z.string().nullable(),
  filingNo: z.string().nullable(),
  submittedAt: z.string(),
  approvedAt: z.string().nullable(),
  isDemo: z.boolean(),
});
export type Filing = z.infer<typeof ZFiling>;
export const ZFilingList = ZPaged(ZFiling);
export const ZFilingListQuery = ZPageQuery.extend({ kind: ZFilingKind.optional(), status: ZFilingStatus.optional(), regionCode: ZRegionCode.optional() });

/** Filing statistics for the indicators, per kind. */
export const ZFilingStatsQuery = z.object({ regionCode: ZRegionCode.optional(), from: ZIsoDate.optional(), to: ZIsoDate.optional() });
export const ZFilingStats = z.object({
  regionCode: z.string(),
  byKind: z.array(z.object({ kind: ZFilingKind, filings: z.number().int(), patents: z.number().int(), enterprises: z.number().int(), amount: z.number() })),
});
export type FilingStats = z.infer<typeof ZFilingStats>;
