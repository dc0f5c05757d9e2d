import type { ReferralStatus } from '@zhichan/contract';
import { defineWorkflow } from '../../platform/workflow.js';

export type ForwardAction =
  | 'approve'
  | 'decline'
  | 'hand_over'
  | 'accept'
  | 'refuse'
  | 'request_reconsideration'
  | 'revise'
  | 'uphold'
  | 'suggest_supervision'
  | 'supervision_filed'
  | 'supervision_closed';

/**
 * Referral of a suspected crime to the police (移送涉嫌犯罪案件, 行政执法机关移送涉嫌犯罪案件的规定 2020):
 * the case team proposes, the bureau head decides within 3 days (art. 5), the case is handed over within
 * 24 hours (art. 5) with a copy to the procuratorate (art. 8), the police decide within 3 days whether to
 * open a case (art. 8), the bureau may ask for reconsideration within 3 days and the police answer within
 * 3 days (art. 9), then the bureau may ask the procuratorate to supervise (art. 9). The police's and the
 * procuratorate's decisions are their acts, entered with their document numbers and dates.
 */
export const referralWorkflow = defineWorkflow<ReferralStatus, ForwardAction>({
  name: 'criminal-referral',
  title: '行政执法机关移送涉嫌犯罪案件',
  ownerLabel: '移送机关（知识产权局）',
  partyLabels: { referred_to: '接收移送的公安机关', observer: '同级人民检察院', handler: '立案监督的人民检察院' },
  statusLabels: {
    proposed: '待负责人决定',
    approved: '已批准移送，待移交公安机关',
    declined: '负责人决定不移送',
    handed_over: '已移交，待公安机关决定是否立案',
    accepted: '公安机关已立案',
    refused: '公安机关不予立案',
    reconsideration: '已申请复议，待公安机关决定',
    upheld: '复议维持不予立案',
    supervision: '已建议检察院立案监督',
    closed: '立案监督结束（未立案）',
    sent: '已反向移送',
    received: '已接收',
    concluded: '已作出处理决定',
  },
  actionLabels: {
    approve: '批准移送',
    decline: '决定不移送',
    hand_over: '移交公安机关',
    accept: '立案',
    refuse: '不予立案',
    request_reconsideration: '申请复议',
    revise: '复议后立案',
    uphold: '复议维持不予立案',
    suggest_supervision: '建议检察院立案监督',
    supervision_filed: '登记检察院通知立案',
    supervision_closed: '登记立案监督结论（不立案）',
  },
  transitions: [
    { action: 'approve', from: ['proposed'], to: 'approved', who: 'referral.approve' },
    { action: 'decline', from: ['proposed'], to: 'declined', who: 'referral.approve' },
    { action: 'hand_over', from: ['approved'], to: 'handed_over', who: 'referral.manage' },
    { action: 'accept', from: ['handed_over'], to: 'accepted', who: 'referred_to' },
    { action: 'refuse', from: ['handed_over'], to: 'refused', who: 'referred_to' },
    { action: 'request_reconsideration', from: ['refused'], to: 'reconsideration', who: 'referral.manage' },
    { action: 'revise', from: ['reconsideration'], to: 'accepted', who: 'referred_to' },
    { action: 'uphold', from: ['reconsideration'], to: 'upheld', who: 'referred_to' },
    { action: 'suggest_supervision', from: ['upheld'], to: 'supervision', who: 'referral.manage' },
    { action: 'supervision_filed', from: ['supervision'], to: 'accepted', who: 'handler' },
    { action: 'supervision_closed', from: ['supervision'], to: 'closed', who: 'handler' },
  ],
  en: {
    ownerLabel: 'the referring bureau',
    partyLabels: { referred_to: 'the police unit referred to', observer: 'the procuratorate', handler: 'the supervising procuratorate' },
    statusLabels: {
      proposed: 'Awaiting the head’s decision',
      approved: 'Approved, awaiting handover',
      declined: 'Not referred',
      handed_over: 'Handed over, awaiting the police decision',
      accepted: 'Criminal case opened by the police',
      refused: 'Refused by the police',
      reconsideration: 'Reconsideration requested',
      upheld: 'Refusal upheld',
      supervision: 'Supervision requested from the procuratorate',
      closed: 'Supervision ended, no case',
      sent: 'Referred back',
      received: 'Received',
      concluded: 'Decided',
    },
    actionLabels: {
      approve: 'Approve the referral',
      decline: 'Decide not to refer',
      hand_over: 'Hand over to the police',
      accept: 'Open a criminal case',
      refuse: 'Refuse to open a case',
      request_reconsideration: 'Ask for reconsideration',
      revise: 'Open a case on reconsideration',
      uphold: 'Uphold the refusal',
      suggest_supervision: 'Ask the procuratorate to supervise',
      supervision_filed: 'Enter the procuratorate’s notice to open a case',
      supervision_closed: 'Enter the end of supervision (no case)',
    },
  },
});

export type ReverseAction = 'receive' | 'conclude';

/**
 * Reverse referral (反向移送): a procuratorate that did not prosecute (不起诉) sends the case back to the
 * bureau for administrative penalty; the bureau receives it under its own case number and records its
 * penalty decision (number and date).
 */
export const reverseWorkflow = defineWorkflow<ReferralStatus, ReverseAction>({
  name: 'reverse-referral',
  title: '检察机关反向移送案件',
  ownerLabel: '反向移送的人民检察院',
  statusLabels: referralWorkflow.statusLabels,
  actionLabels: { receive: '接收并立案查处', conclude: '登记行政处理决定' },
  transitions: [
    { action: 'receive', from: ['sent'], to: 'received', who: 'referral.manage' },
    { action: 'conclude', from: ['received'], to: 'concluded', who: 'referral.manage' },
  ],
  en: {
    ownerLabel: 'the procuratorate referring it back',
    statusLabels: referralWorkflow.en.statusLabels,
    actionLabels: { receive: 'Receive and open a case', conclude: 'Enter the administrative decision' },
  },
});
