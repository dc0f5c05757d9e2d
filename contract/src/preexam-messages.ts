/** Fast pre-examination (专利快速预审) catalogue entries: refusals and notes. Spread into `messageCatalogue`. */
export const preexamMessages = {
  'preexam.not_registered': {
    zh: '本企业不是有效的预审备案主体（未备案、备案未通过或已过有效期），不能提交预审请求；保护中心的产业领域为：{{fields}}',
    en: 'Your enterprise is not a valid registered entity (not registered, refused, or expired) and cannot file a pre-examination request; the centre’s fields are: {{fields}}',
  },
  'preexam.out_of_field': {
    zh: '分类号{{ipc}}不在保护中心获批的产业领域内（{{fields}}），不能提交预审',
    en: 'IPC {{ipc}} is outside the centre’s approved fields ({{fields}}); it cannot be pre-examined here',
  },
  'preexam.no_fields': {
    zh: '保护中心（{{centre}}）尚未设置获批的产业领域，暂不能受理备案',
    en: 'The centre ({{centre}}) has no approved fields yet; registration is not open',
  },
  'preexam.entity_exists': {
    zh: '本企业已有备案申请或有效备案，请勿重复申请',
    en: 'Your enterprise already has a registration application or a valid registration',
  },
  'preexam.renew_not_due': {
    zh: '备案有效期至{{validUntil}}，到期前{{days}}天内方可申请续期',
    en: 'The registration is valid until {{validUntil}}; renewal opens {{days}} days before it ends',
  },
  'preexam.max_corrections': {
    zh: '已补正{{count}}次仍有缺陷，依规应作出“预审不合格”结论，不能再次通知补正',
    en: 'After {{count}} corrections defects remain: the request must be found not passed, not sent back again',
  },
  'preexam.cnipa_only_after_pass': {
    zh: '只有预审合格、进入快速通道的申请才能登记国家知识产权局的审查结果',
    en: 'Only a request that passed and entered the fast channel can have CNIPA’s result recorded',
  },
  'preexam.examiner_unknown': {
    zh: '该用户不是本辖区具有预审权限的工作人员',
    en: 'This user is not a staff member with pre-examination rights in your jurisdiction',
  },
  'preexam.withdrawn_no_answer': {
    zh: '补正期限{{dueOn}}届满未答复，预审请求视为撤回',
    en: 'No answer by {{dueOn}}: the pre-examination request is deemed withdrawn',
  },
} as const;
