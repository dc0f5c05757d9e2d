import { message, type ComplaintKind, type ComplaintStatus, type DisputeStatus, type PenaltyStatus } from '@zhichan/contract';
import { defineWorkflow } from '../../platform/workflow.js';

/** What the complaint workflow's guards look at. */
export interface ComplaintFacts {
  kind: ComplaintKind;
  status: ComplaintStatus;
}

const complaintsOnly = (c: ComplaintFacts) => (c.kind === 'complaint' ? null : message('cases.only_complaints_accepted').text);
/** A complaint is triaged only once accepted; a report straight after its check. */
const triageable = (c: ComplaintFacts) =>
  c.kind === 'complaint' && c.status === 'submitted'
    ? message('workflow.wrong_status', {
        current: '待受理/核查',
        action: '分流',
        allowed: '“已受理，待分流”',
        currentEn: 'Awaiting acceptance or check',
        actionEn: 'Triage',
        allowedEn: '“Accepted, awaiting triage”',
      }).text
    : null;

/**
 * A complaint or report (投诉举报): a complaint is accepted or refused within 7 working days; a report is checked
 * and decided within 15 working days (+15 with approval); the bureau then sends the item on (分流) or closes it.
 */
export const complaintWorkflow = defineWorkflow<ComplaintStatus, 'accept' | 'refuse' | 'triage' | 'forward' | 'close' | 'extend', ComplaintFacts>({
  name: 'complaint',
  title: '投诉举报（受理 → 核查分流）',
  statusLabels: {
    submitted: '待受理/核查',
    accepted: '已受理，待分流',
    refused: '不予受理',
    triaged: '已分流办理',
    forwarded: '已移交有管辖权的机关',
    closed: '已办结',
  },
  actionLabels: { accept: '受理', refuse: '不予受理', triage: '分流办理', forward: '移交', close: '办结', extend: '延长核查期限' },
  transitions: [
    { action: 'accept', from: ['submitted'], to: 'accepted', who: 'case.handle', guard: complaintsOnly },
    { action: 'refuse', from: ['submitted'], to: 'refused', who: 'case.handle', guard: complaintsOnly },
    { action: 'triage', from: ['submitted', 'accepted'], to: 'triaged', who: 'case.handle', guard: triageable },
    { action: 'forward', from: ['submitted', 'accepted'], to: 'forwarded', who: 'case.handle', guard: triageable },
    { action: 'close', from: ['submitted', 'accepted'], to: 'closed', who: 'case.handle', guard: triageable },
    {
      action: 'extend',
      from: ['submitted'],
      to: 'submitted',
      who: 'case.handle',
      guard: (c) => (c.kind === 'report' ? null : message('cases.only_complaints_accepted').text),
    },
  ],
  en: {
    statusLabels: {
      submitted: 'Awaiting acceptance or check',
      accepted: 'Accepted, awaiting triage',
      refused: 'Refused',
      triaged: 'Sent for handling',
      forwarded: 'Forwarded to the competent authority',
      closed: 'Closed',
    },
    actionLabels: { accept: 'Accept', refuse: 'Refuse', triage: 'Triage', forward: 'Forward', close: 'Close', extend: 'Extend the check' },
  },
});

export type PenaltyAction = 'open' | 'decline' | 'notify' | 'request_hearing' | 'decide' | 'publish' | 'close' | 'pause' | 'resume' | 'extend';

const running = ['investigating', 'notified', 'hearing'] as const;

/**
 * An administrative penalty case (行政处罚): the clue is checked and the case opened (立案) or not; the party is
 * told of the proposed penalty and its rights (告知, 5 working days to ask for a hearing); a hearing if asked; the
 * decision with the fine chosen within the legal range; publication. The decision clock stands still during
 * hearings, testing and public notice (pause/resume).
 */
export const penaltyWorkflow = defineWorkflow<PenaltyStatus, PenaltyAction>({
  name: 'penalty_case',
  title: '行政处罚（线索 → 立案 → 告知 → 决定 → 公示）',
  partyLabels: { counterparty: '当事人' },
  statusLabels: {
    clue: '线索核查',
    declined: '不予立案',
    investigating: '已立案调查',
    notified: '已告知（陈述申辩/听证）',
    hearing: '听证程序',
    decided: '已作出处罚决定',
    published: '已公示',
    closed: '已结案（不予处罚/撤销）',
  },
  actionLabels: {
    open: '立案',
    decline: '不予立案',
    notify: '送达行政处罚告知书',
    request_hearing: '申请听证',
    decide: '作出处罚决定',
    publish: '公示处罚决定',
    close: '结案（不予处罚/撤销立案）',
    pause: '中止计算期限',
    resume: '恢复计算期限',
    extend: '经批准延长期限',
  },
  transitions: [
    { action: 'open', from: ['clue'], to: 'investigating', who: 'case.handle' },
    { action: 'decline', from: ['clue'], to: 'declined', who: 'case.handle' },
    { action: 'notify', from: ['investigating'], to: 'notified', who: 'case.handle' },
    { action: 'request_hearing', from: ['notified'], to: 'hearing', who: ['counterparty', 'case.handle'] },
    { action: 'decide', from: ['notified', 'hearing'], to: 'decided', who: 'case.handle' },
    { action: 'publish', from: ['decided'], to: 'published', who: 'case.handle' },
    { action: 'close', from: [...running], to: 'closed', who: 'case.handle' },
    ...running.map((s) => ({ action: 'pause' as const, from: [s], to: s, who: 'case.handle' as const })),
    ...running.map((s) => ({ action: 'resume' as const, from: [s], to: s, who: 'case.handle' as const })),
    ...(['clue', ...running] as const).map((s) => ({ action: 'extend' as const, from: [s], to: s, who: 'case.handle' as const })),
  ],
  en: {
    partyLabels: { counterparty: 'the party' },
    statusLabels: {
      clue: 'Clue being checked',
      declined: 'Not opened',
      investigating: 'Opened, under investigation',
      notified: 'Party notified of rights',
      hearing: 'Hearing',
      decided: 'Decided',
      published: 'Published',
      closed: 'Closed without penalty',
    },
    actionLabels: {
      open: 'Open the case',
      decline: 'Decline to open',
      notify: 'Serve the notice of proposed penalty',
      request_hearing: 'Ask for a hearing',
      decide: 'Decide',
      publish: 'Publish the decision',
      close: 'Close without penalty',
      pause: 'Suspend the clock',
      resume: 'Resume the clock',
      extend: 'Extend with approval',
    },
  },
});

export type DisputeAction =
  'accept' | 'refuse' | 'serve' | 'answer' | 'hearing' | 'assign_expert' | 'opinion' | 'suspend' | 'resume' | 'extend' | 'decide' | 'mediate';

const hearingStages = ['accepted', 'served'] as const;

/**
 * A patent infringement dispute (专利侵权纠纷行政裁决): accepted or refused within 5 working days; the copy served
 * within 5 working days; the answer within 15 days; heard (oral hearings, technical investigator or expert);
 * suspended while an invalidation request is accepted; decided within 3 months (+1 with approval), or settled by
 * a mediation agreement.
 */
export const disputeWorkflow = defineWorkflow<DisputeStatus, DisputeAction>({
  name: 'patent_dispute',
  title: '专利侵权纠纷行政裁决（请求 → 受理 → 送达答辩 → 审理 → 决定/调解）',
  ownerLabel: '请求人',
  partyLabels: { counterparty: '被请求人', expert: '技术调查官/专家' },
  statusLabels: {
    requested: '待受理',
    refused: '不予受理',
    accepted: '已受理，待送达',
    served: '审理中',
    decided: '已作出处理决定',
    mediated: '调解结案',
    withdrawn: '已撤回',
  },
  actionLabels: {
    accept: '受理',
    refuse: '不予受理',
    serve: '送达请求书副本',
    answer: '提交答辩',
    hearing: '安排口头审理',
    assign_expert: '指派技术调查官/专家',
    opinion: '提交技术意见',
    suspend: '中止审理（无效宣告已受理）',
    resume: '恢复审理',
    extend: '经批准延长审理期限',
    decide: '作出处理决定',
    mediate: '登记调解协议',
  },
  transitions: [
    { action: 'accept', from: ['requested'], to: 'accepted', who: 'case.handle' },
    { action: 'refuse', from: ['requested'], to: 'refused', who: 'case.handle' },
    { action: 'serve', from: ['accepted'], to: 'served', who: 'case.handle' },
    { action: 'answer', from: ['served'], to: 'served', who: ['counterparty', 'case.handle'] },
    ...hearingStages.map((s) => ({ action: 'hearing' as const, from: [s], to: s, who: 'case.handle' as const })),
    ...hearingStages.map((s) => ({ action: 'assign_expert' as const, from: [s], to: s, who: 'case.handle' as const })),
    ...hearingStages.map((s) => ({ action: 'opinion' as const, from: [s], to: s, who: 'expert' as const })),
    ...hearingStages.map((s) => ({ action: 'suspend' as const, from: [s], to: s, who: 'case.handle' as const })),
    ...hearingStages.map((s) => ({ action: 'resume' as const, from: [s], to: s, who: 'case.handle' as const })),
    ...hearingStages.map((s) => ({ action: 'extend' as const, from: [s], to: s, who: 'case.handle' as const })),
    { action: 'decide', from: ['served'], to: 'decided', who: 'case.handle' },
    { action: 'mediate', from: ['accepted', 'served'], to: 'mediated', who: 'case.handle' },
  ],
  en: {
    ownerLabel: 'the requester',
    partyLabels: { counterparty: 'the respondent', expert: 'the technical investigator or expert' },
    statusLabels: {
      requested: 'Awaiting acceptance',
      refused: 'Refused',
      accepted: 'Accepted, copy to be served',
      served: 'Being heard',
      decided: 'Decided',
      mediated: 'Settled by mediation',
      withdrawn: 'Withdrawn',
    },
    actionLabels: {
      accept: 'Accept',
      refuse: 'Refuse',
      serve: 'Serve the copy',
      answer: 'Answer',
      hearing: 'Schedule an oral hearing',
      assign_expert: 'Assign an investigator or expert',
      opinion: 'Give a technical opinion',
      suspend: 'Suspend (invalidation accepted)',
      resume: 'Resume',
      extend: 'Extend with approval',
      decide: 'Decide',
      mediate: 'Record a mediation agreement',
    },
  },
});
