/**
 * Exhibition protection (展会知识产权保护) catalogue entries: refusals, the desk notice, the commitment text and
 * the names of outcomes and measures. Spread into `messageCatalogue`.
 */
export const exhibitionMessages = {
  'exhibitions.desk_required': {
    zh: '本届展会展期{{days}}天（{{min}}天及以上），依《展会知识产权保护办法》应设立知识产权投诉机构，平台已为其设立投诉受理台',
    en: 'This fair runs {{days}} days ({{min}} or more): under the exhibition IP rules it must have an IP complaint desk, and the platform has set one up',
  },
  'exhibitions.desk_optional': {
    zh: '本届展会展期{{days}}天（不足{{min}}天），未强制设立投诉机构',
    en: 'This fair runs {{days}} days (fewer than {{min}}): a complaint desk is not required',
  },
  'exhibitions.fair_ended': {
    zh: '展会“{{name}}”已于{{endsOn}}闭幕，不能再办理此项',
    en: 'The fair “{{nameEn}}” closed on {{endsOn}}; this step can no longer be taken',
  },
  'exhibitions.not_holder': {
    zh: '专利{{appNo}}的专利权人不是本企业，也未取得其许可，不能报备为本企业展品',
    en: 'Your enterprise neither holds patent {{appNo}} nor holds a licence under it; it cannot be filed as your exhibit',
  },
  'exhibitions.patent_not_in_force': {
    zh: '专利{{appNo}}在展会开幕日{{on}}不处于有效状态，不能报备',
    en: 'Patent {{appNo}} is not in force on the opening day {{on}}; it cannot be filed',
  },
  'exhibitions.already_filed': { zh: '该专利已报备为本届展会的展品', en: 'This patent is already filed as an exhibit at this fair' },
  'exhibitions.already_committed': {
    zh: '本企业已签署本届展会的不侵权承诺',
    en: 'Your enterprise has already signed the non-infringement commitment for this fair',
  },
  'exhibitions.barred': {
    zh: '本企业在“{{series}}”两届展会被认定侵权，依规不得参加第{{edition}}届',
    en: 'Your enterprise was found infringing at two editions of “{{seriesEn}}” and is barred from edition {{edition}}',
  },
  'exhibitions.no_desk': { zh: '本届展会未设立投诉受理台', en: 'This fair has no complaint desk' },
  'exhibitions.not_during_fair': {
    zh: '现场投诉只在展期内（{{startsOn}}至{{endsOn}}）受理',
    en: 'On-site complaints are taken only while the fair is open ({{startsOn}} to {{endsOn}})',
  },
  'exhibitions.respondent_unknown': { zh: '被投诉参展企业不存在', en: 'The exhibitor complained of does not exist' },
  'exhibitions.organiser_unknown': { zh: '主办单位不存在', en: 'The organiser does not exist' },
  'exhibitions.duplicate_edition': {
    zh: '“{{series}}”第{{edition}}届已登记',
    en: 'Edition {{edition}} of “{{seriesEn}}” is already registered',
  },
  'exhibitions.commitment_text': {
    zh: '本企业承诺：参展展品及其宣传材料不侵犯他人的专利权、商标权、著作权等知识产权；如被投诉并经认定侵权，立即撤展并配合处理；自愿接受展会主办方和知识产权管理部门的监督。',
    en: 'We undertake that our exhibits and their promotional materials infringe no patent, trademark, copyright or other IP right of others; if a complaint is upheld we withdraw the exhibits at once and co-operate; we accept the supervision of the organiser and the IP authorities.',
  },
  'exhibitions.outcome.infringing': { zh: '认定侵权', en: 'Found infringing' },
  'exhibitions.outcome.not_infringing': { zh: '不构成侵权', en: 'Not infringing' },
  'exhibitions.outcome.settled': { zh: '双方和解', en: 'Settled' },
  'exhibitions.outcome.withdrawn': { zh: '投诉撤回', en: 'Complaint withdrawn' },
  'exhibitions.measure.exhibits_withdrawn': { zh: '撤下展品', en: 'Exhibits withdrawn' },
  'exhibitions.measure.materials_removed': { zh: '撤除宣传材料', en: 'Promotional materials removed' },
  'exhibitions.measure.booth_closed': { zh: '封闭展位', en: 'Booth closed' },
  'exhibitions.measure.referred_for_enforcement': { zh: '移交执法处理', en: 'Referred for enforcement' },
} as const;
