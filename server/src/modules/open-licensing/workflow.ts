import { defineWorkflow } from '../../platform/workflow.js';
import type { OpenLicenceStatus } from '@zhichan/contract';

/**
 * Review of an open-licence declaration (开放许可声明审核): the patentee submits, the bureau publishes
 * it, returns it for correction or refuses it; the patentee may withdraw it at any time (Patent Law
 * art. 50: withdrawal is announced; licences already granted stay valid).
 */
export const declarationWorkflow = defineWorkflow<OpenLicenceStatus, 'approve' | 'return' | 'reject' | 'resubmit' | 'withdraw'>({
  name: 'open-licence-declaration',
  title: '开放许可声明',
  ownerLabel: '专利权人（声明企业）',
  statusLabels: { pending: '待审核', returned: '退回修改', published: '已公告', rejected: '不予公告', withdrawn: '已撤回' },
  actionLabels: { approve: '审核通过并公告', return: '退回修改', reject: '不予公告', resubmit: '修改后重新提交', withdraw: '撤回声明' },
  transitions: [
    { action: 'approve', from: ['pending'], to: 'published', who: 'utilization.review' },
    { action: 'return', from: ['pending'], to: 'returned', who: 'utilization.review' },
    { action: 'reject', from: ['pending'], to: 'rejected', who: 'utilization.review' },
    { action: 'resubmit', from: ['returned'], to: 'pending', who: 'owner' },
    { action: 'withdraw', from: ['pending', 'returned', 'published'], to: 'withdrawn', who: 'owner' },
  ],
  clocks: { pending: { days: 10, unit: 'working', label: '审核时限', setting: 'open_licence.review_days' } },
});

/** Why no licence can be obtained under a declaration in this status (Patent Law art. 51 needs a published one). */
export const noLicenceReason: Record<Exclude<OpenLicenceStatus, 'published'>, string> = {
  withdrawn: '该声明已撤回，不能再授予许可',
  pending: '该声明尚在审核中，公告后方可取得许可',
  returned: '该声明已退回修改，公告后方可取得许可',
  rejected: '该声明未予公告，不能取得许可',
};
