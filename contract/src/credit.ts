import { z } from 'zod';

/**
 * IP credit management (知识产权信用管理规定, CNIPA 2022). The listed behaviours and the measures a listing
 * imposes are data: the codes below are stable; their Chinese and English names are in the message catalogue
 * (`credit.behaviour.<code>`, `credit.measure.<code>`).
 */
export const creditBehaviours = [
  /** 不以保护创新为目的的非正常专利申请行为 */
  'abnormal_patent_application',
  /** 恶意商标注册申请行为 */
  'malicious_trademark_application',
  /** 违法从事专利、商标代理并受到行政处罚 */
  'illegal_agency',
  /** 提交虚假材料或以欺骗手段取得资助、奖励、减缴等 */
  'false_materials',
  /** 适用信用承诺被认定承诺不实或未履行承诺 */
  'breached_commitment',
  /** 对需要履行的行政决定或司法裁判拒不履行 */
  'refused_compliance',
  /** 法律、行政法规和党中央、国务院政策文件规定的其他情形 */
  'other_statutory',
] as const;
export const ZCreditBehaviour = z.enum(creditBehaviours);
export type CreditBehaviour = z.infer<typeof ZCreditBehaviour>;

/** Measures a listing imposes; modules ask `creditRestrictions(db, orgId, onDate, measure)` before acting. */
export const creditMeasures = [
  /** 从严审查资助、奖励和费用减缴等（融资支持、贴息、奖补） */
  'funding_review',
  /** 不予评优评先、取消示范/优势企业等资格（白名单、认定） */
  'award_exclusion',
  /** 列为重点监管对象 */
  'key_supervision',
  /** 不适用信用承诺制 */
  'no_credit_commitment',
] as const;
export const ZCreditMeasure = z.enum(creditMeasures);
export type CreditMeasure = z.infer<typeof ZCreditMeasure>;
