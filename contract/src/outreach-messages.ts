/**
 * Coded refusals of outreach services (服务网点, 培训活动, 三问两送), part of the message catalogue (`messages.ts`
 * spreads them in).
 */
export const outreachMessages = {
  'outreach.already_registered': { zh: '本企业已报名该活动', en: 'Your enterprise has already registered for this event' },
  'outreach.registration_closed': {
    zh: '该活动已{{state}}，不能再报名',
    en: 'This event is {{stateEn}}: registration is closed',
  },
  'outreach.full': { zh: '该活动名额已满（{{capacity}} 人）', en: 'This event is full ({{capacity}} places)' },
  'outreach.not_enterprise': { zh: '所选机构不是企业', en: 'The organisation chosen is not an enterprise' },
  'outreach.date_future': { zh: '走访或业务登记日期不能晚于今天（{{today}}）', en: 'A visit or business date cannot be after today ({{today}})' },
  'outreach.not_trademark_window': {
    zh: '该网点未开展商标受理窗口业务，不能登记窗口台账',
    en: 'This outlet runs no trademark acceptance window, so no window business can be logged',
  },
  'outreach.attendance_before_event': {
    zh: '活动尚未举办（{{heldOn}}），不能登记出席',
    en: 'The event has not taken place yet ({{heldOn}}): attendance cannot be recorded',
  },
  'work.need_answer': { zh: '企业诉求待答复', en: 'Enterprise need awaiting an answer' },
} as const;
