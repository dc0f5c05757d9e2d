import { z } from 'zod';
import { ZIsoDate, ZPageQuery, ZPaged, ZRegionCode } from './common.js';
import { ZLineText, ZMultilineText } from './text.js';
import { ZAuthorityActBody } from './open-licensing.js';

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

/**
 * A filing's course. The bureau receives and checks it (受理初审) and forwards it (`forwarded`); the filing
 * itself is the competent authority's act — CNIPA (Implementing Rules arts. 15, 87; a transfer takes effect on
 * CNIPA's registration, Patent Law art. 10), or a CNIPA 代办处 where this deployment holds its delegation — and is
 * `approved` only once that authority's number and date are recorded. It may then be changed or cancelled (变更/注销)
 * by the same authority.
 */
export const filingStatuses = ['submitted', 'returned', 'forwarded', 'approved', 'rejected', 'cancelled'] as const;
export const ZFilingStatus = z.enum(filingStatuses);
export type FilingStatus = z.infer<typeof ZFilingStatus>;
export const filingStatusLabels: Record<FilingStatus, { zh: string; en: string }> = {
  submitted: { zh: '待受理初审', en: 'Awaiting initial check' },
  returned: { zh: '退回补正', en: 'Returned for correction' },
  forwarded: { zh: '初审通过，待登记机关办理', en: 'Checked; awaiting the competent authority' },
  approved: { zh: '登记机关已备案', en: 'Filed by the authority' },
  rejected: { zh: '初审不通过', en: 'Refused at the initial check' },
  cancelled: { zh: '已注销', en: 'Cancelled' },
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
  /** For a licence contract, the date it takes effect (合同生效日). */
  startsOn: ZIsoDate.nullable().default(null),
  endsOn: ZIsoDate.nullable().default(null),
  /** The licence's scope (地域、领域); empty = the whole patent. */
  scope: ZLineText.trim().max(200).nullable().default(null),
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
  if (b.kind === 'licence_contract' && !b.startsOn) ctx.addIssue({ code: 'custom', path: ['startsOn'], message: '请填写合同生效日' });
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
  scope: z.string().nullable(),
  description: z.string(),
  patents: z.array(z.object({ id: z.number().int(), appNo: z.string(), title: z.string() })),
  reviewNote: z.string().nullable(),
  /** The competent authority's filing (registration) number; null until recorded. */
  filingNo: z.string().nullable(),
  /** The authority that filed it: kind (cnipa, agency = a CNIPA 代办处 under delegation), name, number, date. */
  authorityAct: z.object({ kind: z.string(), name: z.string(), number: z.string(), date: z.string() }).nullable(),
  cancelledOn: z.string().nullable(),
  submittedAt: z.string(),
  approvedAt: z.string().nullable(),
  /** Patent-intensive products: the assessment against the published criteria (kept as data). */
  assessment: z
    .object({
      source: z.string(),
      items: z.array(z.object({ code: z.string(), label: z.string(), result: z.enum(['met', 'not_met', 'unknown']), note: z.string(), verified: z.boolean() })),
    })
    .nullable(),
  isDemo: z.boolean(),
});
export type Filing = z.infer<typeof ZFiling>;

/** The competent authority's act on a filing: its number and date (备案 / 登记 / 注销). */
export const ZFilingActBody = ZAuthorityActBody;
/** A change of a filed licence (备案变更) as the authority recorded it: the new term end, its number and date. */
export const ZFilingChangeBody = ZAuthorityActBody.extend({ endsOn: ZIsoDate });
export const ZFilingList = ZPaged(ZFiling);
export const ZFilingListQuery = ZPageQuery.extend({ kind: ZFilingKind.optional(), status: ZFilingStatus.optional(), regionCode: ZRegionCode.optional() });

/** Filing statistics for the indicators, per kind. */
export const ZFilingStatsQuery = z.object({ regionCode: ZRegionCode.optional(), from: ZIsoDate.optional(), to: ZIsoDate.optional() });
export const ZFilingStats = z.object({
  regionCode: z.string(),
  byKind: z.array(z.object({ kind: ZFilingKind, filings: z.number().int(), patents: z.number().int(), enterprises: z.number().int(), amount: z.number() })),
});
export type FilingStats = z.infer<typeof ZFilingStats>;
