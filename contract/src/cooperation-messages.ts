/**
 * Coded refusals and work-queue steps of protection co-operation (行刑衔接, 调解, 电商侵权判定咨询意见),
 * part of the message catalogue (`messages.ts` spreads them in).
 */
export const cooperationMessages = {
  'coop.org_kind': { zh: '所选机构不是{{kind}}', en: 'The organisation chosen is not a {{kindEn}}' },
  'coop.not_procuratorate': { zh: '只有检察院可以反向移送案件', en: 'Only a procuratorate may refer a case back' },
  'coop.date_future': { zh: '日期不能晚于今天（{{today}}）', en: 'The date cannot be after today ({{today}})' },
  'coop.date_before': { zh: '日期不能早于{{what}}（{{date}}）', en: 'The date cannot be before {{whatEn}} ({{date}})' },
  'coop.reconsideration_lapsed': {
    zh: '申请复议的期限已过：应在收到不予立案决定后3日内（至 {{due}}）提出（行政执法机关移送涉嫌犯罪案件的规定第九条）',
    en: 'The time to ask for reconsideration has passed: it must be asked within 3 days of the refusal (by {{due}})',
  },
  'coop.confirmation_lapsed': {
    zh: '申请司法确认的期限已过：应自调解协议生效之日起30日内（至 {{due}}）申请（民事诉讼法第二百零五条）',
    en: 'The time to apply for judicial confirmation has passed: within 30 days of the agreement (by {{due}})',
  },
  'coop.mediation_org_unregistered': { zh: '该调解组织尚未登记在调解组织名册中', en: 'This mediation organisation is not in the register' },
  'coop.mediation_org_registered': { zh: '该调解组织已在名册中', en: 'This mediation organisation is already in the register' },
  'coop.mediator_not_in_org': { zh: '所选调解员不属于该调解组织', en: 'The mediator chosen does not belong to this organisation' },
  'coop.no_linked_supervision': {
    zh: '只有本院知悉或监督的、公安机关已立案的移送案件可以反向移送',
    en: 'Only a case in this procuratorate’s supervision that the police accepted can be referred back from it',
  },
  'coop.wrong_direction': {
    zh: '该案件为“{{direction}}”，不能执行“{{action}}”',
    en: 'This case is a {{directionEn}}: the step “{{actionEn}}” does not apply to it',
  },
  'work.referral_head_decision': { zh: '移送涉嫌犯罪案件待负责人决定', en: 'Referral awaiting the head’s decision' },
  'work.referral_handover': { zh: '移送涉嫌犯罪案件待移交公安机关', en: 'Referral awaiting handover to the police' },
  'work.referral_police_decision': { zh: '移送案件待决定是否立案', en: 'Referred case awaiting the decision to open a criminal case' },
  'work.referral_reconsider': { zh: '不予立案待决定是否申请复议', en: 'Refusal: decide whether to ask for reconsideration' },
  'work.referral_reconsider_decision': { zh: '复议申请待公安机关决定', en: 'Reconsideration awaiting the police decision' },
  'work.referral_suggest': { zh: '复议维持不予立案待决定是否建议立案监督', en: 'Refusal upheld: decide whether to ask the procuratorate' },
  'work.referral_supervision': { zh: '立案监督建议待检察院处理', en: 'Supervision request awaiting the procuratorate' },
  'work.reverse_receive': { zh: '反向移送案件待接收', en: 'Case referred back awaiting receipt' },
  'work.reverse_conclude': { zh: '反向移送案件待作出处理决定', en: 'Case referred back awaiting the penalty decision' },
  'work.mediation_open': { zh: '纠纷调解进行中', en: 'Mediation in progress' },
  'work.mediation_confirmation': { zh: '调解协议待申请司法确认', en: 'Agreement awaiting the judicial confirmation application' },
  'work.mediation_court': { zh: '司法确认待登记法院裁定', en: 'Judicial confirmation awaiting the court’s ruling' },
  'work.ecommerce_opinion': { zh: '电商侵权判定咨询待出具意见', en: 'E-commerce infringement opinion to issue' },
} as const;
