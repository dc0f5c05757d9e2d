import type { EligibilityRules, FinanceProductBody } from '@zhichan/contract';
import type { AppContext } from '../../platform/context.js';
import { addParty } from '../../platform/parties.js';
import { productRegion } from './products.js';
import { APPLICATION } from './applications.js';

let n = 0;

/** A product body serving the regions given (tests and the permission matrix). */
export function productBody(o: Partial<FinanceProductBody> = {}): FinanceProductBody {
  n += 1;
  return {
    name: `测试知识产权质押贷${n}`,
    kind: 'patent_pledge_loan',
    amountMin: 100_000,
    amountMax: 10_000_000,
    rate: { type: 'lpr', lprTerm: '1y', spreadBp: 50 },
    termMonthsMin: 6,
    termMonthsMax: 36,
    regions: ['370800'],
    rules: {},
    description: '',
    ...o,
  };
}

/** A product of the lender in the given status (inserted directly, with its version row). */
export async function buildProduct(
  ctx: AppContext,
  o: {
    orgId: number;
    status?: 'pending' | 'listed' | 'returned' | 'delisted';
    regions?: string[];
    rules?: EligibilityRules;
    body?: Partial<FinanceProductBody>;
    isDemo?: boolean;
  },
) {
  const body = productBody({ ...(o.body ?? {}), ...(o.regions ? { regions: o.regions } : {}), ...(o.rules ? { rules: o.rules } : {}) });
  const status = o.status ?? 'listed';
  const at = ctx.clock.now().toISOString();
  const r = await ctx.db
    .insertInto('finance_products')
    .values({
      org_id: o.orgId,
      region_code: productRegion(body.regions),
      status,
      version: status === 'listed' || status === 'delisted' ? 1 : 0,
      name: body.name,
      kind: body.kind,
      amount_min: body.amountMin,
      amount_max: body.amountMax,
      rate: JSON.stringify(body.rate),
      rate_sort: body.rate.type === 'fixed' ? body.rate.percent : 3 + body.rate.spreadBp / 100,
      term_min: body.termMonthsMin,
      term_max: body.termMonthsMax,
      regions: JSON.stringify(body.regions),
      rules: JSON.stringify(body.rules),
      description: body.description,
      listed_at: status === 'listed' ? at : null,
      is_demo: o.isDemo ? 1 : 0,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const id = Number(r.id);
  await ctx.db
    .insertInto('finance_product_versions')
    .values({
      product_id: id,
      version: 1,
      status: status === 'pending' ? 'pending' : status === 'returned' ? 'returned' : 'approved',
      data: JSON.stringify(body),
      submitted_by: null,
      submitted_at: at,
      reviewed_by: null,
      reviewed_at: status === 'pending' ? null : at,
      review_note: null,
    })
    .execute();
  return { id, body };
}

const LIVE = new Set(['submitted', 'accepted', 'valued', 'approved']);

/**
 * An application of the enterprise to the bank's (fresh, listed) product in the given status, with the bank as
 * its counterparty and the enterprise's consent (revoked when asked).
 */
export async function buildApplication(
  ctx: AppContext,
  o: {
    enterpriseOrgId: number;
    bankOrgId: number;
    regionCode: string;
    status: string;
    consentRevoked?: boolean;
    submittedOn?: string;
    disbursedOn?: string;
    collateral?: { kind: 'patent' | 'trademark'; id: number; label: string }[];
    productKind?: FinanceProductBody['kind'];
  },
) {
  const p = await buildProduct(ctx, { orgId: o.bankOrgId, regions: ['370000'], ...(o.productKind ? { body: { kind: o.productKind } } : {}) });
  const at = ctx.clock.now().toISOString();
  const today = at.slice(0, 10);
  const decided = ['approved', 'disbursed', 'declined', 'returned'].includes(o.status);
  const r = await ctx.db
    .insertInto('finance_applications')
    .values({
      product_id: p.id,
      product_version: 1,
      enterprise_org_id: o.enterpriseOrgId,
      bank_org_id: o.bankOrgId,
      region_code: o.regionCode,
      status: o.status,
      live_key: LIVE.has(o.status) ? `${p.id}:${o.enterpriseOrgId}` : null,
      amount: 1_000_000,
      term_months: 12,
      purpose: '研发投入',
      collateral: JSON.stringify(o.collateral ?? []),
      submitted_by: null,
      submitted_at: at,
      submitted_on: o.submittedOn ?? today,
      accepted_at: o.status === 'submitted' || o.status === 'returned' ? null : at,
      decided_at: decided ? at : null,
      withdrawn_at: null,
      return_reason: null,
      decline_reason: null,
      valuation_method: ['valued', 'approved', 'disbursed'].includes(o.status) ? 'income' : null,
      valuation_value: ['valued', 'approved', 'disbursed'].includes(o.status) ? 2_000_000 : null,
      valuation_appraiser: ['valued', 'approved', 'disbursed'].includes(o.status) ? '测试评估事务所' : null,
      valued_on: ['valued', 'approved', 'disbursed'].includes(o.status) ? today : null,
      valuation_attachment_id: null,
      approved_amount: ['approved', 'disbursed'].includes(o.status) ? 1_000_000 : null,
      approved_rate: ['approved', 'disbursed'].includes(o.status) ? 3.5 : null,
      term_start: ['approved', 'disbursed'].includes(o.status) ? today : null,
      term_end: ['approved', 'disbursed'].includes(o.status) ? '2099-12-31' : null,
      disbursed_amount: o.status === 'disbursed' ? 1_000_000 : null,
      disbursed_on: o.status === 'disbursed' ? (o.disbursedOn ?? today) : null,
      contract_no: o.status === 'disbursed' ? `JK${p.id}` : null,
      is_demo: 0,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const id = Number(r.id);
  await ctx.db.transaction().execute(async (trx) => {
    await addParty(ctx, trx, { type: APPLICATION, id }, o.bankOrgId, 'counterparty');
    await trx
      .insertInto('finance_consents')
      .values({
        application_id: id,
        enterprise_org_id: o.enterpriseOrgId,
        bank_org_id: o.bankOrgId,
        wording: '测试同意',
        granted_by: null,
        granted_at: at,
        revoked_by: null,
        revoked_at: o.consentRevoked ? at : null,
        revoke_reason: o.consentRevoked ? '测试撤回' : null,
      })
      .execute();
  });
  const consent = await ctx.db.selectFrom('finance_consents').select('id').where('application_id', '=', id).executeTakeFirstOrThrow();
  return { id, productId: p.id, consentId: Number(consent.id) };
}
