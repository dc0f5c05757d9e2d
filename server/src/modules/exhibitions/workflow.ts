import { defineWorkflow } from '../../platform/workflow.js';

/**
 * An on-site complaint at a fair's desk: the desk (the organiser, a party of the fair) or the bureau passes it
 * on to the IP office or resolves it, recording the outcome and the measures taken (exhibits withdrawn …).
 */
export const complaintWorkflow = defineWorkflow<'open' | 'passed_on' | 'resolved', 'pass_on' | 'resolve'>({
  name: 'fair-complaint',
  title: '展会现场投诉',
  ownerLabel: '被投诉参展企业',
  partyLabels: { handler: '展会主办方（投诉受理台）' },
  statusLabels: { open: '已受理，待处理', passed_on: '已移交知识产权管理部门', resolved: '已处理完毕' },
  actionLabels: { pass_on: '移交处理', resolve: '作出处理' },
  transitions: [
    { action: 'pass_on', from: ['open'], to: 'passed_on', who: ['exhibition.manage', 'handler'] },
    { action: 'resolve', from: ['open', 'passed_on'], to: 'resolved', who: ['exhibition.manage', 'handler'] },
  ],
  en: {
    ownerLabel: 'the exhibitor complained of',
    partyLabels: { handler: 'the organiser (complaint desk)' },
    statusLabels: { open: 'Received, awaiting handling', passed_on: 'Passed on to the IP office', resolved: 'Resolved' },
    actionLabels: { pass_on: 'Pass on', resolve: 'Resolve' },
  },
});
