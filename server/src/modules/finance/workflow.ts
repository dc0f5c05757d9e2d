import type { FinanceApplicationStatus } from '@zhichan/contract';
import { defineWorkflow } from '../../platform/workflow.js';

export type ApplicationAction = 'accept' | 'return' | 'value' | 'approve' | 'decline' | 'disburse' | 'withdraw';

/**
 * A financing application (融资申请) as the bank works it. The bank (the application's counterparty) accepts
 * within the accept clock or returns it with reasons; records the valuation; approves or declines within the
 * decide clock, which runs from acceptance (the valuation does not restart it); and records the disbursement.
 * The enterprise may withdraw before the decision. Both clocks are settings in working days.
 */
export const applicationWorkflow = defineWorkflow<FinanceApplicationStatus, ApplicationAction>({
  name: 'finance-application',
  title: '知识产权融资申请',
  ownerLabel: '申请企业',
  partyLabels: { counterparty: '受理银行' },
  statusLabels: {
    submitted: '待银行受理',
    accepted: '已受理，评估中',
    valued: '已评估，待审批',
    approved: '已批准，待放款',
    disbursed: '已放款',
    returned: '银行退回',
    declined: '未获批准',
    withdrawn: '企业已撤回',
  },
  actionLabels: {
    accept: '受理',
    return: '退回',
    value: '登记评估结果',
    approve: '批准',
    decline: '不予批准',
    disburse: '登记放款',
    withdraw: '撤回申请',
  },
  transitions: [
    { action: 'accept', from: ['submitted'], to: 'accepted', who: 'counterparty' },
    { action: 'return', from: ['submitted'], to: 'returned', who: 'counterparty' },
    { action: 'value', from: ['accepted', 'valued'], to: 'valued', who: 'counterparty' },
    { action: 'approve', from: ['valued'], to: 'approved', who: 'counterparty' },
    { action: 'decline', from: ['accepted', 'valued'], to: 'declined', who: 'counterparty' },
    { action: 'disburse', from: ['approved'], to: 'disbursed', who: 'counterparty' },
    { action: 'withdraw', from: ['submitted', 'accepted', 'valued'], to: 'withdrawn', who: 'owner' },
  ],
  en: {
    ownerLabel: 'the applying enterprise',
    partyLabels: { counterparty: 'the bank applied to' },
    statusLabels: {
      submitted: 'Awaiting acceptance',
      accepted: 'Accepted, under valuation',
      valued: 'Valued, awaiting decision',
      approved: 'Approved, awaiting disbursement',
      disbursed: 'Disbursed',
      returned: 'Returned by the bank',
      declined: 'Declined',
      withdrawn: 'Withdrawn',
    },
    actionLabels: {
      accept: 'Accept',
      return: 'Return',
      value: 'Record the valuation',
      approve: 'Approve',
      decline: 'Decline',
      disburse: 'Record the disbursement',
      withdraw: 'Withdraw the application',
    },
  },
  clocks: {
    submitted: { days: 3, unit: 'working', label: '受理时限', setting: 'finance.accept_days' },
    accepted: { days: 15, unit: 'working', label: '审批时限（自受理起）', setting: 'finance.decide_days' },
  },
});

/** Statuses in which an application is live (a second one for the same product is refused). */
export const liveStatuses: readonly FinanceApplicationStatus[] = ['submitted', 'accepted', 'valued', 'approved'];
