import type { CreditListingStatus, CreditRepairStatus } from '@zhichan/contract';
import { defineWorkflow } from '../../platform/workflow.js';

/**
 * A credit listing (知识产权信用管理名单): in force from its start to its end date; the bureau may revoke it
 * (撤销, e.g. the decision was quashed) or end it early by approving a repair (信用修复). A listing past its
 * end date keeps status `in_force` and simply no longer applies (期满移出).
 */
export const listingWorkflow = defineWorkflow<CreditListingStatus, 'revoke' | 'repair'>({
  name: 'credit-listing',
  title: '信用管理名单',
  ownerLabel: '被列入名单的主体',
  statusLabels: { in_force: '列入中', revoked: '已撤销', repaired: '已信用修复' },
  actionLabels: { revoke: '撤销列入', repair: '准予信用修复' },
  transitions: [
    { action: 'revoke', from: ['in_force'], to: 'revoked', who: 'credit.manage' },
    { action: 'repair', from: ['in_force'], to: 'repaired', who: 'credit.manage' },
  ],
  en: {
    ownerLabel: 'the listed subject',
    statusLabels: { in_force: 'Listed', revoked: 'Revoked', repaired: 'Repaired' },
    actionLabels: { revoke: 'Revoke the listing', repair: 'Approve the credit repair' },
  },
});

/** A repair application: the bureau approves it (the listing ends that day) or rejects it with the reason. */
export const repairWorkflow = defineWorkflow<CreditRepairStatus, 'approve' | 'reject'>({
  name: 'credit-repair',
  title: '信用修复申请',
  ownerLabel: '申请修复的企业',
  statusLabels: { pending: '待审核', approved: '准予修复', rejected: '不予修复' },
  actionLabels: { approve: '准予修复', reject: '不予修复' },
  transitions: [
    { action: 'approve', from: ['pending'], to: 'approved', who: 'credit.manage' },
    { action: 'reject', from: ['pending'], to: 'rejected', who: 'credit.manage' },
  ],
  en: {
    ownerLabel: 'the applying enterprise',
    statusLabels: { pending: 'Awaiting review', approved: 'Repair approved', rejected: 'Repair refused' },
    actionLabels: { approve: 'Approve the repair', reject: 'Refuse the repair' },
  },
});
