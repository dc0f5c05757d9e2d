import type { FlagStatus } from '@zhichan/contract';
import { defineWorkflow } from '../../platform/workflow.js';

/** A screening flag (非正常申请线索): staff of its region confirm it or dismiss it, with a reason either way. */
export const flagWorkflow = defineWorkflow<FlagStatus, 'confirm' | 'dismiss'>({
  name: 'screening-flag',
  title: '非正常申请线索',
  statusLabels: { open: '待复核', confirmed: '已确认', dismissed: '已排除' },
  actionLabels: { confirm: '确认为非正常申请', dismiss: '排除' },
  transitions: [
    { action: 'confirm', from: ['open'], to: 'confirmed', who: 'screening.review' },
    { action: 'dismiss', from: ['open'], to: 'dismissed', who: 'screening.review' },
  ],
  en: {
    statusLabels: { open: 'Awaiting review', confirmed: 'Confirmed', dismissed: 'Dismissed' },
    actionLabels: { confirm: 'Confirm as abnormal', dismiss: 'Dismiss' },
  },
});
