import type { AssistanceStatus } from '@zhichan/contract';
import { defineWorkflow } from '../../platform/workflow.js';

/**
 * An enterprise's request for help with an overseas dispute (海外纠纷求助): staff triage it and assign an
 * expert of the pool or a workstation; the response clock (working days, setting `overseas.response_days`)
 * runs from the assignment; the assignee responds, then closes it with a summary; the enterprise rates it.
 * Staff of the enterprise's region may also act for a workstation that has no organisation on the platform.
 */
export const requestWorkflow = defineWorkflow<AssistanceStatus, 'assign' | 'respond' | 'close' | 'rate'>({
  name: 'overseas-request',
  title: '海外纠纷求助',
  ownerLabel: '求助企业',
  partyLabels: { expert: '指派专家', handler: '承办工作站' },
  statusLabels: {
    submitted: '待分派',
    assigned: '已分派，待响应',
    responded: '已响应，办理中',
    closed: '已办结，待评价',
    rated: '已评价',
  },
  actionLabels: { assign: '分派专家或工作站', respond: '响应', close: '办结', rate: '评价' },
  transitions: [
    { action: 'assign', from: ['submitted'], to: 'assigned', who: 'overseas.manage' },
    { action: 'respond', from: ['assigned'], to: 'responded', who: ['expert', 'handler', 'overseas.manage'] },
    { action: 'close', from: ['responded'], to: 'closed', who: ['expert', 'handler', 'overseas.manage'] },
    { action: 'rate', from: ['closed'], to: 'rated', who: 'owner' },
  ],
  clocks: { assigned: { days: 5, unit: 'working', label: '响应时限', setting: 'overseas.response_days' } },
  en: {
    ownerLabel: 'the requesting enterprise',
    partyLabels: { expert: 'the assigned expert', handler: 'the assigned workstation' },
    statusLabels: {
      submitted: 'Awaiting triage',
      assigned: 'Assigned, awaiting response',
      responded: 'Responded, in progress',
      closed: 'Closed, awaiting rating',
      rated: 'Rated',
    },
    actionLabels: { assign: 'Assign an expert or workstation', respond: 'Respond', close: 'Close', rate: 'Rate' },
  },
});
