import { reportedStatusLabels, type ReportedStatus } from '@zhichan/contract';
import { defineWorkflow } from '../../platform/workflow.js';

/**
 * Review of a reported figure (数据审核): a second person approves or returns it. A figure on hold
 * (implausible jump, garbled source) is reviewed the same way, with the hold reason shown.
 */
export const reportedWorkflow = defineWorkflow<ReportedStatus, 'approve' | 'reject'>({
  name: 'reported_figure',
  statusLabels: reportedStatusLabels,
  actionLabels: { approve: '审核通过', reject: '退回' },
  en: {
    statusLabels: { pending: 'Awaiting review', on_hold: 'On hold (doubtful)', approved: 'Approved', rejected: 'Returned' },
    actionLabels: { approve: 'Approve', reject: 'Return' },
  },
  transitions: [
    { action: 'approve', from: ['pending', 'on_hold'], to: 'approved', who: 'indicator.review' },
    { action: 'reject', from: ['pending', 'on_hold'], to: 'rejected', who: 'indicator.review' },
  ],
});
