import { defineWorkflow } from '../../platform/workflow.js';
import type { SubsidyBatchStatus, SubsidyStatus } from '@zhichan/contract';

/**
 * An interest-subsidy application (贴息申报): the enterprise submits; the bureau reviews (approves with the amount
 * the policy gives, returns for correction, or refuses); approved applications are gathered into a batch, which is
 * approved and then paid (see `batchWorkflow`). The enterprise may withdraw before the review ends.
 */
export const applicationWorkflow = defineWorkflow<SubsidyStatus, 'verify' | 'return' | 'reject' | 'resubmit' | 'withdraw'>({
  name: 'subsidy-application',
  title: '贴息申报',
  ownerLabel: '申报企业',
  statusLabels: {
    submitted: '待审核',
    returned: '退回补正',
    verified: '审核通过，待纳入批次',
    rejected: '审核未通过',
    withdrawn: '已撤回',
    batched: '已纳入批次，待批准',
    approved: '批次已批准，待拨付',
    paid: '已拨付',
  },
  actionLabels: { verify: '审核通过', return: '退回补正', reject: '审核不通过', resubmit: '补正后重新提交', withdraw: '撤回申报' },
  transitions: [
    { action: 'verify', from: ['submitted'], to: 'verified', who: 'subsidy.review' },
    { action: 'return', from: ['submitted'], to: 'returned', who: 'subsidy.review' },
    { action: 'reject', from: ['submitted'], to: 'rejected', who: 'subsidy.review' },
    { action: 'resubmit', from: ['returned'], to: 'submitted', who: 'owner' },
    { action: 'withdraw', from: ['submitted', 'returned'], to: 'withdrawn', who: 'owner' },
  ],
  en: {
    ownerLabel: 'the applying enterprise',
    statusLabels: {
      submitted: 'Awaiting review',
      returned: 'Returned for correction',
      verified: 'Approved on review, awaiting a batch',
      rejected: 'Not approved',
      withdrawn: 'Withdrawn',
      batched: 'In a batch awaiting approval',
      approved: 'Batch approved, awaiting payment',
      paid: 'Paid',
    },
    actionLabels: {
      verify: 'Approve on review',
      return: 'Return for correction',
      reject: 'Do not approve',
      resubmit: 'Resubmit after correction',
      withdraw: 'Withdraw',
    },
  },
  clocks: { submitted: { days: 15, unit: 'working', label: '审核时限', setting: 'subsidies.review_days' } },
});

/** A subsidy batch (贴息批次): approved together (with the approval's document number), then paid. */
export const batchWorkflow = defineWorkflow<SubsidyBatchStatus, 'approve' | 'disburse'>({
  name: 'subsidy-batch',
  title: '贴息批次',
  statusLabels: { draft: '待批准', approved: '已批准，待拨付', paid: '已拨付' },
  actionLabels: { approve: '批准批次', disburse: '登记拨付' },
  transitions: [
    { action: 'approve', from: ['draft'], to: 'approved', who: 'subsidy.review' },
    { action: 'disburse', from: ['approved'], to: 'paid', who: 'subsidy.review' },
  ],
  en: {
    statusLabels: { draft: 'Awaiting approval', approved: 'Approved, awaiting payment', paid: 'Paid' },
    actionLabels: { approve: 'Approve the batch', disburse: 'Record the payment' },
  },
});
