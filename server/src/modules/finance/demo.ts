import type { EligibilityRules, FinanceProductBody } from '@zhichan/contract';
import type { AppContext } from '../../platform/context.js';
import { nowIso } from '../../platform/context.js';
import { recordAudit } from '../../platform/audit.js';
import { productRegion } from './products.js';

/**
 * Demo products (【演示】) of the demo bank (演示银行济宁分行【演示】), listed as if reviewed: invented terms, no real
 * bank's product. The LPR-based rates follow the LPR setting.
 */
const PRODUCTS: (Omit<FinanceProductBody, 'rules' | 'description'> & { rules: EligibilityRules; description: string })[] = [
  {
    name: '知识产权质押贷【演示】',
    kind: 'patent_pledge_loan',
    amountMin: 500_000,
    amountMax: 10_000_000,
    rate: { type: 'lpr', lprTerm: '1y', spreadBp: 50 },
    termMonthsMin: 6,
    termMonthsMax: 36,
    regions: ['370800'],
    rules: { minInventionPatents: 1, noCreditListing: true },
    description: '以有效发明专利、实用新型专利质押，额度按评估价值核定。（演示数据）',
  },
  {
    name: '专精特新知识产权信用贷【演示】',
    kind: 'ip_credit_loan',
    amountMin: 200_000,
    amountMax: 3_000_000,
    rate: { type: 'lpr', lprTerm: '1y', spreadBp: 80 },
    termMonthsMin: 3,
    termMonthsMax: 12,
    regions: ['370800'],
    rules: { minInventionPatents: 3, minHighValuePatents: 1, requiredTags: ['specialised_sme'], noCreditListing: true, minYearsEstablished: 3 },
    description: '面向专精特新企业的知识产权增信信用贷款。（演示数据）',
  },
  {
    name: '科创商标质押贷【演示】',
    kind: 'trademark_pledge_loan',
    amountMin: 100_000,
    amountMax: 2_000_000,
    rate: { type: 'fixed', percent: 3.95 },
    termMonthsMin: 6,
    termMonthsMax: 24,
    regions: ['370811', '370883'],
    rules: { noCreditListing: true, minYearsEstablished: 2 },
    description: '以注册商标专用权质押。（演示数据）',
  },
];

/** Lists the demo products of the demo bank (nothing when the demo bank is absent). */
export async function seedFinanceDemo(ctx: AppContext): Promise<void> {
  const bank = await ctx.db.selectFrom('organisations').select(['id']).where('kind', '=', 'bank').where('is_demo', '=', 1).orderBy('id').executeTakeFirst();
  if (!bank) return;
  const at = nowIso(ctx);
  const system = { userId: null, username: 'system', orgId: null, regionCode: '370800', ip: null, trace: { auditRows: 0 } };
  await ctx.db.transaction().execute(async (trx) => {
    for (const p of PRODUCTS) {
      const r = await trx
        .insertInto('finance_products')
        .values({
          org_id: Number(bank.id),
          region_code: productRegion(p.regions),
          status: 'listed',
          version: 1,
          name: p.name,
          kind: p.kind,
          amount_min: p.amountMin,
          amount_max: p.amountMax,
          rate: JSON.stringify(p.rate),
          rate_sort: p.rate.type === 'fixed' ? p.rate.percent : 3 + p.rate.spreadBp / 100,
          term_min: p.termMonthsMin,
          term_max: p.termMonthsMax,
          regions: JSON.stringify(p.regions),
          rules: JSON.stringify(p.rules),
          description: p.description,
          listed_at: at,
          is_demo: 1,
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('finance_product_versions')
        .values({
          product_id: Number(r.id),
          version: 1,
          status: 'approved',
          data: JSON.stringify(p),
          submitted_by: null,
          submitted_at: at,
          reviewed_by: null,
          reviewed_at: at,
          review_note: '演示数据',
        })
        .execute();
    }
    await recordAudit(ctx, trx, system, { action: 'demo.finance', entityType: 'system', entityId: null, after: { products: PRODUCTS.length } });
  });
}
