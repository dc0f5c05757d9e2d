import type { AppContext } from '../../platform/context.js';
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
      is_demo: 0,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: Number(r.id), patentId: p.id };
}
