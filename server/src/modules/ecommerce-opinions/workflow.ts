import { defineWorkflow } from '../../platform/workflow.js';

/**
 * E-commerce infringement determination opinion (电商侵权判定咨询意见): an e-commerce platform operator or a rights
 * holder asks; the bureau (or its protection centre) issues the opinion within a setting's working days (四川省专利
 * 行政执法办案规范 art. 146: 2 working days for clear cases). The opinion advises the platform; it is not a decision.
 */
export const opinionWorkflow = defineWorkflow<'requested' | 'issued', 'issue'>({
  name: 'ecommerce-opinion',
  title: '电商侵权判定咨询意见',
  statusLabels: { requested: '待出具意见', issued: '已出具意见' },
  actionLabels: { issue: '出具咨询意见' },
  transitions: [{ action: 'issue', from: ['requested'], to: 'issued', who: 'ecommerce.opinion' }],
  en: { statusLabels: { requested: 'Awaiting the opinion', issued: 'Opinion issued' }, actionLabels: { issue: 'Issue the opinion' } },
});
