import { defineWorkflow, type WorkflowSubject } from '../../platform/workflow.js';

/**
 * Real-name review of an enterprise registration (企业实名注册审核). The organisation's status is the
 * workflow status: pending → active (approved) or rejected; a rejected registration can be corrected
 * and resubmitted.
 */
export const registrationWorkflow = defineWorkflow({
  name: 'enterprise-registration',
  title: '企业实名注册审核',
  ownerLabel: '注册企业',
  statusLabels: { pending: '待审核', active: '已通过', rejected: '已驳回' },
  actionLabels: { approve: '审核通过', reject: '驳回', resubmit: '修改后重新提交' },
  en: {
    ownerLabel: 'the registering enterprise',
    statusLabels: { pending: 'Awaiting review', active: 'Approved', rejected: 'Rejected' },
    actionLabels: { approve: 'Approve', reject: 'Reject', resubmit: 'Resubmit after changes' },
  },
  transitions: [
    { action: 'approve', from: ['pending'], to: 'active', who: 'enterprise.review' },
    { action: 'reject', from: ['pending'], to: 'rejected', who: 'enterprise.review' },
    { action: 'resubmit', from: ['rejected'], to: 'pending', who: 'owner' },
  ],
});

export type RegistrationStatus = keyof typeof registrationWorkflow.statusLabels;

/** A registration as the workflow's "who" sees it: the enterprise owns it; reviewers act in its region. */
export function registrationSubject(e: { id: number; region_code: string }): WorkflowSubject {
  return { ownerOrgId: Number(e.id), regionCode: e.region_code };
}
