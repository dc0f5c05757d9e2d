/**
 * Coded refusals and notes of IP finance (#13: products, pre-check, financing applications), part of the message
 * catalogue (`messages.ts` spreads them in).
 */
export const financeMessages = {
  'finance.amount_range': { zh: '最高额度不能低于最低额度', en: 'The maximum amount cannot be below the minimum' },
  'finance.term_range': { zh: '最长期限不能短于最短期限', en: 'The longest term cannot be shorter than the shortest' },
  'finance.term_end_before_start': { zh: '到期日须晚于起始日', en: 'The term must end after it starts' },
  'finance.not_a_lender': {
    zh: '只有银行、保险或担保机构可以发布金融产品',
    en: 'Only a bank, insurer or guarantor can publish finance products',
  },
  'finance.product_not_listed': { zh: '该产品未上架，不能申请', en: 'This product is not listed and cannot be applied for' },
  'finance.product_no_pending': { zh: '该产品没有待审核的版本', en: 'This product has no version waiting for review' },
  'finance.product_already_delisted': { zh: '该产品已下架', en: 'This product is already delisted' },
  'finance.region_not_served': {
    zh: '该产品不服务贵企业所在地区（{{region}}）',
    en: 'This product does not serve your region ({{region}})',
  },
  'finance.amount_outside_product': {
    zh: '申请金额须在产品额度 {{min}}–{{max}} 元之内',
    en: 'The amount must lie within the product range of {{min}}–{{max}} yuan',
  },
  'finance.term_outside_product': {
    zh: '申请期限须在产品期限 {{min}}–{{max}} 个月之内',
    en: 'The term must lie within the product range of {{min}}–{{max}} months',
  },
  'finance.live_application_exists': {
    zh: '贵企业已有该产品的在办申请（编号 {{id}}），办结或撤回前不能重复申请',
    en: 'Your enterprise already has a live application for this product (no. {{id}}); it must be closed or withdrawn first',
  },
  'finance.collateral_not_held': {
    zh: '质押物“{{label}}”不是贵企业登记持有的，不能用作质押',
    en: 'The collateral “{{label}}” is not registered to your enterprise and cannot be pledged',
  },
  'finance.collateral_not_in_force': {
    zh: '质押物“{{label}}”不在有效期内，不能用作质押',
    en: 'The collateral “{{label}}” is not in force and cannot be pledged',
  },
  'finance.collateral_pledged': {
    zh: '专利“{{label}}”已有未注销的质押登记（{{registration}}），不能再次质押',
    en: 'The patent “{{label}}” is already under a pledge in force ({{registration}}) and cannot be pledged again',
  },
  'finance.collateral_in_other_application': {
    zh: '质押物“{{label}}”已用于在办申请（编号 {{id}}）',
    en: 'The collateral “{{label}}” is already offered in a live application (no. {{id}})',
  },
  'finance.collateral_required': {
    zh: '质押贷款须至少选择一项质押物',
    en: 'A pledge loan needs at least one item of collateral',
  },
  'finance.consent_revoked': {
    zh: '企业已撤回查看其知识产权信息的同意，银行不能再查看或办理',
    en: 'The enterprise has revoked its consent to show its IP facts; the bank can no longer see or work them',
  },
  'finance.consent_already_revoked': { zh: '该同意已撤回', en: 'This consent is already revoked' },
  'finance.consent_active': { zh: '该申请已有有效的同意，无需重复授权', en: 'This application already has a consent in force' },
  'finance.application_closed': { zh: '该申请已办结，不能再授权', en: 'This application is closed; no consent can be given' },
  'finance.disbursed_above_approved': {
    zh: '放款金额不能超过批准金额 {{approved}} 元',
    en: 'The amount disbursed cannot exceed the approved {{approved}} yuan',
  },
  'finance.approved_above_product': {
    zh: '批准金额不能超过产品最高额度 {{max}} 元',
    en: 'The approved amount cannot exceed the product maximum of {{max}} yuan',
  },
  'finance.date_in_future': { zh: '日期不能晚于今天', en: 'The date cannot be later than today' },
  'finance.date_before_approval': { zh: '放款日不能早于批准日', en: 'Disbursement cannot be dated before the approval' },
  'finance.attachment_not_found': {
    zh: '评估报告附件不存在或不是本机构上传的',
    en: 'The valuation report was not found or was not uploaded by your organisation',
  },
  'work.finance_product_review': { zh: '金融产品待审核', en: 'Finance product awaiting review' },
  'work.finance_accept': { zh: '融资申请待受理', en: 'Financing application awaiting acceptance' },
  'work.finance_decide': { zh: '融资申请待审批', en: 'Financing application awaiting a decision' },
  'work.finance_disburse': { zh: '融资已批准待放款', en: 'Approved financing awaiting disbursement' },
} as const;
