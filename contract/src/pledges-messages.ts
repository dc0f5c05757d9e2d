/**
 * Coded notes of pledge registration (质押登记), IP insurance and securitization, part of the message catalogue
 * (`messages.ts` spreads them in). `{{asset}}` is a patent's 申请号 or a trademark's 注册号 with its kind.
 */
export const pledgeMessages = {
  // —— The registration rules (CNIPA announcement 461): each refusal names its rule. ——
  'pledge.rule.not_holder': {
    zh: '{{asset}}的登记权利人不是出质人，不能办理质押登记',
    en: '{{asset}}: the pledgor is not its registered holder, so it cannot be pledged',
  },
  'pledge.rule.co_owners': {
    zh: '{{asset}}为共有权利（共有人{{count}}个），须附全体共有人同意出质的书面文件（附件类型：共有人同意书）',
    en: "{{asset}} is co-owned ({{count}} owners): attach every co-owner's written consent to the pledge (attachment type: Co-owners' consent)",
  },
  'pledge.rule.not_in_force': {
    zh: '{{asset}}未授权、已终止或被宣告无效，不能办理质押登记',
    en: '{{asset}} is not granted, has terminated or was invalidated, so it cannot be pledged',
  },
  'pledge.rule.lapses_before_debt': {
    zh: '{{asset}}的有效期至{{expiresOn}}届满，早于债务履行期限届满日{{debtEndsOn}}',
    en: '{{asset}} expires on {{expiresOn}}, before the debt term ends on {{debtEndsOn}}',
  },
  'pledge.rule.unknown_term': {
    zh: '{{asset}}的申请日不详，无法核对债务履行期限是否在权利有效期内',
    en: '{{asset}} has no known filing date, so the debt term cannot be checked against its term',
  },
  'pledge.rule.already_pledged': {
    zh: '{{asset}}已质押且未注销（质押登记号{{registrationNo}}），不能再次办理质押登记',
    en: '{{asset}} is already under a pledge in force (registration {{registrationNo}}), so it cannot be pledged again',
  },
  'pledge.rule.application_pending': {
    zh: '{{asset}}已在另一件质押登记申请（第{{id}}号）中办理，不能重复申请',
    en: '{{asset}} is already in another pending pledge application (no. {{id}})',
  },
  'pledge.rule.suspended': {
    zh: '{{asset}}因权属纠纷中止或被法院保全，不能办理质押登记',
    en: '{{asset}} is suspended for an ownership dispute or preserved by a court, so it cannot be pledged',
  },
  'pledge.rule.fees_unpaid': {
    zh: '{{asset}}未按期缴纳年费（处于滞纳期），不能办理质押登记',
    en: '{{asset}} has unpaid annual fees (in the grace period), so it cannot be pledged',
  },
  'pledge.rule.open_licence': {
    zh: '{{asset}}的开放许可声明尚未撤回（第{{id}}号声明），须附质权人知悉并同意的书面文件（附件类型：质权人同意书）',
    en: "{{asset}} has an open-licence declaration in force (declaration {{id}}): attach the pledgee's written consent (attachment type: Pledgee's consent)",
  },
  'pledge.rules_failed': {
    zh: '不符合质押登记条件（共{{count}}项）：{{list}}',
    en: 'The pledge cannot be registered ({{count}} rules fail): {{listEn}}',
  },
  // —— Bad input. ——
  'pledge.pledgee_not_bank': { zh: '质权人须为平台上的银行或金融机构', en: 'The pledgee must be a bank or financial institution on the platform' },
  'pledge.asset_missing': { zh: '所选的专利或商标不存在', en: 'A chosen patent or trademark does not exist' },
  'pledge.contract_missing': {
    zh: '须上传质押合同（附件类型：合同文本）',
    en: 'Upload the pledge contract (attachment type: Contract)',
  },
  'pledge.identity_missing': {
    zh: '须上传出质人的身份证明文件（附件类型：身份证明文件）',
    en: "Upload the pledgor's identity documents (attachment type: Identity document)",
  },
  'pledge.debt_ended': { zh: '债务履行期限已届满，不能办理质押登记', en: 'The debt term has already ended' },
  'pledge.act_in_future': { zh: '登记机关的办理日期不能晚于今天', en: "The authority's date cannot be after today" },
  'pledge.act_before_filing': {
    zh: '登记机关的办理日期不能早于双方提交申请之日（{{date}}）',
    en: "The authority's date cannot be before the joint application was filed ({{date}})",
  },
  'pledge.act_before_registration': {
    zh: '变更或注销的日期不能早于质押登记日（{{date}}）',
    en: 'A change or release cannot be dated before the registration ({{date}})',
  },
  'pledge.change_debt_past_term': {
    zh: '变更后的债务履行期限（至{{debtEndsOn}}）超出{{asset}}的有效期（{{expiresOn}}届满）',
    en: 'The changed debt term (to {{debtEndsOn}}) runs past the term of {{asset}} (expires {{expiresOn}})',
  },
  // —— Work items (待我处理). ——
  'work.pledge_awaiting_pledgee': { zh: '质押登记申请待质权人确认', en: 'Pledge application awaiting the pledgee' },
  'work.pledge_awaiting_authority': { zh: '质押登记待登记机关办理', en: 'Pledge registration awaiting the authority' },
  // —— Notifications. ——
  'pledge.notice.confirm_requested': {
    zh: '质押登记申请待贵行确认：{{pledgor}}（合同{{contractNo}}）',
    en: 'A pledge application awaits your confirmation: {{pledgor}} (contract {{contractNo}})',
  },
  'pledge.notice.submitted': {
    zh: '质押登记申请已由双方确认提交：合同{{contractNo}}',
    en: 'The pledge application was filed jointly: contract {{contractNo}}',
  },
  'pledge.notice.registered': {
    zh: '质押已登记：{{authority}} 登记号{{number}}（合同{{contractNo}}）',
    en: 'Pledge registered: {{authority}} no. {{number}} (contract {{contractNo}})',
  },
  'pledge.notice.refused': { zh: '质押登记不予登记：合同{{contractNo}}，{{rule}}', en: 'Pledge registration refused: contract {{contractNo}}, {{ruleEn}}' },
  'pledge.notice.declined': { zh: '质权人未确认质押登记申请：合同{{contractNo}}', en: 'The pledgee declined the pledge application: contract {{contractNo}}' },
  'pledge.notice.released': { zh: '质押已注销：登记号{{number}}', en: 'Pledge released: registration {{number}}' },
  // —— Insurance and securitization. ——
  'insurance.insurer_only': { zh: '只有保险机构可以登记知识产权保险保单', en: 'Only an insurer may record IP insurance policies' },
  'insurance.insured_not_enterprise': { zh: '被保险人须为平台上的企业', en: 'The insured must be an enterprise on the platform' },
  'insurance.period_order': { zh: '保险期间的终止日不能早于起始日', en: 'The end of the insurance period cannot be before its start' },
  'insurance.right_missing': { zh: '所保的专利或商标不存在', en: 'An insured patent or trademark does not exist' },
  'insurance.claim_over_sum': {
    zh: '索赔金额（{{amount}}元）超过保险金额（{{sum}}元）',
    en: 'The claim ({{amount}} yuan) exceeds the sum insured ({{sum}} yuan)',
  },
  'insurance.claim_outside_period': {
    zh: '出险日期{{date}}不在保险期间（{{from}}至{{to}}）内',
    en: 'The loss date {{date}} is outside the insurance period ({{from}} to {{to}})',
  },
  'insurance.claim_settled': { zh: '该索赔已结案，不能再次处理', en: 'The claim is already settled' },
  'insurance.paid_over_claim': { zh: '赔付金额不能超过索赔金额', en: 'The amount paid cannot exceed the amount claimed' },
  'securitization.tranches_sum': {
    zh: '各档次金额合计（{{sum}}元）与发行规模（{{amount}}元）不一致',
    en: 'The tranches add up to {{sum}} yuan, not the issue amount of {{amount}} yuan',
  },
  'securitization.originator_missing': { zh: '原始权益人须为平台上的企业', en: 'Each originator must be an enterprise on the platform' },
} as const;
