/**
 * Coded messages of abnormal-application screening (非正常专利申请筛查, 规范申请专利行为的规定, CNIPA order 77):
 * each signal's explanation on a flag, and the refusals; part of the message catalogue (`messages.ts` spreads them in).
 */
export const abnormalScreeningMessages = {
  'screening.signal.near_duplicate': {
    zh: '专利 {{appNo}} 与 {{otherAppNo}} 的名称、摘要和首项权利要求按二元片段计的相似度为 {{similarity}}%（MinHash/LSH 初筛后逐字复核，阈值 {{threshold}}%），共有 {{shared}} 个相同片段',
    en: 'Patents {{appNo}} and {{otherAppNo}} share {{similarity}}% of the bigrams of their titles, abstracts and first claims (MinHash/LSH candidates checked exactly; threshold {{threshold}}%), {{shared}} bigrams in common',
  },
  'screening.signal.burst': {
    zh: '申请人“{{applicant}}”在 {{month}} 提交专利申请 {{count}} 件，是其此前 {{months}} 个月月均申请量（{{average}} 件）的 {{ratio}} 倍（阈值：不少于 {{minCount}} 件且不低于月均的 {{factor}} 倍）',
    en: 'The applicant “{{applicant}}” filed {{count}} applications in {{month}}, {{ratio}} times its monthly average of the previous {{months}} months ({{average}}); threshold: at least {{minCount}} and {{factor}} times the average',
  },
  'screening.signal.cluster': {
    zh: '地址“{{address}}”下有 {{applicants}} 个不同申请人共提交专利申请 {{count}} 件（阈值：不少于 {{minApplicants}} 个申请人）：{{names}}',
    en: 'At the address “{{address}}”, {{applicants}} different applicants filed {{count}} applications (threshold: {{minApplicants}} applicants): {{names}}',
  },
  'screening.signal.transfer': {
    zh: '申请人“{{applicant}}”有 {{count}} 件专利在申请后 {{days}} 日内即登记转让（阈值：不少于 {{minCount}} 件），受让人：{{assignees}}',
    en: 'The applicant “{{applicant}}” had {{count}} patents transferred within {{days}} days of filing (threshold: {{minCount}}); assignees: {{assignees}}',
  },
  'screening.no_org': {
    zh: '该线索的申请人未关联平台上的机构，不能关联信用名单',
    en: 'The applicant of this flag is not linked to an organisation on the platform, so no credit listing can be linked',
  },
  'screening.not_confirmed': { zh: '只有已确认的线索可以关联信用名单', en: 'Only a confirmed flag can be linked to a credit listing' },
  'screening.listing_mismatch': {
    zh: '信用名单 {{listingId}} 不是该申请人现行有效的“非正常专利申请”列入记录',
    en: 'Credit listing {{listingId}} is not a listing in force of this applicant for abnormal patent applications',
  },
} as const;
