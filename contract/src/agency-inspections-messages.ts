/** Agency supervision (双随机一公开) catalogue entries: refusals. Spread into `messageCatalogue`. */
export const agencyInspectionMessages = {
  'agency.seed_recorded': {
    zh: '本计划已于{{drawnAt}}以随机种子“{{seed}}”完成抽取，以已记录的种子为准，不能换种子重新抽取',
    en: 'This plan was drawn on {{drawnAt}} with the seed “{{seed}}”; the recorded seed stands and no other seed may be used',
  },
  'agency.not_drawn': { zh: '本计划尚未抽取', en: 'This plan has not been drawn yet' },
  'agency.empty_pool': {
    zh: '名录中没有可抽取的代理机构或检查人员不足（需要{{needed}}名，现有{{have}}名）',
    en: 'The directories hold no agency to draw, or too few inspectors ({{needed}} needed, {{have}} available)',
  },
  'agency.no_replacement': {
    zh: '没有可替换的检查人员：回避后每个对象仍需至少{{needed}}名检查人员',
    en: 'No inspector is left to replace the recused one: each object needs at least {{needed}} inspectors',
  },
  'agency.not_assigned': { zh: '该检查人员不在本对象的检查组中', en: 'This inspector is not on this object’s team' },
  'agency.plan_exists': { zh: '{{year}}年度本地区的抽查计划已存在', en: 'A {{year}} inspection plan for this region already exists' },
  'agency.finding_unknown': {
    zh: '检查事项“{{item}}”不在本计划的检查清单中',
    en: 'The item “{{item}}” is not on this plan’s checklist',
  },
  'agency.already_concluded': { zh: '该对象的检查结果已登记', en: 'This object’s result has already been recorded' },
  'agency.not_concluded': { zh: '检查结果尚未登记，不能公示', en: 'The result has not been recorded; it cannot be published' },
  'agency.already_published': { zh: '该检查结果已公示', en: 'This result has already been published' },
} as const;
