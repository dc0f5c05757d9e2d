/**
 * The bulletin's wording as data: paragraphs by chain link, each of sentences; a sentence is a lead
 * ("截至2023年底，全市") and clauses. A clause names figures as `{key}` (the value), `{key:yoy}`
 * (增长31.7%) or `{key:rank}` (the published provincial rank); parts in [brackets] are optional and
 * drop out when their figure is missing. A clause whose required figures are missing drops out, a
 * sentence without clauses drops out, a paragraph without sentences drops out — never a zero.
 * Lead words: {end} 2023年底, {during} 2023年 / 2023年1—10月, {scope} 全市 / 全县 / 全区 / 全镇.
 */
export interface SentenceTemplate {
  lead: string;
  clauses: string[];
}
export interface ParagraphTemplate {
  link: 'creation' | 'utilization' | 'protection' | 'management' | 'service';
  heading: string;
  sentences: SentenceTemplate[];
}

const yoy = (k: string) => `[，同比{${k}:yoy}]`;
const rank = (k: string) => `[，居全省第{${k}:rank}位]`;

export const bulletinTemplate: ParagraphTemplate[] = [
  {
    link: 'creation',
    heading: '知识产权创造',
    sentences: [
      {
        lead: '截至{end}，{scope}',
        clauses: [
          `有效发明专利{effective_invention_patents}${rank('effective_invention_patents')}${yoy('effective_invention_patents')}`,
          `万人有效发明专利{effective_invention_patents_per_10k}${yoy('effective_invention_patents_per_10k')}`,
          `高价值发明专利{high_value_invention_patents}${yoy('high_value_invention_patents')}`,
          `万人高价值发明专利{high_value_invention_patents_per_10k}${yoy('high_value_invention_patents_per_10k')}`,
          `有效注册商标{effective_registered_trademarks}${rank('effective_registered_trademarks')}${yoy('effective_registered_trademarks')}`,
        ],
      },
      {
        lead: '{during}，{scope}',
        clauses: [
          `专利授权{patent_grants}${yoy('patent_grants')}`,
          `发明专利授权{invention_patent_grants}${yoy('invention_patent_grants')}`,
          `PCT国际专利申请{pct_applications}${yoy('pct_applications')}`,
          `商标申请{trademark_applications}${rank('trademark_applications')}`,
          `商标注册{trademark_registrations}${rank('trademark_registrations')}`,
        ],
      },
      {
        lead: '{scope}拥有',
        clauses: [
          '地理标志保护产品{gi_products}',
          `地理标志证明商标{gi_certification_trademarks}${rank('gi_certification_trademarks')}`,
          '地理标志{geographical_indications}',
        ],
      },
      {
        lead: '累计',
        clauses: [
          '获中国专利奖{china_patent_awards_cumulative}',
          '培育国家知识产权示范企业{national_ip_demonstration_enterprises_cumulative}',
          '国家知识产权优势企业{national_ip_advantage_enterprises_cumulative}',
        ],
      },
    ],
  },
  {
    link: 'utilization',
    heading: '知识产权运用',
    sentences: [
      {
        lead: '{during}，{scope}',
        clauses: [
          '发布专利开放许可声明{open_license_declarations}',
          '达成许可{open_license_deals}',
          '惠及中小企业{open_license_smes_benefited}',
          '实施开放许可{open_license_implementations}',
        ],
      },
      {
        lead: '{scope}',
        clauses: [
          `办理专利质押登记{patent_pledge_registrations}${rank('patent_pledge_registrations')}${yoy('patent_pledge_registrations')}`,
          `质押金额{patent_pledge_amount_yuan}${rank('patent_pledge_amount_yuan')}${yoy('patent_pledge_amount_yuan')}`,
          `知识产权质押融资{ip_pledge_amount_yuan}${yoy('ip_pledge_amount_yuan')}`,
        ],
      },
      {
        lead: '',
        clauses: [
          '{banks_registering_ip_pledge_loans}银行开展知识产权质押登记',
          '普惠性专利质押贷款{inclusive_patent_pledge_loans}、金额{inclusive_patent_pledge_amount_yuan}',
          '发放质押融资贴息{pledge_interest_subsidy_paid_yuan}',
          '惠及企业{pledge_interest_subsidy_enterprises}',
        ],
      },
    ],
  },
  {
    link: 'protection',
    heading: '知识产权保护',
    sentences: [
      {
        lead: '{scope}法院',
        clauses: [
          '受理知识产权案件{court_ip_cases_accepted}',
          '审结{court_ip_cases_concluded}',
          '一审民事案件服判息诉率{court_first_instance_civil_acceptance_rate_pct}',
          '法定审限内结案率{court_within_statutory_limit_pct}',
        ],
      },
      { lead: '公安机关', clauses: ['侦破侵犯知识产权刑事案件{police_ip_criminal_cases}', '抓获犯罪嫌疑人{police_suspects_arrested}'] },
      {
        lead: '检察机关',
        clauses: [
          '审查逮捕案件{procuratorate_cases_reviewed}',
          '批准逮捕{procuratorate_persons_arrest_approved}',
          '提起公诉案件{procuratorate_prosecution_cases}',
          '提起公诉{procuratorate_prosecution_persons}',
        ],
      },
      {
        lead: '市场监管部门',
        clauses: [
          '查处知识产权行政处罚案件{administrative_penalty_cases}',
          '罚没款{administrative_fines_confiscations_yuan}',
          '办理专利纠纷案件{patent_dispute_cases}',
          '调解协议司法确认{mediation_judicial_confirmations}',
          '向公安机关移送案件{cases_referred_to_police}',
          '检察机关反向移送案件{cases_referred_back_by_procuratorate}',
          '办案周期较法定时限压缩{case_cycle_reduction_vs_statutory_pct}',
        ],
      },
    ],
  },
  { link: 'management', heading: '知识产权管理', sentences: [] },
  {
    link: 'service',
    heading: '知识产权服务',
    sentences: [
      {
        lead: '{scope}',
        clauses: [
          '知识产权信息服务平台注册企业{info_platform_registered_enterprises}',
          '平台点击量{info_platform_clicks}',
          '建成海外知识产权保护工作站{overseas_protection_workstations}',
        ],
      },
    ],
  },
];
