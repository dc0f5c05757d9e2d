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
  'credit.restricted': {
    zh: '{{subject}}因“{{behaviour}}”被{{authority}}列入知识产权信用管理名单（{{decisionNo}}，{{startsOn}}至{{endsOn}}），依规不予办理',
    en: '{{subject}} is on the IP credit list of {{authority}} for “{{behaviourEn}}” ({{decisionNo}}, {{startsOn}} to {{endsOn}}); the step is refused under the credit rules',
  },
} as const;
