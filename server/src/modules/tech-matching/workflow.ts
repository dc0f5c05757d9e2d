import { defineWorkflow } from '../../platform/workflow.js';

/**
 * Lifecycle of a supply listing or a demand posting: 草稿 → 已发布 → 已关闭. Only the owner moves it;
 * a closed posting stays closed (a new one is posted instead), so contacts and deals keep pointing at
 * what was actually offered.
 */
export const postWorkflow = defineWorkflow({
  name: 'tech-post',
  ownerLabel: '发布单位',
  statusLabels: { draft: '草稿', published: '已发布', closed: '已关闭' },
  actionLabels: { publish: '发布', close: '关闭' },
  en: {
    ownerLabel: 'the posting organisation',
    statusLabels: { draft: 'Draft', published: 'Published', closed: 'Closed' },
    actionLabels: { publish: 'Publish', close: 'Close' },
  },
  transitions: [
    { action: 'publish', from: ['draft'], to: 'published', who: 'owner' },
    { action: 'close', from: ['draft', 'published'], to: 'closed', who: 'owner' },
  ],
});
export type PostStatus = keyof typeof postWorkflow.statusLabels;

/**
 * A contact thread (对接): 待回复 → 洽谈中 (the supplier answers) → 已成交 (a deal is recorded) or 已关闭
 * (either side ends it).
 */
export const contactWorkflow = defineWorkflow({
  name: 'tech-contact',
  ownerLabel: '发起对接的单位',
  partyLabels: { counterparty: '被联系的单位' },
  statusLabels: { open: '待回复', talking: '洽谈中', deal: '已成交', closed: '已关闭' },
  actionLabels: { message: '留言', deal: '登记成交', close: '关闭对接' },
  en: {
    ownerLabel: 'the organisation that opened the contact',
    partyLabels: { counterparty: 'the organisation contacted' },
    statusLabels: { open: 'Awaiting reply', talking: 'In talks', deal: 'Deal recorded', closed: 'Closed' },
    actionLabels: { message: 'Leave a message', deal: 'Record a deal', close: 'Close the contact' },
  },
  transitions: [
    { action: 'message', from: ['open', 'talking'], to: 'talking', who: ['owner', 'counterparty'] },
    { action: 'deal', from: ['open', 'talking'], to: 'deal', who: ['owner', 'counterparty'] },
    { action: 'close', from: ['open', 'talking'], to: 'closed', who: ['owner', 'counterparty'] },
  ],
});
export type TechContactStatus = keyof typeof contactWorkflow.statusLabels;
