import type { NeedStatus, TrainingStatus } from '@zhichan/contract';
import { defineWorkflow } from '../../platform/workflow.js';

/**
 * An enterprise need collected on a visit (三问两送 企业诉求): the department answers it within the response clock
 * (working days, setting `outreach.need_response_days`), then the enterprise rates the answer.
 */
export const needWorkflow = defineWorkflow<NeedStatus, 'answer' | 'rate'>({
  name: 'outreach-need',
  title: '企业诉求',
  ownerLabel: '提出诉求的企业',
  statusLabels: { open: '待答复', answered: '已答复，待评价', rated: '已评价' },
  actionLabels: { answer: '答复', rate: '评价' },
  transitions: [
    { action: 'answer', from: ['open'], to: 'answered', who: 'outreach.manage' },
    { action: 'rate', from: ['answered'], to: 'rated', who: 'owner' },
  ],
  clocks: { open: { days: 5, unit: 'working', label: '答复时限', setting: 'outreach.need_response_days' } },
  en: {
    ownerLabel: 'the enterprise',
    statusLabels: { open: 'Awaiting answer', answered: 'Answered, awaiting rating', rated: 'Rated' },
    actionLabels: { answer: 'Answer', rate: 'Rate' },
  },
});

/** A training or event: held (its attendance counts towards the plan targets) or cancelled. */
export const trainingWorkflow = defineWorkflow<TrainingStatus, 'held' | 'cancelled'>({
  name: 'outreach-training',
  title: '培训活动',
  statusLabels: { scheduled: '报名中', held: '已举办', cancelled: '已取消' },
  actionLabels: { held: '登记为已举办', cancelled: '取消活动' },
  transitions: [
    { action: 'held', from: ['scheduled'], to: 'held', who: 'outreach.manage' },
    { action: 'cancelled', from: ['scheduled'], to: 'cancelled', who: 'outreach.manage' },
  ],
  en: {
    statusLabels: { scheduled: 'Open for registration', held: 'Held', cancelled: 'Cancelled' },
    actionLabels: { held: 'Record as held', cancelled: 'Cancel the event' },
  },
});
