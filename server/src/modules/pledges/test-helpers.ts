import type { AppContext } from '../../platform/context.js';
import { addParty } from '../../platform/parties.js';
import { buildHeldPatent } from '../open-licensing/test-helpers.js';
import { PLEDGE } from './repository.js';

/**
 * A pledge application in the given status over a fresh patent the pledgor holds, the bank named as its pledgee
 * (counterparty), inserted directly (tests and the permission matrix).
 */
export async function buildPledge(ctx: AppContext, o: { pledgorOrgId: number; pledgeeOrgId: number; regionCode: string; status: string }) {
  const p = await buildHeldPatent(ctx, o.pledgorOrgId);
  const at = ctx.clock.now().toISOString();
  const registered = o.status === 'registered' || o.status === 'released';
  const submitted = o.status !== 'awaiting_pledgee' && o.status !== 'declined';
  const r = await ctx.db
    .insertInto('pledge_applications')
    .values({
      asset_kind: 'patent',
      pledgor_org_id: o.pledgorOrgId,
      pledgee_org_id: o.pledgeeOrgId,
      region_code: o.regionCode,
      status: o.status,
      contract_no: `ZY-${p.id}`,
      secured_amount: 3_000_000,
      loan_amount: 3_000_000,
      debt_starts_on: '2026-03-01',
      debt_ends_on: '2027-02-28',
      financing_application_id: null,
      pledgor_confirmed_at: at,
      pledgor_confirmed_by: null,
      pledgee_confirmed_at: submitted ? at : null,
      pledgee_confirmed_by: null,
      submitted_at: submitted ? at : null,
      authority: registered ? 'cnipa' : null,
      authority_name: registered ? '国家知识产权局' : null,
      registration_no: registered ? `Y2026${p.id}` : null,
      registered_on: registered ? '2026-03-01' : null,
      refusal_no: null,
      refused_on: null,
      refusal_rule: null,
      refusal_note: null,
      release_no: null,
      released_on: null,
      note: null,
      is_demo: 0,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const id = Number(r.id);
  await ctx.db.insertInto('pledge_application_assets').values({ application_id: id, patent_id: p.id, trademark_id: null }).execute();
  await ctx.db.transaction().execute((trx) => addParty(ctx, trx, { type: PLEDGE, id }, o.pledgeeOrgId, 'counterparty'));
  return { id, patentId: p.id };
}
