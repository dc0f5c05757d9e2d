import { sql } from 'kysely';
import type { Period } from '@zhichan/contract';
import type { AppContext } from '../../platform/context.js';
import { regionCondition } from '../../platform/jurisdiction.js';
import { registerIndicatorProvider } from './providers.js';

/**
 * Providers of the utilization (运用) indicators, computed from the open-licensing, filings and
 * technology-matching modules' tables. They count by the same rules as those modules' statistics
 * (`openLicenceStats`, `filingStats`, `techDealStats`), grouped per stored region code so the values
 * service can roll them up to cities, counties and towns:
 * - open licences: declarations by publication date, deals (licences granted) by grant date, both in
 *   the patentee's region; SME licensees are distinct per region;
 * - filings: approved filings by approval date, in the filing enterprise's region;
 * - technology deals: by deal date, in the deal's region.
 * The tables are small next to the registry and every write to them is a workflow step, so the
 * providers compute on read (no cached source): a grant, an approval or a deal shows at once.
 */

type Rows = { code: string | null; n: number | string | null }[];
const toMap = (rows: Rows) => {
  const m = new Map<string, number>();
  for (const r of rows) if (r.code) m.set(r.code, (m.get(r.code) ?? 0) + Number(r.n ?? 0));
  return m;
};
type Q = { rootCode: string; period: Period };
/** ISO timestamps compared with dates: the period's last day is included up to its last instant. */
const endOfDay = (d: string) => `${d}~`;

function openLicenceDeclarations(ctx: AppContext, { rootCode, period }: Q) {
  return ctx.db
    .selectFrom('open_licence_declarations as d')
    .select(['d.region_code as code', sql<number>`count(*)`.as('n')])
    .where('d.published_at', 'is not', null)
    .where(regionCondition('d.region_code', rootCode))
    .where('d.published_at', '>=', period.start)
    .where('d.published_at', '<', endOfDay(period.end))
    .groupBy('d.region_code')
    .execute()
    .then(toMap);
}

function openLicences(measure: 'deals' | 'sme' | 'fees') {
  const expr =
    measure === 'deals'
      ? sql<number>`count(*)`
      : measure === 'sme'
        ? sql<number>`count(distinct case when l.sme = 1 then l.licensee_org_id end)`
        : sql<number>`coalesce(sum(l.fee_agreed), 0)`;
  return (ctx: AppContext, { rootCode, period }: Q) =>
    ctx.db
      .selectFrom('open_licences as l')
      .innerJoin('open_licence_declarations as d', 'd.id', 'l.declaration_id')
      .select(['d.region_code as code', expr.as('n')])
      .where(regionCondition('d.region_code', rootCode))
      .where('l.granted_on', '>=', period.start)
      .where('l.granted_on', '<=', period.end)
      .groupBy('d.region_code')
      .execute()
      .then(toMap);
}

function filings(kind: string, measure: 'filings' | 'patents' | 'enterprises' | 'amount') {
  return (ctx: AppContext, { rootCode, period }: Q) => {
    const base = ctx.db
      .selectFrom('filings as f')
      .where('f.kind', '=', kind)
      .where('f.status', '=', 'approved')
      .where(regionCondition('f.region_code', rootCode))
      .where('f.approved_at', '>=', period.start)
      .where('f.approved_at', '<', endOfDay(period.end))
      .groupBy('f.region_code');
    if (measure === 'patents') {
      return base
        .innerJoin('filing_patents as fp', 'fp.filing_id', 'f.id')
        .select(['f.region_code as code', sql<number>`count(distinct fp.patent_id)`.as('n')])
        .execute()
        .then(toMap);
    }
    const expr =
      measure === 'filings'
        ? sql<number>`count(*)`
        : measure === 'enterprises'
          ? sql<number>`count(distinct f.org_id)`
          : sql<number>`coalesce(sum(f.amount), 0)`;
    return base
      .select(['f.region_code as code', expr.as('n')])
      .execute()
      .then(toMap);
  };
}

function techDeals(measure: 'deals' | 'amount') {
  return (ctx: AppContext, { rootCode, period }: Q) =>
    ctx.db
      .selectFrom('tech_deals')
      .select(['region_code as code', measure === 'deals' ? sql<number>`count(*)`.as('n') : sql<number>`coalesce(sum(amount), 0)`.as('n')])
      .where(regionCondition('region_code', rootCode))
      .where('deal_date', '>=', period.start)
      .where('deal_date', '<=', period.end)
      .groupBy('region_code')
      .execute()
      .then(toMap);
}

const providers: [key: string, method: string, compute: (ctx: AppContext, q: Q) => Promise<Map<string, number>>][] = [
  ['open_license_declarations', '本区划专利权人在统计期内经审核公告的专利开放许可声明', openLicenceDeclarations],
  ['open_license_deals', '本区划专利权人的开放许可声明在统计期内达成的许可（取得开放许可并备案）', openLicences('deals')],
  ['open_license_smes_benefited', '统计期内取得本区划开放许可的中小企业（被许可人，去重）', openLicences('sme')],
  ['open_license_fees_yuan', '统计期内达成的开放许可约定的许可使用费合计', openLicences('fees')],
  ['transfer_contracts', '统计期内审核通过的专利转让合同备案', filings('transfer_contract', 'filings')],
  ['transferred_patents', '统计期内审核通过的专利转让合同备案所涉专利（去重）', filings('transfer_contract', 'patents')],
  ['transfer_contract_amount_yuan', '统计期内审核通过的专利转让合同备案所载金额合计（已填报者）', filings('transfer_contract', 'amount')],
  ['license_filings', '统计期内审核通过的专利实施许可合同备案', filings('licence_contract', 'filings')],
  ['licensed_patents', '统计期内审核通过的专利实施许可合同备案所涉专利（去重）', filings('licence_contract', 'patents')],
  ['license_amount_yuan', '统计期内审核通过的专利实施许可合同备案所载金额合计（已填报者）', filings('licence_contract', 'amount')],
  ['patent_products_filed', '统计期内审核通过的专利产品备案', filings('patent_product', 'filings')],
  ['patent_intensive_products_filed', '统计期内审核通过的专利密集型产品备案', filings('patent_intensive_product', 'filings')],
  ['patent_intensive_product_enterprises', '统计期内专利密集型产品备案审核通过的企业（去重）', filings('patent_intensive_product', 'enterprises')],
  ['tech_deals', '统计期内经平台对接达成的技术转移成交（转让、许可、合作开发）', techDeals('deals')],
  ['tech_deal_amount_yuan', '统计期内经平台对接达成的技术转移成交金额合计', techDeals('amount')],
];

/** Registers the utilization indicators (open licences, filings, technology deals), computed on read. */
export function registerUtilizationProviders(): void {
  for (const [key, method, compute] of providers) registerIndicatorProvider(key, { method, sources: [], compute });
}
