/**
 * 繁简分流: the criteria for the simple procedure of a patent infringement dispute, as data (provincial rules on
 * 专利侵权纠纷行政裁决 繁简分流; domain-rules.md). A case takes the simple procedure only when every criterion that
 * applies to its patent kind is met.
 */
export interface SimpleCriterion {
  key: string;
  zh: string;
  en: string;
  /** The patent kinds it applies to; all when absent. */
  kinds?: readonly string[];
}

export const simpleCriteria: readonly SimpleCriterion[] = [
  { key: 'facts_clear', zh: '事实清楚', en: 'The facts are clear' },
  { key: 'rights_clear', zh: '权利义务关系明确', en: 'Rights and duties are clear' },
  { key: 'evidence_sufficient', zh: '证据充分', en: 'The evidence is sufficient' },
  { key: 'ownership_undisputed', zh: '权属无争议', en: 'Ownership is not disputed' },
  { key: 'no_invalidation', zh: '专利权未处于无效宣告程序中', en: 'No invalidation request is pending' },
  {
    key: 'evaluation_report_clean',
    zh: '专利权评价报告未发现缺陷（实用新型、外观设计）',
    en: 'The patent right evaluation report found no defect (utility models, designs)',
    kinds: ['utility_model', 'design'],
  },
];

/** The criteria applying to a patent kind, with the answers given (null where none was given). */
export function criteriaFor(kind: string, answers: Record<string, boolean>) {
  return simpleCriteria.filter((c) => !c.kinds || c.kinds.includes(kind)).map((c) => ({ key: c.key, label: c.zh, labelEn: c.en, met: answers[c.key] ?? null }));
}

/** Simple when every applicable criterion is met. */
export function isSimple(kind: string, answers: Record<string, boolean>): boolean {
  return criteriaFor(kind, answers).every((c) => c.met === true);
}
