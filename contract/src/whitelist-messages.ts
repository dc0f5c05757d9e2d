/**
 * Coded texts of the credit white lists (授信白名单): the screening's reasons, the refusals, the feedback
 * workbook's row errors. Part of the message catalogue (`messages.ts` spreads them in).
 */
export const whitelistMessages = {
  // —— Screening reasons: each rule against the enterprise's own figure ——
  'whitelists.reason.inventions': {
    zh: '有效发明专利 {{value}} 件（要求 ≥ {{required}} 件）',
    en: 'Effective invention patents: {{value}} (at least {{required}} required)',
  },
  'whitelists.reason.high_value': {
    zh: '高价值发明专利 {{value}} 件（要求 ≥ {{required}} 件）',
    en: 'High-value invention patents: {{value}} (at least {{required}} required)',
  },
  'whitelists.reason.tag_has': { zh: '具有“{{tag}}”标签', en: 'Carries the tag “{{tagEn}}”' },
  'whitelists.reason.tag_missing': { zh: '没有“{{tag}}”标签（规则要求）', en: 'Lacks the tag “{{tagEn}}” the rules require' },
  'whitelists.reason.credit_clean': {
    zh: '未被列入知识产权信用管理名单（不予评优评先措施）',
    en: 'Not on the IP credit list with a measure excluding it from recognitions',
  },
  'whitelists.reason.credit_listed': {
    zh: '因“{{behaviour}}”被{{authority}}列入知识产权信用管理名单，至 {{endsOn}} 止，不得列入白名单',
    en: 'On the IP credit list for “{{behaviourEn}}” until {{endsOn}}: it may not be put on a white list',
  },
  'whitelists.reason.industry_match': { zh: '所属行业“{{industry}}”符合规则', en: 'Its registered industry matches the rules' },
  'whitelists.reason.industry_miss': { zh: '所属行业“{{industry}}”不在规则所列行业中', en: 'Its registered industry is not one of those of the rules' },
  'whitelists.reason.industry_unknown': { zh: '企业档案未登记所属行业', en: 'The enterprise profile records no industry' },
  'whitelists.reason.ipc_match': { zh: '持有 {{codes}} 领域的有效发明专利', en: 'Holds effective invention patents under {{codes}}' },
  'whitelists.reason.ipc_miss': { zh: '没有 {{codes}} 领域的有效发明专利', en: 'Holds no effective invention patent under {{codes}}' },
  // —— Refusals ——
  'whitelists.not_draft': {
    zh: '该名单已发布或已被替代（第 {{version}} 版），不能再调整或发布；请基于已发布版本生成新版本',
    en: 'This list is published or superseded (version {{version}}) and can no longer be changed or published; make a new version from the published one',
  },
  'whitelists.not_published': { zh: '只有已发布的名单可以推送或生成新版本', en: 'Only a published list can be pushed or revised' },
  'whitelists.already_included': { zh: '该企业已在名单中', en: 'The enterprise is already on the list' },
  'whitelists.not_included': { zh: '该企业不在名单中', en: 'The enterprise is not on the list' },
  'whitelists.enterprise_outside': {
    zh: '只能添加名单所属地区内已实名注册的企业',
    en: "Only registered enterprises of the list's region can be added",
  },
  'whitelists.not_bank': { zh: '推送对象须为银行（金融机构）', en: 'A list can be pushed only to banks' },
  'whitelists.amount_required': { zh: '授信时请填写授信金额（元）', en: 'Give the amount (yuan) of the credit granted' },
  'whitelists.reason_required': { zh: '未授信时请写明原因', en: 'Give the reason the credit was declined' },
  // —— The feedback workbook (银行反馈 Excel): a bad row is refused with its row and column, nothing is written ——
  'whitelists.xlsx.unreadable': { zh: '无法读取 Excel 文件（仅支持 .xlsx）', en: 'The file cannot be read as an Excel workbook (.xlsx only)' },
  'whitelists.xlsx.no_rows': { zh: 'Excel 文件中没有反馈数据行', en: 'The workbook has no feedback rows' },
  'whitelists.xlsx.missing_column': { zh: 'Excel 表头缺少“{{header}}”列', en: 'The header row lacks the column “{{headerEn}}”' },
  'whitelists.xlsx.too_many_rows': { zh: '一次最多导入 {{max}} 行', en: 'At most {{max}} rows can be imported at once' },
  'whitelists.xlsx.required': {
    zh: '第 {{row}} 行 {{column}} 列（{{header}}）：必填',
    en: 'Row {{row}}, column {{column}} ({{headerEn}}): required',
  },
  'whitelists.xlsx.not_on_list': {
    zh: '第 {{row}} 行 {{column}} 列（{{header}}）：该统一社会信用代码不在推送给贵行的名单中',
    en: 'Row {{row}}, column {{column}} ({{headerEn}}): no enterprise with this credit code is on the list pushed to your bank',
  },
  'whitelists.xlsx.duplicate': {
    zh: '第 {{row}} 行 {{column}} 列（{{header}}）：与第 {{first}} 行重复',
    en: 'Row {{row}}, column {{column}} ({{headerEn}}): repeats row {{first}}',
  },
  'whitelists.xlsx.bad_outcome': {
    zh: '第 {{row}} 行 {{column}} 列（{{header}}）：应为 已对接、已申请、已授信 或 未授信',
    en: 'Row {{row}}, column {{column}} ({{headerEn}}): must be contacted, applied, granted or declined',
  },
  'whitelists.xlsx.bad_amount': {
    zh: '第 {{row}} 行 {{column}} 列（{{header}}）：金额应为大于 0、不超过 1 万亿的数字（元）',
    en: 'Row {{row}}, column {{column}} ({{headerEn}}): the amount must be a number above 0 and at most 1e12 yuan',
  },
  'whitelists.xlsx.amount_required': {
    zh: '第 {{row}} 行 {{column}} 列（{{header}}）：已授信须填写授信金额',
    en: 'Row {{row}}, column {{column}} ({{headerEn}}): a granted credit needs its amount',
  },
  'whitelists.xlsx.reason_required': {
    zh: '第 {{row}} 行 {{column}} 列（{{header}}）：未授信须写明原因',
    en: 'Row {{row}}, column {{column}} ({{headerEn}}): a declined credit needs its reason',
  },
  'whitelists.xlsx.bad_text': {
    zh: '第 {{row}} 行 {{column}} 列（{{header}}）：文字过长或含有控制字符',
    en: 'Row {{row}}, column {{column}} ({{headerEn}}): the text is too long or contains control characters',
  },
} as const;
