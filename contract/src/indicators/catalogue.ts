import { z } from 'zod';
import { ZChainLink, type ChainLink } from '../chain.js';

/** The document an indicator's definition (统计口径) comes from: its title, who issued it and when. */
export interface IndicatorSource {
  document: string;
  issuer: string;
  /** ISO date the document was issued. */
  date: string;
}

/**
 * What an indicator means (统计口径): its definition, what its numerator counts, its denominator (null for a
 * count or an amount) and the document the definition comes from (null while none is registered: shown as
 * "—" with that reason, never invented).
 */
export interface IndicatorCaliber {
  definition: string;
  numerator: string;
  denominator: string | null;
  source: IndicatorSource | null;
}

/**
 * The indicator catalogue (指标目录) as data. Each indicator has a stable key, Chinese and English
 * names, a unit, the link of the IP chain it belongs to and the number of decimals it is published
 * with. Whether it is *computed* from the platform's data or *reported* (entered and reviewed by
 * staff) is decided by the server: an indicator is computed once a module registers a provider for
 * it, reported until then. Per-10,000-population indicators name their numerator (`perCapitaOf`).
 */
export interface IndicatorDef {
  key: string;
  zh: string;
  en: string;
  unit: string;
  link: ChainLink;
  decimals: number;
  /** Stock (存量, a state on the period's last day) or flow (增量, what happened during the period). */
  aggregation: 'stock' | 'flow';
  /** Per-10,000-population value of this indicator (每万人口…). */
  perCapitaOf?: string;
  /** Amounts in yuan: plausibility checks compare them with the region's population. */
  amount?: boolean;
  /** Definition, numerator, denominator and source; with `unit` and `decimals`, the whole 口径. */
  caliber: IndicatorCaliber;
}

type Row = [key: string, zh: string, en: string, unit: string, link: ChainLink, aggregation?: 'stock' | 'flow', decimals?: number];

// Creation (创造)
const creation: Row[] = [
  ['effective_invention_patents', '有效发明专利', 'Effective invention patents', '件', 'creation', 'stock'],
  ['high_value_invention_patents', '高价值发明专利', 'High-value invention patents', '件', 'creation', 'stock'],
  ['patent_grants', '专利授权量', 'Patent grants', '件', 'creation'],
  ['invention_patent_grants', '发明专利授权量', 'Invention patent grants', '件', 'creation'],
  ['pct_applications', 'PCT国际专利申请', 'PCT applications', '件', 'creation'],
  ['effective_registered_trademarks', '有效注册商标', 'Effective registered trademarks', '件', 'creation', 'stock'],
  ['trademark_applications', '商标申请量', 'Trademark applications', '件', 'creation'],
  ['trademark_registrations', '商标注册量', 'Trademark registrations', '件', 'creation'],
  ['madrid_registrations', '马德里国际注册商标', 'Madrid registrations', '件', 'creation', 'stock'],
  ['geographical_indications', '地理标志', 'Geographical indications', '个', 'creation', 'stock'],
  ['gi_products', '地理标志保护产品', 'GI products', '个', 'creation', 'stock'],
  ['gi_certification_trademarks', '地理标志证明商标', 'GI certification trademarks', '件', 'creation', 'stock'],
  ['new_gi_certification_trademarks', '新增地理标志证明商标', 'New GI certification trademarks', '件', 'creation'],
  ['china_patent_awards_cumulative', '累计获中国专利奖', 'China Patent Awards (cumulative)', '项', 'creation', 'stock'],
  ['china_patent_awards_won', '获中国专利奖（当届）', 'China Patent Awards (this session)', '项', 'creation'],
  ['provincial_patent_awards', '获省专利奖', 'Provincial patent awards', '项', 'creation'],
  ['registered_enterprises', '注册企业', 'Registered enterprises', '家', 'creation', 'stock'],
  ['above_scale_enterprises_with_invention_patents', '拥有发明专利的规上企业', 'Above-scale enterprises with invention patents', '家', 'creation', 'stock'],
  [
    'above_scale_enterprise_effective_invention_patents',
    '规上企业有效发明专利',
    'Effective invention patents of above-scale enterprises',
    '件',
    'creation',
    'stock',
  ],
  ['new_high_value_patent_leading_enterprises', '新增高价值专利培育领军企业', 'New high-value patent leading enterprises', '家', 'creation'],
];
// Utilization (运用)
const utilization: Row[] = [
  ['open_license_declarations', '专利开放许可声明', 'Open licence declarations', '件', 'utilization'],
  ['open_license_deals', '开放许可达成许可', 'Open licence deals', '件', 'utilization'],
  ['open_license_smes_benefited', '开放许可惠及中小企业', 'SMEs benefiting from open licences', '家', 'utilization'],
  ['open_license_implementations', '开放许可实施', 'Open licence implementations', '件', 'utilization'],
  ['open_license_fees_yuan', '开放许可约定许可使用费', 'Open licence fees agreed', '元', 'utilization'],
  ['patent_pledge_registrations', '专利质押登记', 'Patent pledge registrations', '笔', 'utilization'],
  ['patent_pledge_amount_yuan', '专利质押登记金额', 'Patent pledge amount', '元', 'utilization'],
  ['trademark_pledge_amount_yuan', '商标质押融资金额', 'Trademark pledge amount', '元', 'utilization'],
  ['ip_pledge_amount_yuan', '知识产权质押融资金额', 'IP pledge financing amount', '元', 'utilization'],
  ['banks_registering_ip_pledge_loans', '开展知识产权质押登记的银行', 'Banks registering IP pledge loans', '家', 'utilization'],
  ['inclusive_patent_pledge_loans', '普惠性专利质押贷款', 'Inclusive patent pledge loans', '笔', 'utilization'],
  ['inclusive_patent_pledge_amount_yuan', '普惠性专利质押金额', 'Inclusive patent pledge amount', '元', 'utilization'],
  ['pledge_interest_subsidy_paid_yuan', '质押融资贴息金额', 'Pledge interest subsidy paid', '元', 'utilization'],
  ['pledge_interest_subsidy_enterprises', '获质押贴息企业', 'Enterprises receiving pledge subsidy', '家', 'utilization'],
  ['enterprises_with_ip_pledge_loans', '获知识产权质押贷款企业', 'Enterprises with IP pledge loans', '家', 'utilization'],
  ['pledge_risk_pool_projects', '质押风险池项目', 'Pledge risk-pool projects', '个', 'utilization'],
  ['ip_securitization_first_tranche_yuan', '知识产权证券化首期规模', 'IP securitisation first tranche', '元', 'utilization'],
  ['ip_securitization_enterprises', '知识产权证券化入池企业', 'IP securitisation enterprises', '家', 'utilization'],
  ['financial_products', '知识产权金融产品', 'IP finance products', '个', 'utilization'],
  ['financing_events', '银企对接活动', 'Financing events', '场', 'utilization'],
  ['financing_events_enterprises_signed', '银企对接签约企业', 'Enterprises signing at financing events', '家', 'utilization'],
  ['financing_events_signed_yuan', '银企对接签约金额', 'Amount signed at financing events', '元', 'utilization'],
  ['bank_enterprise_matchmaking_events', '银企对接会', 'Bank–enterprise matchmaking events', '场', 'utilization'],
  ['transfer_contracts', '专利转让合同', 'Patent transfer contracts', '份', 'utilization'],
  ['transferred_patents', '转让专利', 'Transferred patents', '件', 'utilization'],
  ['transfer_contract_amount_yuan', '专利转让合同金额', 'Patent transfer contract amount', '元', 'utilization'],
  ['patent_transactions', '专利交易', 'Patent transactions', '件', 'utilization'],
  ['license_filings', '专利许可备案', 'Licence filings', '件', 'utilization'],
  ['license_amount_yuan', '专利许可金额', 'Licence amount', '元', 'utilization'],
  ['licensed_patents', '许可备案专利', 'Patents in licence filings', '件', 'utilization'],
  ['patent_products_filed', '专利产品备案', 'Patent products filed', '件', 'utilization'],
  ['tech_deals', '技术转移成交', 'Technology deals', '项', 'utilization'],
  ['tech_deal_amount_yuan', '技术转移成交金额', 'Technology deal amount', '元', 'utilization'],
  ['invention_industrialization_projects', '发明专利产业化项目', 'Invention industrialisation projects', '个', 'utilization'],
  ['patent_intensive_product_enterprises', '专利密集型产品备案企业', 'Patent-intensive product enterprises', '家', 'utilization'],
  ['patent_intensive_products_filed', '专利密集型产品备案', 'Patent-intensive products filed', '件', 'utilization'],
  ['patent_enforcement_insurance_policies', '专利执行保险保单', 'Patent enforcement insurance policies', '单', 'utilization'],
  ['patent_infringement_insurance_enterprises', '专利侵权险投保企业', 'Patent infringement insurance enterprises', '家', 'utilization'],
  ['patent_infringement_insurance_yuan', '专利侵权险保额', 'Patent infringement insurance cover', '元', 'utilization'],
  ['trademark_insurance_enterprises', '商标保险投保企业', 'Trademark insurance enterprises', '家', 'utilization'],
  ['trademark_insurance_marks', '商标保险承保商标', 'Trademarks insured', '件', 'utilization'],
  ['trademark_insurance_yuan', '商标保险保额', 'Trademark insurance cover', '元', 'utilization'],
];
// Protection (保护)
const protection: Row[] = [
  ['credit_listings', '列入知识产权信用管理名单', 'IP credit listings', '件', 'protection'],
  ['credit_repairs', '知识产权信用修复', 'IP credit repairs approved', '件', 'protection'],
  ['fairs_protected', '开展知识产权保护的展会', 'Fairs with IP protection', '个', 'protection'],
  ['fair_complaints', '展会知识产权现场投诉', 'IP complaints at fairs', '件', 'protection'],
  ['court_ip_cases_accepted', '法院受理知识产权案件', 'IP cases accepted by courts', '件', 'protection'],
  ['court_ip_cases_concluded', '法院审结知识产权案件', 'IP cases concluded by courts', '件', 'protection'],
  ['court_first_instance_civil_acceptance_rate_pct', '一审民事案件服判息诉率', 'First-instance civil acceptance rate', '%', 'protection', 'flow', 2],
  ['court_within_statutory_limit_pct', '法定审限内结案率', 'Cases closed within the statutory limit', '%', 'protection', 'flow', 2],
  ['police_ip_criminal_cases', '公安侦破侵犯知识产权刑事案件', 'IP criminal cases solved by police', '起', 'protection'],
  ['police_suspects_arrested', '抓获犯罪嫌疑人', 'Suspects arrested', '人', 'protection'],
  ['procuratorate_cases_reviewed', '检察机关审查逮捕案件', 'Cases reviewed for arrest', '件', 'protection'],
  ['procuratorate_persons_arrest_approved', '批准逮捕人数', 'Persons whose arrest was approved', '人', 'protection'],
  ['procuratorate_prosecution_cases', '提起公诉案件', 'Prosecution cases', '件', 'protection'],
  ['procuratorate_prosecution_persons', '提起公诉人数', 'Persons prosecuted', '人', 'protection'],
  ['administrative_penalty_cases', '知识产权行政处罚案件', 'Administrative penalty cases', '件', 'protection'],
  ['administrative_fines_confiscations_yuan', '罚没款', 'Fines and confiscations', '元', 'protection'],
  ['patent_dispute_cases', '专利纠纷案件', 'Patent dispute cases', '件', 'protection'],
  ['patent_infringement_disputes_filed', '专利侵权纠纷立案', 'Patent infringement disputes filed', '件', 'protection'],
  ['patent_disputes_mediated', '专利纠纷调解结案', 'Patent disputes mediated', '件', 'protection'],
  ['patent_disputes_adjudicated', '专利纠纷裁决结案', 'Patent disputes adjudicated', '件', 'protection'],
  ['patent_disputes_pending', '专利纠纷在办', 'Patent disputes pending', '件', 'protection', 'stock'],
  ['patent_disputes_handled', '办理专利纠纷', 'Patent disputes handled', '件', 'protection'],
  ['patent_administrative_rulings', '专利侵权行政裁决', 'Patent administrative rulings', '件', 'protection'],
  ['mediation_judicial_confirmations', '调解协议司法确认', 'Judicial confirmations of mediation', '件', 'protection'],
  ['cases_referred_to_police', '移送公安机关案件', 'Cases referred to police', '件', 'protection'],
  ['cases_referred_back_by_procuratorate', '检察机关反向移送案件', 'Cases referred back by the procuratorate', '件', 'protection'],
  ['clues_referred_between_enforcement_and_police', '行刑双向移送线索', 'Clues exchanged between enforcement and police', '条', 'protection'],
  ['cases_exchanged_police_market', '公安与市场监管互移案件', 'Cases exchanged between police and regulator', '件', 'protection'],
  ['cases_market_to_procuratorate', '市场监管移送检察机关案件', 'Cases referred to the procuratorate', '件', 'protection'],
  ['trademark_cases', '商标违法案件', 'Trademark cases', '件', 'protection'],
  ['trademark_case_value_yuan', '商标案件涉案金额', 'Trademark case value', '元', 'protection'],
  ['trademark_fines_yuan', '商标案件罚没款', 'Trademark fines', '元', 'protection'],
  ['bad_influence_trademark_cases', '不良影响商标案件', 'Cases of marks with bad influence', '件', 'protection'],
  ['counterfeit_patent_cases', '假冒专利案件', 'Counterfeit patent cases', '件', 'protection'],
  ['counterfeit_patent_fines_yuan', '假冒专利罚没款', 'Counterfeit patent fines', '元', 'protection'],
  ['gi_cases', '地理标志违法案件', 'GI cases', '件', 'protection'],
  ['olympic_mark_cases', '奥林匹克标志案件', 'Olympic mark cases', '件', 'protection'],
  ['copyright_piracy_cases', '侵权盗版案件', 'Copyright piracy cases', '件', 'protection'],
  ['patent_infringement_counterfeit_cases', '专利侵权假冒案件', 'Patent infringement and counterfeit cases', '件', 'protection'],
  ['trademark_infringement_counterfeit_cases', '商标侵权假冒案件', 'Trademark infringement and counterfeit cases', '件', 'protection'],
  ['ecommerce_infringement_opinions', '电商平台侵权判定意见', 'E-commerce infringement opinions', '件', 'protection'],
  ['ip_arbitration_cases', '知识产权仲裁案件', 'IP arbitration cases', '件', 'protection'],
  ['special_enforcement_actions', '专项执法行动', 'Special enforcement actions', '次', 'protection'],
  ['individuals_on_serious_dishonesty_list', '列入严重违法失信名单', 'Listed as seriously dishonest', '人', 'protection'],
  ['overseas_rights_assistance_services', '海外维权援助服务', 'Overseas rights-assistance services', '次', 'protection'],
  ['overseas_assistance_requests', '海外纠纷求助受理', 'Overseas dispute requests received', '件', 'protection'],
  ['overseas_assistance_responded_in_time', '海外纠纷求助按时响应', 'Overseas dispute requests answered in time', '件', 'protection'],
  ['overseas_assistance_responded_late', '海外纠纷求助超时响应', 'Overseas dispute requests answered late', '件', 'protection'],
  ['overseas_disputes_handled', '办结海外纠纷', 'Overseas disputes handled', '件', 'protection'],
  ['case_cycle_reduction_vs_statutory_pct', '办案周期较法定时限压缩', 'Case cycle reduction vs statutory limit', '%', 'protection', 'flow', 2],
  ['fast_track_invention_cycle_months', '快速预审发明授权周期', 'Fast-track invention grant cycle', '月', 'protection', 'flow', 1],
  ['fast_track_invention_grant_rate_pct', '快速预审发明授权率', 'Fast-track invention grant rate', '%', 'protection', 'flow', 1],
  ['fast_track_utility_design_grant_rate_pct', '快速预审实用新型外观授权率', 'Fast-track utility/design grant rate', '%', 'protection', 'flow', 1],
  ['abnormal_application_withdrawal_rate_pct', '非正常专利申请撤回率', 'Abnormal application withdrawal rate', '%', 'protection', 'flow', 1],
];
// Management (管理)
const management: Row[] = [
  [
    'national_ip_demonstration_enterprises_cumulative',
    '国家知识产权示范企业（累计）',
    'National IP demonstration enterprises (cumulative)',
    '家',
    'management',
    'stock',
  ],
  [
    'national_ip_advantage_enterprises_cumulative',
    '国家知识产权优势企业（累计）',
    'National IP advantage enterprises (cumulative)',
    '家',
    'management',
    'stock',
  ],
  ['new_national_demonstration_enterprises', '新增国家知识产权示范企业', 'New national demonstration enterprises', '家', 'management'],
  ['new_national_advantage_enterprises', '新增国家知识产权优势企业', 'New national advantage enterprises', '家', 'management'],
  ['new_national_advantage_demo_enterprises', '新增国家知识产权优势示范企业', 'New national advantage/demonstration enterprises', '家', 'management'],
  ['new_provincial_advantage_demo_enterprises', '新增省级知识产权优势示范企业', 'New provincial advantage/demonstration enterprises', '家', 'management'],
  ['national_advantage_demo_enterprises_reviewed', '国家优势示范企业复核', 'National advantage/demo enterprises reviewed', '家', 'management'],
  ['provincial_trademark_brand_demo_enterprises', '省商标品牌示范企业', 'Provincial trademark brand demo enterprises', '家', 'management'],
  ['enterprises_certified_ip_management_standard', '知识产权管理规范贯标企业', 'Enterprises certified to the IP management standard', '家', 'management'],
  ['ip_trusteeship_enterprises', '知识产权托管企业', 'IP trusteeship enterprises', '家', 'management'],
  ['enterprise_navigation_projects', '企业专利导航项目', 'Enterprise patent navigation projects', '个', 'management'],
  ['navigation_reports', '专利导航报告', 'Patent navigation reports', '份', 'management'],
  ['counties_visited', '走访县（市、区）', 'Counties visited', '个', 'management'],
  ['ip_specialists_per_market_supervision_office', '每个市场监管所知识产权专员', 'IP specialists per market-supervision office', '名', 'management', 'stock'],
];
// Service (服务)
const service: Row[] = [
  ['info_platform_registered_enterprises', '信息服务平台注册企业', 'Enterprises registered on the information platform', '家', 'service', 'stock'],
  ['info_platform_clicks', '信息服务平台点击量', 'Information platform clicks', '次', 'service'],
  ['overseas_protection_workstations', '海外知识产权保护工作站', 'Overseas IP protection workstations', '个', 'service', 'stock'],
  ['new_rights_assistance_workstations', '新增维权援助工作站', 'New rights-assistance workstations', '个', 'service'],
  ['new_protection_workstations', '新增保护工作站', 'New protection workstations', '个', 'service'],
  ['new_overseas_assistance_workstations', '新增海外维权援助工作站', 'New overseas assistance workstations', '个', 'service'],
  ['gi_mark_user_approvals', '地理标志专用标志使用核准', 'GI mark user approvals', '家', 'service'],
  ['trainings', '知识产权培训', 'IP trainings', '场', 'service'],
  ['trainees', '培训人次', 'Trainees', '人次', 'service'],
  ['high_value_patent_trainings', '高价值专利培训', 'High-value patent trainings', '场', 'service'],
  ['trademark_brand_trainings', '商标品牌培训', 'Trademark brand trainings', '场', 'service'],
  ['ip_operation_trainings', '知识产权运营培训', 'IP operation trainings', '场', 'service'],
  ['pledge_financing_trainings', '质押融资培训', 'Pledge financing trainings', '场', 'service'],
  ['overseas_ip_trainings', '海外知识产权培训', 'Overseas IP trainings', '场', 'service'],
  ['trademark_window_businesses', '商标受理窗口业务', 'Trademark window transactions', '件', 'service'],
  ['trademark_window_consultations', '商标受理窗口咨询', 'Trademark window consultations', '次', 'service'],
  ['ip_subsidies_paid_yuan', '知识产权资助奖补', 'IP subsidies paid', '元', 'service'],
  ['enterprises_served_one_to_one', '一对一服务企业', 'Enterprises served one-to-one', '家', 'service'],
  ['enterprises_briefed', '宣讲覆盖企业', 'Enterprises briefed', '家', 'service'],
  ['preexam_requests_received', '预审请求受理', 'Pre-examination requests received', '件', 'service'],
  ['preexam_requests_completed', '预审请求办结', 'Pre-examination requests completed', '件', 'service'],
  ['preexam_registered_entities', '预审备案主体', 'Pre-examination registered entities', '家', 'service', 'stock'],
  ['preexam_entities_passed_cnipa_review', '通过国知局审核备案主体', 'Entities passing CNIPA review', '家', 'service', 'stock'],
  ['innovation_entities_guided', '指导创新主体', 'Innovation entities guided', '家', 'service'],
  ['mediation_organisations', '知识产权调解组织', 'IP mediation organisations', '家', 'service', 'stock'],
  ['peoples_mediation_organisations', '人民调解组织', "People's mediation organisations", '家', 'service', 'stock'],
  ['industry_mediation_organisations', '行业调解组织', 'Industry mediation organisations', '家', 'service', 'stock'],
  ['ip_arbitration_institutions', '知识产权仲裁机构', 'IP arbitration institutions', '家', 'service', 'stock'],
  ['ip_arbitrators', '知识产权仲裁员', 'IP arbitrators', '名', 'service', 'stock'],
  ['patent_agencies_introduced', '引进专利代理机构', 'Patent agencies introduced', '家', 'service'],
  ['ip_service_platforms', '知识产权服务平台', 'IP service platforms', '个', 'service', 'stock'],
  ['new_brand_guidance_stations', '新增商标品牌指导站', 'New brand guidance stations', '个', 'service'],
  ['enterprise_needs_open', '企业诉求未答复', 'Enterprise needs awaiting an answer', '项', 'service', 'stock'],
  ['enterprise_needs_collected', '走访收集企业诉求', 'Enterprise needs collected on visits', '项', 'service'],
  ['ip_info_service_outlets', '知识产权信息公共服务网点', 'IP information service outlets', '个', 'service', 'stock'],
];

const PATENT_LAW: IndicatorSource = {
  document: '《中华人民共和国专利法》（2020年修正）第三十九条、第四十条、第四十二条、第四十四条、第四十七条',
  issuer: '全国人民代表大会常务委员会',
  date: '2020-10-17',
};
const PLAN_13TH: IndicatorSource = {
  document: '《“十三五”国家知识产权保护和运用规划》（国发〔2016〕86号），主要指标“每万人口发明专利拥有量”',
  issuer: '国务院',
  date: '2016-12-30',
};
const PLAN_14TH: IndicatorSource = {
  document: '《“十四五”国家知识产权保护和运用规划》（国发〔2021〕20号），主要指标“每万人口高价值发明专利拥有量”及其注释',
  issuer: '国务院',
  date: '2021-10-09',
};
const EFFECTIVE =
  '基准日有效的发明专利：已授权公告，未届满保护期限（含期限补偿），未因未缴年费终止（自应缴年费期满之日起），未被宣告全部无效，未放弃；申请日不详者保护期限不能确定，不计入';
const BY_HOLDER = '按基准日当前专利权人（而非申请时的申请人）地址归属区划；专利权转移登记后随新权利人所在区划计';
const HIGH_VALUE =
  '有效发明专利中符合以下之一者：战略性新兴产业的发明专利；在海外有同族专利权的发明专利；维持年限超过10年的发明专利；实现较高质押融资金额的发明专利；获得国家科学技术奖或中国专利奖的发明专利';
const POPULATION = '本区划人口（万人），按该区划、该年度设置的人口基数（人口普查常住人口或年末常住人口），基数及其来源随数值标明';

/** Catalogue entries whose 口径 is registered with its source document. */
const calibers: Record<string, IndicatorCaliber> = {
  effective_invention_patents: {
    definition: `${EFFECTIVE}。${BY_HOLDER}`,
    numerator: '本区划有效发明专利件数',
    denominator: null,
    source: PATENT_LAW,
  },
  high_value_invention_patents: {
    definition: `${HIGH_VALUE}。${BY_HOLDER}`,
    numerator: '本区划高价值发明专利件数',
    denominator: null,
    source: PLAN_14TH,
  },
  effective_invention_patents_per_10k: {
    definition: `每万人口发明专利拥有量 = 有效发明专利件数 ÷ 人口 × 10000。${EFFECTIVE}；国内口径不含港澳台。${BY_HOLDER}`,
    numerator: '本区划有效发明专利件数（按当前专利权人地址）',
    denominator: POPULATION,
    source: PLAN_13TH,
  },
  high_value_invention_patents_per_10k: {
    definition: `每万人口高价值发明专利拥有量 = 高价值发明专利件数 ÷ 人口 × 10000。${HIGH_VALUE}。${BY_HOLDER}`,
    numerator: '本区划高价值发明专利件数（按当前专利权人地址）',
    denominator: POPULATION,
    source: PLAN_14TH,
  },
  patent_grants: {
    definition: '授权公告日在统计期内的专利（发明、实用新型、外观设计）',
    numerator: '统计期内授权公告的专利件数',
    denominator: null,
    source: PATENT_LAW,
  },
  invention_patent_grants: {
    definition: '授权公告日在统计期内的发明专利',
    numerator: '统计期内授权公告的发明专利件数',
    denominator: null,
    source: PATENT_LAW,
  },
};

/** The registered 口径 of a key, else one stated from the entry itself, its source not registered. */
function caliberOf(key: string, zh: string, unit: string, aggregation: 'stock' | 'flow'): IndicatorCaliber {
  const known = calibers[key];
  if (known) return known;
  const rate = unit === '%';
  return {
    definition: rate ? `${zh}（百分比），按填报来源文件的口径` : aggregation === 'stock' ? `${zh}：统计期末（基准日）的存量` : `${zh}：统计期内的发生量`,
    numerator: rate ? `${zh}的分子，按填报来源文件` : `${zh}（${unit}）`,
    denominator: rate ? `${zh}的分母，按填报来源文件` : null,
    source: null,
  };
}

const perCapita: IndicatorDef[] = [
  {
    key: 'effective_invention_patents_per_10k',
    zh: '每万人口发明专利拥有量',
    en: 'Effective invention patents per 10,000 population',
    unit: '件/万人',
    link: 'creation',
    decimals: 1,
    aggregation: 'stock',
    perCapitaOf: 'effective_invention_patents',
    caliber: caliberOf('effective_invention_patents_per_10k', '每万人口发明专利拥有量', '件/万人', 'stock'),
  },
  {
    key: 'high_value_invention_patents_per_10k',
    zh: '每万人口高价值发明专利拥有量',
    en: 'High-value invention patents per 10,000 population',
    unit: '件/万人',
    link: 'creation',
    decimals: 2,
    aggregation: 'stock',
    perCapitaOf: 'high_value_invention_patents',
    caliber: caliberOf('high_value_invention_patents_per_10k', '每万人口高价值发明专利拥有量', '件/万人', 'stock'),
  },
];

const fromRow = ([key, zh, en, unit, link, aggregation = 'flow', decimals]: Row): IndicatorDef => ({
  key,
  zh,
  en,
  unit,
  link,
  aggregation,
  decimals: decimals ?? (unit === '%' ? 2 : 0),
  ...(unit === '元' ? { amount: true } : {}),
  caliber: caliberOf(key, zh, unit, aggregation),
});

/** Every indicator, in display order (chain link, then as listed). */
export const indicatorCatalogue: readonly IndicatorDef[] = [
  ...creation.slice(0, 2).map(fromRow),
  ...perCapita,
  ...creation.slice(2).map(fromRow),
  ...utilization.map(fromRow),
  ...protection.map(fromRow),
  ...management.map(fromRow),
  ...service.map(fromRow),
];

const byKey = new Map(indicatorCatalogue.map((d) => [d.key, d]));

/** The catalogue entry of a key, or undefined. */
export function findIndicator(key: string): IndicatorDef | undefined {
  return byKey.get(key);
}

export const ZIndicatorKey = z
  .string()
  .trim()
  .refine((k) => byKey.has(k), '未知的指标代码');

export const ZIndicatorDefinition = z.enum(['computed', 'reported']);
export type IndicatorDefinition = z.infer<typeof ZIndicatorDefinition>;

export const ZIndicatorSource = z.object({ document: z.string(), issuer: z.string(), date: z.string() });
export const ZIndicatorCaliber = z.object({
  definition: z.string(),
  numerator: z.string(),
  denominator: z.string().nullable(),
  source: ZIndicatorSource.nullable(),
});

export const ZIndicator = z.object({
  key: z.string(),
  zh: z.string(),
  en: z.string(),
  unit: z.string(),
  link: ZChainLink,
  decimals: z.number().int(),
  aggregation: z.enum(['stock', 'flow']),
  perCapitaOf: z.string().nullable(),
  /** computed: a provider derives it from the platform's data; reported: entered and reviewed by staff. */
  definition: ZIndicatorDefinition,
  /** What the computation counts (for computed indicators). */
  method: z.string().nullable(),
  /** 统计口径: definition, numerator, denominator and source document (null: not registered, shown as "—"). */
  caliber: ZIndicatorCaliber,
});
export type Indicator = z.infer<typeof ZIndicator>;
export const ZIndicatorCatalogue = z.object({ items: z.array(ZIndicator) });

/**
 * The catalogue's units in both languages. A Chinese counter word has no English counterpart on a figure
 * ("1,234 件" is "1,234"), so those are empty in English; measures keep a name ("per 10k people").
 */
export const indicatorUnitNames: Readonly<Record<string, { zh: string; en: string }>> = {
  件: { zh: '件', en: '' },
  个: { zh: '个', en: '' },
  项: { zh: '项', en: '' },
  条: { zh: '条', en: '' },
  份: { zh: '份', en: '' },
  家: { zh: '家', en: 'firms' },
  场: { zh: '场', en: 'events' },
  次: { zh: '次', en: 'times' },
  人: { zh: '人', en: 'people' },
  名: { zh: '名', en: 'people' },
  人次: { zh: '人次', en: 'person-times' },
  笔: { zh: '笔', en: 'deals' },
  起: { zh: '起', en: 'cases' },
  单: { zh: '单', en: 'orders' },
  月: { zh: '月', en: 'months' },
  元: { zh: '元', en: 'yuan' },
  '%': { zh: '%', en: '%' },
  '件/万人': { zh: '件/万人', en: 'per 10k people' },
};

/** A catalogue unit in the interface language (an unknown unit is shown as it is). */
export function indicatorUnitName(unit: string, lang: string): string {
  const names = indicatorUnitNames[unit];
  if (!names) return unit;
  return lang === 'en' ? names.en : names.zh;
}
