/**
 * Coded texts of clock suspension (platform) and of case handling (投诉举报, 行政处罚, 专利侵权纠纷): refusals
 * and work-queue steps. Spread into the catalogue by `messages.ts`.
 */
export const casesMessages = {
  // —— Clocks (期限中止/恢复/延长) ——
  'clocks.already_paused': { zh: '期限已于 {{on}} 中止，须先恢复计算', en: 'The clock has been suspended since {{on}}; resume it first' },
  'clocks.not_paused': { zh: '期限未中止，无需恢复', en: 'The clock is not suspended; there is nothing to resume' },
  'clocks.nothing_running': { zh: '没有正在计算的期限可以中止', en: 'No running clock to suspend' },
  'clocks.date_before_start': {
    zh: '日期 {{on}} 早于期限起算日 {{start}}',
    en: 'The date {{on}} is before the clock started ({{start}})',
  },
  'clocks.date_before_pause': { zh: '恢复日期 {{on}} 早于中止日期 {{pausedOn}}', en: 'The resumption date {{on}} is before the suspension ({{pausedOn}})' },
  'clocks.date_future': { zh: '日期 {{on}} 晚于今天，不能预先登记', en: 'The date {{on}} is in the future and cannot be recorded in advance' },
  'clocks.already_extended': {
    zh: '“{{label}}”已延长 {{days}} 日，只能延长一次',
    en: 'The clock “{{label}}” has already been extended by {{days}} days; it can be extended only once',
  },
  'clocks.stopped': { zh: '“{{label}}”已于 {{on}} 结束，不能再延长或中止', en: 'The clock “{{label}}” ended on {{on}}; it cannot be extended or suspended' },
  'clocks.expired': {
    zh: '“{{label}}”已于 {{due}} 届满，不能再执行该步骤',
    en: 'The time limit “{{label}}” ran out on {{due}}; this step can no longer be taken',
  },

  // —— Complaints and reports (投诉举报) ——
  'cases.complaint_not_anonymous': {
    zh: '投诉须署名并留下联系方式（匿名仅限举报）',
    en: 'A complaint must give the complainant’s name and contact (only a report may be anonymous)',
  },
  'cases.source_kind_unknown': {
    zh: '来源案件类型“{{recordType}}”不可用：只能选择行政处罚案件或专利侵权纠纷案件',
    en: 'Source record type “{{recordType}}” cannot be used: choose a penalty case or a patent dispute',
  },
  'cases.region_unknown': { zh: '行政区划 {{region}} 不存在', en: 'Region {{region}} does not exist' },
  'cases.only_complaints_accepted': {
    zh: '举报无需受理，核查后直接分流',
    en: 'A report is not accepted or refused; it is checked and triaged',
  },
  'cases.tracking_unknown': { zh: '查询码不存在，请核对', en: 'No item has this tracking code; please check it' },

  // —— Administrative penalty cases (行政处罚) ——
  'cases.date_future': { zh: '日期 {{on}} 晚于今天', en: 'The date {{on}} is in the future' },
  'cases.date_before': { zh: '日期 {{on}} 早于{{what}}（{{date}}）', en: 'The date {{on}} is before {{whatEn}} ({{date}})' },
  'cases.fine_out_of_range': {
    zh: '罚款 {{fine}} 元超出法定幅度（{{min}}–{{max}} 元）',
    en: 'The fine of {{fine}} yuan is outside the legal range ({{min}}–{{max}} yuan)',
  },
  'cases.hearing_window_open': {
    zh: '当事人可在 {{due}} 前申请听证，期满前不能作出处罚决定',
    en: 'The party may ask for a hearing until {{due}}; no decision can be made before then',
  },
  'cases.hearing_not_requested': { zh: '当事人未申请听证', en: 'The party has not asked for a hearing' },
  'cases.respondent_unknown': {
    zh: '当事人单位不存在或不是企业',
    en: 'The respondent organisation does not exist or is not an enterprise',
  },
  'cases.fine_patent_gains': {
    zh: '专利法第六十八条：违法所得 {{amount}} 元（五万元以上），可处违法所得五倍以下的罚款',
    en: 'Patent Law art. 68: illegal gains of {{amount}} yuan (50,000 or more): a fine of up to 5 times the gains',
  },
  'cases.fine_patent_flat': {
    zh: '专利法第六十八条：没有违法所得或者违法所得在五万元以下，可处二十五万元以下的罚款',
    en: 'Patent Law art. 68: no illegal gains, or gains under 50,000 yuan: a fine of up to 250,000 yuan',
  },
  'cases.fine_trademark_turnover': {
    zh: '商标法第六十条：违法经营额 {{amount}} 元（五万元以上），可处违法经营额五倍以下的罚款',
    en: 'Trademark Law art. 60: illegal turnover of {{amount}} yuan (50,000 or more): a fine of up to 5 times the turnover',
  },
  'cases.fine_trademark_flat': {
    zh: '商标法第六十条：没有违法经营额或者违法经营额不足五万元，可处二十五万元以下的罚款',
    en: 'Trademark Law art. 60: no illegal turnover, or under 50,000 yuan: a fine of up to 250,000 yuan',
  },
  'cases.fine_special_marks': {
    zh: '特殊标志管理条例第十六条（幅度为可配置设置，未经核实）：违法所得五倍以下；无违法所得的 {{flat}} 元以下',
    en: 'Special marks regulation art. 16 (a configurable setting, not verified): up to 5 times the illegal gains; without gains up to {{flat}} yuan',
  },
  'cases.fine_repeat': {
    zh: '五年内实施两次以上商标侵权行为，应当从重处罚：请在裁量理由中说明从重情节',
    en: 'A second trademark infringement within 5 years is punished more heavily: the reasons must say how',
  },
  'cases.fine_confiscate': {
    zh: '另应没收、销毁侵权商品和主要用于制造侵权商品、伪造注册商标标识的工具（或没收违法所得）',
    en: 'Infringing goods and the tools used mainly to make them are also confiscated and destroyed (or the illegal gains confiscated)',
  },

  // —— Work-queue steps (待我处理) ——
  'work.complaint_accept': { zh: '投诉待受理', en: 'Complaint awaiting acceptance' },
  'work.report_check': { zh: '举报待核查分流', en: 'Report awaiting check and triage' },
  'work.complaint_triage': { zh: '投诉待分流', en: 'Complaint awaiting triage' },
  'work.case_open': { zh: '案件线索待立案', en: 'Case clue awaiting the decision to open' },
  'work.case_decide': { zh: '案件待作出处罚决定', en: 'Case awaiting a decision' },
  'work.case_hearing_window': { zh: '听证申请期限内', en: 'Within the time to ask for a hearing' },
  'work.case_hearing': { zh: '案件待举行听证', en: 'Case awaiting its hearing' },
  'work.case_publish': { zh: '处罚决定待公示', en: 'Penalty decision awaiting publication' },
} as const;
export const disputeMessages = {
  'cases.dispute_not_simple': {
    zh: '不符合简易程序条件：{{criteria}}',
    en: 'The simple procedure does not apply: {{criteria}}',
  },
  'cases.expert_not_found': { zh: '指派的单位不存在', en: 'The organisation assigned does not exist' },
  'cases.dispute_extended_simple': { zh: '简易程序案件不能延长审理期限，请转为普通程序', en: 'A simple-procedure case cannot be extended' },
  'work.dispute_accept': { zh: '专利纠纷请求待受理', en: 'Patent dispute request awaiting acceptance' },
  'work.dispute_serve': { zh: '专利纠纷待送达答辩通知', en: 'Patent dispute: copy to be served on the respondent' },
  'work.dispute_conclude': { zh: '专利纠纷待结案', en: 'Patent dispute awaiting its decision' },
} as const;
