import type { AppContext } from '../../platform/context.js';
import { addParty } from '../../platform/parties.js';
import { buildEnterprise, buildPatent } from '../../../test/factories.js';
import { WHITELIST } from './repository.js';

/** An enterprise of the region with `inventions` effective invention patents it holds, tags and industry. */
export async function buildScreenableEnterprise(
  ctx: AppContext,
  o: { region: string; inventions?: number; tags?: string[]; industry?: string | null; ipc?: string[]; name?: string; family?: boolean },
) {
  const org = await buildEnterprise(ctx, { region: o.region, ...(o.name ? { name: o.name } : {}) });
  await ctx.db
    .updateTable('enterprise_profiles')
    .set({ tags: JSON.stringify(o.tags ?? []), industry: o.industry === undefined ? '制造业' : o.industry })
    .where('org_id', '=', org.id)
    .execute();
  for (let i = 0; i < (o.inventions ?? 0); i++) {
    const p = await buildPatent(ctx, {
      region: o.region,
      ...(o.ipc ? { ipc: o.ipc } : {}),
      ...(o.family ? { family: [{ country: 'US', number: `US${org.id}${i}`, granted: true }] } : {}),
    });
    await ctx.db.insertInto('patent_parties').values({ patent_id: p.id, role: 'holder', seq: 1, name: '专利权人', org_id: org.id }).execute();
  }
  const row = await ctx.db.selectFrom('organisations').select(['credit_code', 'name']).where('id', '=', org.id).executeTakeFirstOrThrow();
  return { id: org.id, creditCode: row.credit_code ?? '', name: row.name };
}

/**
 * A white-list version written directly (matrix samples): owned by `ownerOrgId`, of `region`, in `status`,
 * with the enterprises `orgIds` on it and pushed to `banks` (standing parties).
 */
export async function buildWhitelist(
  ctx: AppContext,
  o: { ownerOrgId: number; region: string; status: 'draft' | 'published' | 'superseded'; orgIds?: number[]; banks?: number[] },
) {
  const at = ctx.clock.now().toISOString();
  const rules = { minEffectiveInventions: 1, minHighValue: 0, tags: [], noCreditListing: true, industries: [], ipcPrefixes: [] };
  const r = await ctx.db
    .insertInto('whitelists')
    .values({
      series_id: null,
      version_no: o.status === 'draft' ? null : 1,
      title: '测试白名单',
      region_code: o.region,
      owner_org_id: o.ownerOrgId,
      status: o.status,
      rules: JSON.stringify(rules),
      screened_on: at.slice(0, 10),
      screened_count: o.orgIds?.length ?? 0,
      created_by: null,
      published_by: null,
      published_at: o.status === 'draft' ? null : at,
      is_demo: 0,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const id = Number(r.id);
  await ctx.db.updateTable('whitelists').set({ series_id: id }).where('id', '=', id).execute();
  const figures = { effectiveInventions: 1, highValue: 0, tags: [], industry: '制造业', ipcMatches: [], creditListings: [] };
  for (const orgId of o.orgIds ?? [])
    await ctx.db
      .insertInto('whitelist_entries')
      .values({
        whitelist_id: id,
        org_id: orgId,
        included: 1,
        source: 'screening',
        figures: JSON.stringify(figures),
        reasons: JSON.stringify([{ rule: 'minEffectiveInventions', met: true, code: 'whitelists.reason.inventions', params: { value: 1, required: 1 } }]),
        decision: null,
        decision_reason: null,
        decided_by: null,
        decided_at: null,
      })
      .execute();
  for (const bank of o.banks ?? []) {
    await ctx.db.insertInto('whitelist_pushes').values({ whitelist_id: id, bank_org_id: bank, pushed_by: null, pushed_at: at }).execute();
    await ctx.db.transaction().execute((trx) => addParty(ctx, trx, { type: WHITELIST, id }, bank, 'counterparty'));
  }
  return { id };
}
