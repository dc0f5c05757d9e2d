import { defineWorkflow } from '../../platform/workflow.js';

/**
 * Real-name review of an enterprise registration (企业实名注册审核). The organisation's status is the
 * workflow status: pending → active (approved) or rejected; a rejected registration can be corrected
 * and resubmitted.
 */
export const registrationWorkflow = defineWorkflow({
  name: 'enterprise-registration',
  statusLabels: { pending: '待审核', active: '已通过', rejected: '已驳回' },
  actionLabels: { approve: '审核通过', reject: '驳回', resubmit: '修改后重新提交' },
  transitions: [
    { action: 'approve', from: ['pending'], to: 'active', permission: 'enterprise.review' },
    { action: 'reject', from: ['pending'], to: 'rejected', permission: 'enterprise.review' },
    { action: 'resubmit', from: ['rejected'], to: 'pending', permission: 'owner' },
  ],
});

export type RegistrationStatus = keyof typeof registrationWorkflow.statusLabels;
