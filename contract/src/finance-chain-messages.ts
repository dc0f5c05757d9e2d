/**
 * Coded notes of the finance chain (#13): a pledge registration started from an approved financing application.
 * Part of the message catalogue (`messages.ts` spreads them in).
 */
export const financeChainMessages = {
  'pledge.financing_not_approved': {
    zh: '融资申请{{id}}未获银行批准（或不存在），不能据此发起质押登记',
    en: 'Financing application {{id}} has not been approved by the bank (or does not exist); a pledge cannot be started from it',
  },
  'pledge.financing_other_enterprise': {
    zh: '融资申请{{id}}不是本企业的申请，不能据此发起质押登记',
    en: 'Financing application {{id}} is not this enterprise’s; a pledge cannot be started from it',
  },
  'pledge.financing_other_bank': {
    zh: '质权人须为批准融资申请{{id}}的银行（{{bank}}）',
    en: 'The pledgee must be the bank that approved financing application {{id}} ({{bank}})',
  },
  'pledge.financing_not_pledge_loan': {
    zh: '融资申请{{id}}的产品不是质押贷款，不需要办理质押登记',
    en: 'Financing application {{id}} is not for a pledge loan; no pledge registration is needed',
  },
  'pledge.financing_already_linked': {
    zh: '融资申请{{id}}已有质押登记申请（编号{{pledgeId}}），不能重复发起',
    en: 'Financing application {{id}} already has pledge application {{pledgeId}}',
  },
  'finance.guarantor_guarantee_only': {
    zh: '融资担保机构只能发布担保类产品',
    en: 'A financing guarantor can publish guarantee products only',
  },
} as const;
