import type { AppContext } from '../../platform/context.js';
import { nowIso, todayIso } from '../../platform/context.js';
import { addParty } from '../../platform/parties.js';
import { MEDIATION } from './repository.js';

/** Puts an organisation in the register of mediation organisations (once). */
export async function buildRegisteredMediationOrg(ctx: AppContext, orgId: number): Promise<number> {
  const had = await ctx.db.selectFrom('mediation_orgs').select('id').where('org_id', '=', orgId).executeTakeFirst();
  if (had) return Number(had.id);
  const r = await ctx.db
    .insertInto('mediation_orgs')
    .values({ org_id: orgId, kind: 'people', scope: '知识产权纠纷', registered_by: null, created_at: nowIso(ctx) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(r.id);
}

/** A mediation in any status, the mediation organisation standing as its party. */
export async function buildMediation(
  ctx: AppContext,
  o: { status: string; regionCode: string; ownerOrgId: number; mediationOrgId: number; agreedOn?: string },
): Promise<{ id: number }> {
  const at = nowIso(ctx);
  const today = todayIso(ctx);
  const agreed = !['mediating', 'failed'].includes(o.status);
  const r = await ctx.db
    .insertInto('mediations')
    .values({
      status: o.status,
      region_code: o.regionCode,
      owner_org_id: o.ownerOrgId,
      mediation_org_id: o.mediationOrgId,
      subject: '外观设计专利侵权纠纷',
      applicant: '济宁某某科技有限公司',
      respondent: '张某',
      opened_at: at,
      agreed_on: agreed ? (o.agreedOn ?? today) : null,
      terms: agreed ? '被申请人停止销售并赔偿2万元' : null,
      confirmation_due_on: agreed ? '2099-12-31' : null,
      applied_on: ['confirmation_applied', 'confirmed', 'confirmation_refused'].includes(o.status) ? today : null,
      ended_on: o.status === 'failed' ? today : null,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const id = Number(r.id);
  await ctx.db.transaction().execute((trx) => addParty(ctx, trx, { type: MEDIATION, id }, o.mediationOrgId, 'mediator'));
  return { id };
}
