import type { FilingStatus } from '@zhichan/contract';
import { defineWorkflow } from '../../platform/workflow.js';

/**
 * A filing (备案): the enterprise submits; the bureau receives and checks it (受理初审) and forwards it, returns it
 * for correction with reasons, or refuses it at the check. The filing itself is the competent authority's act
 * (CNIPA, or the CNIPA 代办处 this deployment is, setting `authority.delegated`): recording its number and date
 * (登记登记机关办理结果) makes it filed; the same authority's change (变更) or cancellation (注销) follows.
 */
export const filingWorkflow = defineWorkflow<FilingStatus, 'approve' | 'return' | 'reject' | 'resubmit' | 'register' | 'change' | 'cancel'>({
  name: 'filing',
  title: '备案（受理初审 → 登记机关备案）',
  ownerLabel: '备案企业',
  statusLabels: {
    submitted: '待受理初审',
    returned: '退回补正',
    forwarded: '初审通过，待登记机关办理',
    approved: '登记机关已备案',
    rejected: '初审不通过',
    cancelled: '已注销',
  },
  actionLabels: {
    approve: '受理初审通过',
    return: '退回补正',
    reject: '初审不通过',
    resubmit: '补正后重新提交',
    register: '登记登记机关备案号',
    change: '登记备案变更',
    cancel: '登记备案注销',
  },
  transitions: [
    { action: 'approve', from: ['submitted'], to: 'forwarded', who: 'utilization.review' },
    { action: 'return', from: ['submitted'], to: 'returned', who: 'utilization.review' },
    { action: 'reject', from: ['submitted'], to: 'rejected', who: 'utilization.review' },
    { action: 'resubmit', from: ['returned'], to: 'submitted', who: 'owner' },
    { action: 'register', from: ['forwarded'], to: 'approved', who: ['utilization.review', 'owner'] },
    { action: 'change', from: ['approved'], to: 'approved', who: ['utilization.review', 'owner'] },
    { action: 'cancel', from: ['approved'], to: 'cancelled', who: ['utilization.review', 'owner'] },
  ],
  en: {
    ownerLabel: 'the filing enterprise',
    statusLabels: {
      submitted: 'Awaiting the first check',
      returned: 'Returned for correction',
      forwarded: 'First check passed, awaiting the registering authority',
      approved: 'Filed by the registering authority',
      rejected: 'First check failed',
      cancelled: 'Cancelled',
    },
    actionLabels: {
      approve: 'Pass the first check',
      return: 'Return for correction',
      reject: 'Fail the first check',
      resubmit: 'Resubmit after correction',
      register: "Enter the registering authority's filing number",
      change: 'Record a change of the filing',
      cancel: 'Record the cancellation of the filing',
    },
  },
  clocks: { submitted: { days: 7, unit: 'working', label: '初审时限', setting: 'filings.review_days' } },
});
