import type { AppContext } from '../../platform/context.js';
import { registerIndicatorProvider } from './providers.js';
import { filings, openLicenceDeclarations, openLicences, techDeals, type Q } from './utilization-repository.js';

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

const providers: [key: string, method: string, compute: (ctx: AppContext, q: Q) => Promise<Map<string, number>>][] = [
  ['open_license_declarations', '本区划专利权人在统计期内经国家知识产权局公告的专利开放许可声明', openLicenceDeclarations],
  ['open_license_deals', '本区划专利权人的开放许可声明在统计期内达成的许可（取得开放许可并备案）', openLicences('deals')],
  ['open_license_smes_benefited', '统计期内取得本区划开放许可的中小企业（被许可人，去重）', openLicences('sme')],
  ['open_license_fees_yuan', '统计期内达成的开放许可按公告标准应付的许可使用费合计（一次性许可费；按件、提成为已付款所对应的应付额）', openLicences('fees')],
  ['transfer_contracts', '统计期内经登记机关（国家知识产权局或受托代办处）备案的专利转让合同备案', filings('transfer_contract', 'filings')],
  ['transferred_patents', '统计期内经登记机关（国家知识产权局或受托代办处）备案的专利转让合同备案所涉专利（去重）', filings('transfer_contract', 'patents')],
  [
    'transfer_contract_amount_yuan',
    '统计期内经登记机关（国家知识产权局或受托代办处）备案的专利转让合同备案所载金额合计（已填报者）',
    filings('transfer_contract', 'amount'),
  ],
  ['license_filings', '统计期内经登记机关（国家知识产权局或受托代办处）备案的专利实施许可合同备案', filings('licence_contract', 'filings')],
  ['licensed_patents', '统计期内经登记机关（国家知识产权局或受托代办处）备案的专利实施许可合同备案所涉专利（去重）', filings('licence_contract', 'patents')],
  [
    'license_amount_yuan',
    '统计期内经登记机关（国家知识产权局或受托代办处）备案的专利实施许可合同备案所载金额合计（已填报者）',
    filings('licence_contract', 'amount'),
  ],
  ['patent_products_filed', '统计期内经登记机关（国家知识产权局或受托代办处）备案的专利产品备案', filings('patent_product', 'filings')],
  [
    'patent_intensive_products_filed',
    '统计期内经登记机关（国家知识产权局或受托代办处）备案的专利密集型产品备案',
    filings('patent_intensive_product', 'filings'),
  ],
  ['patent_intensive_product_enterprises', '统计期内专利密集型产品经登记机关备案的企业（去重）', filings('patent_intensive_product', 'enterprises')],
  ['tech_deals', '统计期内经平台对接达成的技术转移成交（转让、许可、合作开发）', techDeals('deals')],
  ['tech_deal_amount_yuan', '统计期内经平台对接达成的技术转移成交金额合计', techDeals('amount')],
];

/** Registers the utilization indicators (open licences, filings, technology deals), computed on read. */
export function registerUtilizationProviders(): void {
  for (const [key, method, compute] of providers) registerIndicatorProvider(key, { method, sources: [], compute });
}
