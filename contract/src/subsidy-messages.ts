/**
 * Coded lines of the policy engine's computation (`policy.*`) and the interest-subsidy module's refusals and
 * work steps (`subsidy.*`, `lpr.*`, `work.subsidy_*`), part of the message catalogue (`messages.ts` spreads them in).
 * Parameters ending in `En` carry the English of a Chinese label parameter.
 */
export const subsidyMessages = {
  // —— Policy engine: one line per step of a computation ——
  'policy.flag_met': { zh: '条件“{{condition}}”须为“{{required}}”：符合', en: 'Condition “{{conditionEn}}” must be {{requiredEn}}: met' },
  'policy.flag_failed': {
    zh: '条件“{{condition}}”须为“{{required}}”：不符合（申报为“{{actual}}”）',
    en: 'Condition “{{conditionEn}}” must be {{requiredEn}}: not met (declared {{actualEn}})',
  },
  'policy.at_most_met': {
    zh: '条件“{{condition}}”不超过 {{limit}}：申报 {{actual}}，符合',
    en: 'Condition “{{conditionEn}}” at most {{limit}}: declared {{actual}}, met',
  },
  'policy.at_most_failed': {
    zh: '条件“{{condition}}”不超过 {{limit}}：申报 {{actual}}，不符合',
    en: 'Condition “{{conditionEn}}” at most {{limit}}: declared {{actual}}, not met',
  },
  'policy.at_least_met': {
    zh: '条件“{{condition}}”不低于 {{limit}}：申报 {{actual}}，符合',
    en: 'Condition “{{conditionEn}}” at least {{limit}}: declared {{actual}}, met',
  },
  'policy.at_least_failed': {
    zh: '条件“{{condition}}”不低于 {{limit}}：申报 {{actual}}，不符合',
    en: 'Condition “{{conditionEn}}” at least {{limit}}: declared {{actual}}, not met',
  },
  'policy.rate_vs_lpr_met': {
    zh: '贷款年利率 {{rate}}% 不超过 {{month}} 一年期 LPR {{lpr}}% × {{factor}} = {{limit}}%：符合',
    en: 'Loan rate {{rate}}% at most the {{month}} 1-year LPR {{lpr}}% × {{factor}} = {{limit}}%: met',
  },
  'policy.rate_vs_lpr_failed': {
    zh: '贷款年利率 {{rate}}% 超过 {{month}} 一年期 LPR {{lpr}}% × {{factor}} = {{limit}}%：不符合',
    en: 'Loan rate {{rate}}% exceeds the {{month}} 1-year LPR {{lpr}}% × {{factor}} = {{limit}}%: not met',
  },
  'policy.fact_missing': { zh: '缺少“{{fact}}”，无法计算', en: 'Missing “{{factEn}}”: cannot compute' },
  'policy.lpr_missing': { zh: '{{month}} 一年期 LPR 尚未录入，无法计算', en: 'The 1-year LPR of {{month}} is not on record: cannot compute' },
  'policy.rate_lpr': { zh: '计算利率：{{month}} 一年期 LPR {{lpr}}%', en: 'Rate used: the {{month}} 1-year LPR, {{lpr}}%' },
  'policy.rate_actual': { zh: '计算利率：贷款实际年利率 {{rate}}%', en: 'Rate used: the loan’s own annual rate, {{rate}}%' },
  'policy.rate_lower': {
    zh: '计算利率：{{month}} 一年期 LPR {{lpr}}% 与贷款实际年利率 {{actual}}% 取低者，{{rate}}%',
    en: 'Rate used: the lower of the {{month}} 1-year LPR {{lpr}}% and the loan’s own rate {{actual}}%, {{rate}}%',
  },
  'policy.months_capped': {
    zh: '计息 {{months}} 个月，每笔贷款最多补贴 {{max}} 个月，按 {{max}} 个月计',
    en: '{{months}} months of interest; at most {{max}} months per loan, so {{max}} months count',
  },
  'policy.bonus': {
    zh: '符合“{{flags}}”，补贴比例由 {{from}}% 提高为 {{to}}%',
    en: 'Meets “{{flagsEn}}”: the share rises from {{from}}% to {{to}}%',
  },
  'policy.formula_principal': {
    zh: '本金 {{principal}} 元 × 年利率 {{rate}}% × 补贴比例 {{share}}% × {{months}} ÷ 12 个月 = {{amount}} 元',
    en: 'Principal {{principal}} yuan × rate {{rate}}% × share {{share}}% × {{months}} ÷ 12 months = {{amount}} yuan',
  },
  'policy.formula_fact': {
    zh: '{{fact}} {{value}} 元 × 补贴比例 {{share}}% = {{amount}} 元',
    en: '{{factEn}} {{value}} yuan × share {{share}}% = {{amount}} yuan',
  },
  'policy.formula_fixed': { zh: '定额 {{amount}} 元', en: 'Fixed amount {{amount}} yuan' },
  'policy.cap_applied': {
    zh: '{{cap}}上限 {{limit}} 元（已获 {{used}} 元，尚余 {{left}} 元）：{{before}} 元核减为 {{after}} 元',
    en: '{{capEn}} cap {{limit}} yuan ({{used}} already granted, {{left}} left): {{before}} yuan reduced to {{after}} yuan',
  },
  'policy.cap_within': {
    zh: '{{cap}}上限 {{limit}} 元（已获 {{used}} 元，尚余 {{left}} 元）：未超出',
    en: '{{capEn}} cap {{limit}} yuan ({{used}} already granted, {{left}} left): not reached',
  },
  'policy.result': { zh: '核定金额 {{amount}} 元', en: 'Amount granted: {{amount}} yuan' },
  'policy.result_ineligible': { zh: '不符合申报条件，核定金额 0 元', en: 'The conditions are not met: amount 0 yuan' },
  'policy.result_incomplete': { zh: '缺少计算所需数据，暂不能核定金额', en: 'Figures needed for the computation are missing: no amount yet' },

  // —— Interest subsidies (贴息) ——
  'subsidy.policy_unknown': { zh: '贴息政策“{{key}}”不存在', en: 'There is no subsidy policy “{{key}}”' },
  'subsidy.dates_reversed': { zh: '结束日期不能早于开始日期', en: 'The end date cannot be before the start date' },
  'subsidy.interest_exceeds': {
    zh: '实付利息不能超过本金',
    en: 'The interest paid cannot exceed the principal',
  },
  'subsidy.interest_future': {
    zh: '计息期不能晚于今天（只能申报已支付的利息）',
    en: 'The interest period cannot end after today (only interest already paid counts)',
  },
  'subsidy.ineligible': {
    zh: '不符合所选政策的申报条件：{{reasons}}',
    en: 'The conditions of the chosen policy are not met; see the computation',
  },
  'subsidy.duplicate_loan': {
    zh: '同一笔贷款（{{bank}}，合同日期 {{contractDate}}）本期已有申报在办（申报号 {{id}}）',
    en: 'An application for the same loan ({{bank}}, contract of {{contractDate}}) is already open (no. {{id}})',
  },
  'subsidy.batch_region': {
    zh: '申报 {{id}} 不处于“审核通过，待纳入批次”状态，不能纳入批次',
    en: 'Application {{id}} is not approved on review and awaiting a batch, so it cannot join the batch',
  },
  'subsidy.batch_empty': { zh: '批次中没有申报', en: 'The batch has no applications' },
  'subsidy.batch_status': {
    zh: '批次当前为“{{status}}”，不能执行此操作',
    en: 'The batch is “{{statusEn}}”: this step is not possible',
  },
  'subsidy.paid_date_future': { zh: '拨付日期不能晚于今天', en: 'The payment date cannot be after today' },
  'lpr.duplicate': { zh: '{{month}} 的一年期 LPR 已录入', en: 'The 1-year LPR of {{month}} is already on record' },
  'work.subsidy_review': { zh: '贴息申报待审核', en: 'Interest-subsidy application awaiting review' },
  'work.subsidy_returned': { zh: '贴息申报退回补正', en: 'Interest-subsidy application returned for correction' },
} as const;
