import type { FilingStatus } from '@zhichan/contract';
import { defineWorkflow } from '../../platform/workflow.js';

/**
 * Review of a filing (备案审核): the enterprise submits, the bureau approves (a filing number is
 * issued), returns it for correction with reasons, or refuses it; a returned filing is resubmitted.
 */
export const filingWorkflow = defineWorkflow<FilingStatus, 'approve' | 'return' | 'reject' | 'resubmit'>({
  name: 'filing',
  title: '备案审核',
  ownerLabel: '备案企业',
  statusLabels: { submitted: '待审核', returned: '退回补正', approved: '已备案', rejected: '不予备案' },
  actionLabels: { approve: '准予备案', return: '退回补正', reject: '不予备案', resubmit: '补正后重新提交' },
  transitions: [
    { action: 'approve', from: ['submitted'], to: 'approved', who: 'utilization.review' },
    { action: 'return', from: ['submitted'], to: 'returned', who: 'utilization.review' },
    { action: 'reject', from: ['submitted'], to: 'rejected', who: 'utilization.review' },
    { action: 'resubmit', from: ['returned'], to: 'submitted', who: 'owner' },
  ],
  clocks: { submitted: { days: 7, unit: 'working', label: '审核时限', setting: 'filings.review_days' } },
});
