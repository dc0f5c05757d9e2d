/**
 * Coded messages of overseas dispute guidance (海外维权) and the key trademark protection list (重点商标),
 * part of the message catalogue (`messages.ts` spreads them in).
 */
export const overseasMessages = {
  'overseas.country_code': {
    zh: '国家/地区代码应为两位字母（ISO 3166，如 US、DE）',
    en: 'A country or area code has two letters (ISO 3166, e.g. US, DE)',
  },
  'overseas.ipc_format': { zh: 'IPC 分类号格式有误（如 H01M 或 H01M10/05）', en: 'Wrong IPC format (e.g. H01M or H01M10/05)' },
  'overseas.assign_one': { zh: '请指派一位专家或一个工作站（二选一）', en: 'Assign either one expert or one workstation' },
  'overseas.warning_scope': { zh: '请至少指定国家/地区或 IPC 分类', en: 'Name at least a country or an IPC class' },
  'overseas.expert_conflict': {
    zh: '专家“{{name}}”与本求助存在利益冲突（{{party}}），不能指派',
    en: 'The expert “{{name}}” has a conflict of interest with this request ({{party}}) and cannot be assigned',
  },
  'overseas.expert_unavailable': { zh: '专家“{{name}}”当前不接受指派', en: 'The expert “{{name}}” is not taking assignments at present' },
  'overseas.expert_no_account': {
    zh: '专家“{{name}}”尚未开通平台账号（未关联机构），不能在平台上办理求助',
    en: 'The expert “{{name}}” has no platform account (no organisation linked) and cannot handle requests on the platform',
  },
  'overseas.expert_is_requester': { zh: '专家所在机构即求助企业本身', en: "The expert's organisation is the requesting enterprise itself" },
  'overseas.entry_retired': { zh: '“{{name}}”已停用，不能指派', en: '“{{name}}” is retired and cannot be assigned' },
  'overseas.conflict_named': { zh: '回避对象：{{party}}', en: 'Declared conflict: {{party}}' },
  'overseas.org_not_found': { zh: '关联的机构不存在', en: 'The linked organisation does not exist' },
  'overseas.org_wrong_kind': {
    zh: '关联的机构类型不符（专家账号机构应为知识产权服务机构、高校或个人）',
    en: 'The linked organisation is of the wrong kind (an expert account belongs to an IP service agency, a university or an individual)',
  },
  'keymarks.mark_or_trademark': {
    zh: '请选择登记簿中的商标，或填写商标文字和权利人',
    en: 'Choose a trademark of the register, or enter the mark and its holder',
  },
  'keymarks.already_listed': {
    zh: '该商标已在重点商标保护名录中（{{listedOn}} 列入）',
    en: 'This mark is already on the key trademark list (listed {{listedOn}})',
  },
  'keymarks.already_removed': { zh: '该商标已于 {{removedOn}} 移出名录', en: 'This mark was removed from the list on {{removedOn}}' },
  'keymarks.removed_before_listed': { zh: '移出日期不能早于列入日期（{{listedOn}}）', en: 'The removal date cannot be before the listing date ({{listedOn}})' },
  'keymarks.id_list': { zh: '应为以逗号分隔的正整数', en: 'Comma-separated positive whole numbers' },
  'keymarks.date_future': { zh: '列入或移出名录的日期不能晚于今天', en: 'The listing or removal date cannot be later than today' },
  'gi.not_authorised_user': {
    zh: '“{{org}}”不是地理标志“{{gi}}”的合法使用人（核准使用人名单中没有该主体，或核准已过期），相关投诉不予受理分流',
    en: 'The organisation is not an authorised user of the geographical indication (not on its list of approved users, or the approval has expired); the complaint is not triaged',
  },
  'gi.not_found': { zh: '地理标志不存在', en: 'The geographical indication does not exist' },
  // Work-queue steps (待我处理).
  'work.overseas_triage': { zh: '海外纠纷求助待分派', en: 'Overseas dispute request awaiting triage' },
  'work.overseas_respond': { zh: '海外纠纷求助待响应', en: 'Overseas dispute request awaiting a response' },
  'work.overseas_close': { zh: '海外纠纷求助待办结', en: 'Overseas dispute request awaiting closure' },
  'work.overseas_rate': { zh: '海外纠纷求助待评价', en: 'Overseas dispute request awaiting your rating' },
} as const;
