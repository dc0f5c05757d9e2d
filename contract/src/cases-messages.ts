/**
 * Coded texts of clock suspension (platform) and of case handling (投诉举报, 行政处罚, 专利侵权纠纷): refusals
 * and work-queue steps. Spread into the catalogue by `messages.ts`.
 */
export const casesMessages = {
  // —— Clocks (期限中止/恢复/延长) ——
  'clocks.already_paused': { zh: '期限已于 {{on}} 中止，须先恢复计算', en: 'The clock has been suspended since {{on}}; resume it first' },
  'clocks.not_paused': { zh: '期限未中止，无需恢复', en: 'The clock is not suspended; there is nothing to resume' },
  'clocks.nothing_running': { zh: '没有正在计算的期限可以中止', en: 'No running clock to suspend' },
  'clocks.date_before_start': {
    zh: '日期 {{on}} 早于期限起算日 {{start}}',
    en: 'The date {{on}} is before the clock started ({{start}})',
  },
  'clocks.date_before_pause': { zh: '恢复日期 {{on}} 早于中止日期 {{pausedOn}}', en: 'The resumption date {{on}} is before the suspension ({{pausedOn}})' },
  'clocks.date_future': { zh: '日期 {{on}} 晚于今天，不能预先登记', en: 'The date {{on}} is in the future and cannot be recorded in advance' },
  'clocks.already_extended': {
    zh: '“{{label}}”已延长 {{days}} 日，只能延长一次',
    en: 'The clock “{{label}}” has already been extended by {{days}} days; it can be extended only once',
  },
  'clocks.stopped': { zh: '“{{label}}”已于 {{on}} 结束，不能再延长或中止', en: 'The clock “{{label}}” ended on {{on}}; it cannot be extended or suspended' },
  'clocks.expired': {
    zh: '“{{label}}”已于 {{due}} 届满，不能再执行该步骤',
    en: 'The time limit “{{label}}” ran out on {{due}}; this step can no longer be taken',
  },
} as const;
