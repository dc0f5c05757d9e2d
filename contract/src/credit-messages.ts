/**
 * Credit management (信用管理) catalogue entries: the names of the listed behaviours and of the measures, and
 * the refusal every module gives when a listing restricts a step. Spread into `messageCatalogue`.
 */
export const creditMessages = {
  'credit.behaviour.abnormal_patent_application': {
    zh: '不以保护创新为目的的非正常专利申请行为',
    en: 'Abnormal patent applications not aimed at protecting innovation',
  },
  'credit.behaviour.malicious_trademark_application': { zh: '恶意商标注册申请行为', en: 'Malicious trademark registration applications' },
  'credit.behaviour.illegal_agency': {
    zh: '违法从事专利、商标代理并受到行政处罚',
    en: 'Illegal patent or trademark agency conduct, administratively penalised',
  },
  'credit.behaviour.false_materials': {
    zh: '提交虚假材料或以欺骗手段取得资助、奖励或费用减缴',
    en: 'False materials or deception to obtain funding, awards or fee reductions',
  },
  'credit.behaviour.breached_commitment': { zh: '适用信用承诺被认定承诺不实或未履行承诺', en: 'A credit commitment found untrue or not kept' },
  'credit.behaviour.refused_compliance': { zh: '拒不履行行政决定或司法裁判', en: 'Refusing to comply with an administrative decision or a court ruling' },
  'credit.behaviour.other_statutory': {
    zh: '法律、行政法规和国家政策规定的其他失信情形',
    en: 'Other breaches of trust named by law, regulation or state policy',
  },
  'credit.measure.funding_review': { zh: '从严审查资助、奖励和费用减缴', en: 'Strict review of funding, awards and fee reductions' },
  'credit.measure.award_exclusion': { zh: '不予评优评先及示范、优势企业等资格', en: 'Excluded from awards and demonstration or advantage titles' },
  'credit.measure.key_supervision': { zh: '列为重点监管对象', en: 'Placed under key supervision' },
  'credit.measure.no_credit_commitment': { zh: '不适用信用承诺制', en: 'Credit commitments not accepted' },
  'credit.repair_not_yet': {
    zh: '信用修复申请自列入之日起满{{months}}个月方可提出，本条列入自{{startsOn}}起，可于{{opensOn}}起申请',
    en: 'A credit repair may be applied for {{months}} months after listing; this listing started on {{startsOn}}, so applications open on {{opensOn}}',
  },
  'credit.repair_pending': { zh: '该列入已有待审核的信用修复申请，请等待审核结果', en: 'A repair application for this listing is already awaiting review' },
  'credit.not_in_force': {
    zh: '该列入已不在有效期内（{{status}}），无需申请信用修复',
    en: 'This listing is no longer in force ({{statusEn}}); no repair is needed',
  },
  'credit.person_no_org': {
    zh: '自然人列入名单不对应平台机构，不能在线申请信用修复',
    en: 'A listing of a natural person has no organisation on the platform; its repair is not applied for online',
  },
  'credit.subject_not_found': { zh: '被列入名单的主体不存在或不在本辖区', en: 'The listed organisation does not exist or is outside your jurisdiction' },
  'credit.status.in_force': { zh: '列入中', en: 'Listed' },
  'credit.status.revoked': { zh: '已撤销', en: 'Revoked' },
  'credit.status.repaired': { zh: '已信用修复', en: 'Repaired' },
  'credit.status.expired': { zh: '已期满移出', en: 'Expired' },
  'credit.restricted': {
    zh: '{{subject}}因“{{behaviour}}”被{{authority}}列入知识产权信用管理名单（{{decisionNo}}，{{startsOn}}至{{endsOn}}），依规不予办理',
    en: '{{subject}} is on the IP credit list of {{authority}} for “{{behaviourEn}}” ({{decisionNo}}, {{startsOn}} to {{endsOn}}); the step is refused under the credit rules',
  },
} as const;
