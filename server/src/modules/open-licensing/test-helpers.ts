import type { AppContext } from '../../platform/context.js';
import { todayIso } from '../../platform/context.js';
import { addParty } from '../../platform/parties.js';
import { buildPatent } from '../../../test/factories.js';

/** A granted patent whose registered holder is the organisation (tests and the permission matrix). */
export async function buildHeldPatent(ctx: AppContext, orgId: number, o: Parameters<typeof buildPatent>[1] = {}) {
  const p = await buildPatent(ctx, o);
  await ctx.db.insertInto('patent_parties').values({ patent_id: p.id, role: 'holder', seq: 1, name: '专利权人', org_id: orgId }).execute();
  return p;
}

/** An attachment row of the organisation (content not needed where only its kind is checked). */
export async function buildAttachment(ctx: AppContext, orgId: number, userId: number, kind: string) {
  const r = await ctx.db
    .insertInto('attachments')
    .values({
      sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      size: 1,
      mime_type: 'application/pdf',
      file_name: `${kind}.pdf`,
      kind,
      record_type: null,
      record_id: null,
      step: null,
      org_id: orgId,
      uploaded_by: userId,
      created_at: ctx.clock.now().toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(r.id);
}

/** A declaration in the given status on a fresh patent held by the organisation (inserted directly). */
export async function buildDeclaration(ctx: AppContext, o: { orgId: number; regionCode: string; status: string; feeAmount?: number }) {
  const p = await buildHeldPatent(ctx, o.orgId);
  const at = ctx.clock.now().toISOString();
  const r = await ctx.db
    .insertInto('open_licence_declarations')
    .values({
      patent_id: p.id,
      patentee_org_id: o.orgId,
      region_code: o.regionCode,
      status: o.status,
      fee_type: 'lump_sum',
      fee_amount: o.feeAmount ?? 50_000,
      royalty_rate: null,
      payment_method: 'one_off',
      term_years: 3,
      other_terms: '',
      review_note: null,
      submitted_by: null,
      submitted_at: at,
      reviewed_by: null,
      reviewed_at: null,
      published_at: o.status === 'published' ? at : null,
      withdrawn_at: null,
      cnipa_announcement_no: o.status === 'published' ? `测试公告${p.id}` : null,
      cnipa_announced_on: o.status === 'published' ? at.slice(0, 10) : null,
      withdrawal_announcement_no: null,
      withdrawal_announced_on: null,
      is_demo: 0,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: Number(r.id), patentId: p.id };
}

/** A licence by notice under a fresh published declaration of `licensorOrgId`, obtained by `licenseeOrgId` (inserted directly). */
export async function buildLicence(ctx: AppContext, o: { licensorOrgId: number; licenseeOrgId: number; regionCode: string }) {
  const d = await buildDeclaration(ctx, { orgId: o.licensorOrgId, regionCode: o.regionCode, status: 'published', feeAmount: 1000 });
  const at = ctx.clock.now().toISOString();
  const today = todayIso(ctx);
  const r = await ctx.db
    .insertInto('open_licences')
    .values({
      declaration_id: d.id,
      patent_id: d.patentId,
      licensor_org_id: o.licensorOrgId,
      licensee_org_id: o.licenseeOrgId,
      region_code: o.regionCode,
      sme: 0,
      fee_agreed: 1000,
      paid_amount: 1000,
      paid_on: today,
      units: null,
      sales_amount: null,
      notice_text: '书面通知实施该专利。',
      granted_on: today,
      term_end: '2029-12-31',
      filing_no: `PT-OL-T${d.id}`,
      cnipa_filing_no: null,
      cnipa_filed_on: null,
      is_demo: 0,
      created_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const id = Number(r.id);
  await ctx.db.transaction().execute((trx) => addParty(ctx, trx, { type: 'open_licence', id }, o.licensorOrgId, 'counterparty'));
  return { id, declarationId: d.id, patentId: d.patentId };
}
