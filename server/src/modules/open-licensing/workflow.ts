import { defineWorkflow } from '../../platform/workflow.js';
import type { OpenLicenceStatus } from '@zhichan/contract';

/**
 * Review of an open-licence declaration (开放许可声明审核). Publishing a declaration is CNIPA's act (Patent
 * Law art. 50), not the platform's: the patentee submits, the bureau reviews and recommends it (审核推荐),
 * returns it for correction or does not recommend it; CNIPA's announcement (公告号, date) is then recorded
 * and only that makes it `published`. The patentee may withdraw at any time (art. 50: withdrawal is
 * announced by CNIPA; licences already granted stay valid).
 */
export const declarationWorkflow = defineWorkflow<OpenLicenceStatus, 'approve' | 'return' | 'reject' | 'resubmit' | 'announce' | 'withdraw'>({
  name: 'open-licence-declaration',
  title: '开放许可声明',
  ownerLabel: '专利权人（声明企业）',
  statusLabels: {
    pending: '待审核',
    returned: '退回修改',
    recommended: '已审核推荐，待国家知识产权局公告',
    published: '国家知识产权局已公告',
    rejected: '审核未通过',
    withdrawn: '已撤回',
  },
  actionLabels: {
    approve: '审核通过并推荐',
    return: '退回修改',
    reject: '审核不通过',
    resubmit: '修改后重新提交',
    announce: '登记国家知识产权局公告',
    withdraw: '撤回声明',
  },
  transitions: [
    { action: 'approve', from: ['pending'], to: 'recommended', who: 'utilization.review' },
    { action: 'return', from: ['pending'], to: 'returned', who: 'utilization.review' },
    { action: 'reject', from: ['pending'], to: 'rejected', who: 'utilization.review' },
    { action: 'resubmit', from: ['returned'], to: 'pending', who: 'owner' },
    { action: 'announce', from: ['recommended'], to: 'published', who: ['utilization.review', 'owner'] },
    { action: 'withdraw', from: ['pending', 'returned', 'recommended', 'published'], to: 'withdrawn', who: 'owner' },
  ],
  en: {
    ownerLabel: 'the patentee (declaring enterprise)',
    statusLabels: {
      pending: 'Awaiting review',
      returned: 'Returned for revision',
      recommended: "Reviewed and recommended, awaiting CNIPA's announcement",
      published: 'Announced by CNIPA',
      rejected: 'Not approved',
      withdrawn: 'Withdrawn',
    },
    actionLabels: {
      approve: 'Approve and recommend',
      return: 'Return for revision',
      reject: 'Do not approve',
      resubmit: 'Resubmit after revision',
      announce: "Enter CNIPA's announcement",
      withdraw: 'Withdraw the declaration',
    },
  },
  clocks: { pending: { days: 10, unit: 'working', label: '审核时限', setting: 'open_licence.review_days' } },
});

/** Why no licence can be obtained under a declaration in this status (Patent Law art. 51 needs one CNIPA announced). */
export const noLicenceReason: Record<Exclude<OpenLicenceStatus, 'published'>, string> = {
  withdrawn: '该声明已撤回，不能再授予许可',
  pending: '该声明尚在审核中，国家知识产权局公告后方可取得许可',
  returned: '该声明已退回修改，国家知识产权局公告后方可取得许可',
  recommended: '该声明尚待国家知识产权局公告，公告后方可取得许可',
  rejected: '该声明审核未通过，不能取得许可',
};
