/**
 * Proactive reminders (主动提醒, #16 §2) catalogue entries: the lines of an annual-fee computation, the expiry
 * notes, the policy reasons, the work-queue step and the refusals. Spread into `messageCatalogue`.
 */
export const reminderMessages = {
  'reminders.fee.base': {
    zh: '第{{year}}年度年费 {{fee}} 元（{{kind}}第{{from}}–{{to}}年档，年费标准表）',
    en: 'Annual fee for year {{year}}: {{fee}} yuan ({{kindEn}}, band of years {{from}}–{{to}} in the fee table)',
  },
  'reminders.fee.due': {
    zh: '缴费期限：{{dueOn}} 前（申请日 {{appDate}}，第{{year}}年度自 {{yearStarts}} 起）',
    en: 'Due by {{dueOn}} (filed on {{appDate}}; year {{year}} starts on {{yearStarts}})',
  },
  'reminders.fee.reduction': {
    zh: '开放许可实施期间年费减缴 {{percent}}%（{{basis}}，不与其他减缴叠加）：应缴 {{amount}} 元',
    en: 'Open-licence reduction of {{percent}} % ({{basis}}, not stacked with other reductions): {{amount}} yuan due',
  },
  'reminders.fee.surcharge': {
    zh: '已超过缴费期限 {{months}} 个月：滞纳金 = {{fee}} × 5% × {{months}} = {{surcharge}} 元，合计 {{total}} 元；宽限期至 {{graceEnds}}，逾期未缴专利权自期限届满日起终止',
    en: '{{months}} month(s) late: surcharge = {{fee}} × 5 % × {{months}} = {{surcharge}} yuan, {{total}} yuan in all; the grace period ends on {{graceEnds}}, after which the patent terminates from the due date',
  },
  'reminders.fee.schedule_note': {
    zh: '年费标准表为系统设置（数据表 annual_fee_schedule），按国家知识产权局现行专利收费标准录入；标注“未核实”的档次尚未与现行标准核对',
    en: 'The fee table is a setting (table annual_fee_schedule) entered from CNIPA’s current fee schedule; bands marked “unverified” have not been checked against it',
  },
  'reminders.expiry.pledge': {
    zh: '质押登记 {{no}}（质权人 {{pledgee}}）所担保的债务于 {{endsOn}} 到期，请按期还款并办理质押注销',
    en: 'The debt secured by pledge registration {{no}} (pledgee {{pledgee}}) falls due on {{endsOn}}: repay it and have the pledge released',
  },
  'reminders.expiry.open_licence': {
    zh: '开放许可实施许可 {{no}}（专利 {{appNo}}）于 {{endsOn}} 到期',
    en: 'Open-licence licence {{no}} (patent {{appNo}}) ends on {{endsOn}}',
  },
  'reminders.expiry.licence_filing': {
    zh: '已备案的许可合同“{{title}}”于 {{endsOn}} 到期，续签请重新备案',
    en: 'The filed licence contract “{{title}}” ends on {{endsOn}}; a renewal is filed again',
  },
  'reminders.policy.qualifies': {
    zh: '根据本企业档案和质押登记，“{{name}}”的各项条件均已满足，可申报',
    en: 'From your profile and pledge registrations you meet every condition of “{{nameEn}}”: you may apply',
  },
  'reminders.policy.check': {
    zh: '“{{name}}”暂无不符合的条件，但缺少部分数据，申报时补充后即可测算',
    en: 'No condition of “{{nameEn}}” fails, but some figures are missing: give them when you apply and it is computed',
  },
  'reminders.lapse.not_at_risk': {
    zh: '该专利目前没有处于宽限期的欠缴年费，无需发送提醒',
    en: 'This patent has no annual fee overdue in the grace period: there is nothing to remind',
  },
  'reminders.lapse.no_account': {
    zh: '该专利的权利人没有本平台企业账号，无法发送站内提醒，请电话或书面联系',
    en: 'No holder of this patent has an enterprise account here: contact them by phone or in writing',
  },
  'work.annual_fee_due': { zh: '专利年费待缴纳', en: 'Patent annual fee to pay' },
  'work.annual_fee_overdue': { zh: '专利年费已逾期（宽限期内）', en: 'Patent annual fee overdue (grace period)' },
  'work.expiry_due': { zh: '质押或许可即将到期', en: 'Pledge or licence ending soon' },
} as const;
