/**
 * Coded notes of the workbench (工作台), part of the message catalogue (`messages.ts` spreads them in).
 * A role whose own services are not on the platform yet is told so instead of being shown staff cards.
 */
export const workbenchMessages = {
  'workbench.bank_pending': {
    zh: '金融服务（知识产权质押融资申请受理、评估与登记）模块即将上线，上线后贵行的待办将显示在这里。现在可以检索专利、查看开放许可目录。',
    en: 'The finance services (IP-backed loan applications, valuation and pledge registration) are coming; your bank’s work will appear here then. Meanwhile you can search patents and browse the open-licence catalogue.',
  },
  'workbench.enforcement_pending': {
    zh: '案件协作（线索移送、案件办理）模块即将上线，上线后移送给本单位的案件将显示在这里。现在可以检索专利与商标登记信息。',
    en: 'Case co-operation (referrals and case handling) is coming; cases referred to your unit will appear here then. Meanwhile you can search the patent and trademark registers.',
  },
  'workbench.mediator_pending': {
    zh: '纠纷调解模块即将上线，上线后分派给本组织的调解案件将显示在这里。现在可以检索专利与商标登记信息。',
    en: 'Dispute mediation is coming; cases assigned to your organisation will appear here then. Meanwhile you can search the patent and trademark registers.',
  },
  'workbench.public_pending': {
    zh: '面向公众的服务（咨询、维权援助申请）即将上线。现在可以检索专利、浏览开放许可目录与技术供需。',
    en: 'Services for the public (enquiries, enforcement-assistance requests) are coming. Meanwhile you can search patents and browse the open-licence catalogue and technology supply and demand.',
  },
} as const;
