import type { PledgeStatus } from '@zhichan/contract';
import { defineWorkflow } from '../../platform/workflow.js';

type Action = 'confirm' | 'decline' | 'withdraw' | 'register' | 'refuse' | 'change' | 'release';

/** Who may enter an act of the registering authority: either party, or the bureau of the pledgor's region. */
const ACT = ['utilization.review', 'owner', 'counterparty'] as const;

/**
 * A pledge registration (质押登记, CNIPA announcement 461): the pledgor files and confirms, the pledgee confirms
 * (a joint application, 双方共同申请); the registering authority (CNIPA, or the CNIPA 代办处 this deployment is)
 * then registers it — its number and date make it `registered` — or refuses it on a named rule. The same
 * authority's change (变更) and release (注销) follow. Either party may withdraw before the decision.
 */
export const pledgeWorkflow = defineWorkflow<PledgeStatus, Action>({
  name: 'pledge',
  title: '质押登记（出质人、质权人共同申请 → 登记机关登记）',
  ownerLabel: '出质人（企业）',
  partyLabels: { counterparty: '质权人（银行）' },
  statusLabels: {
    awaiting_pledgee: '待质权人确认',
    submitted: '双方已确认，待登记机关办理',
    registered: '登记机关已登记',
    refused: '登记机关不予登记',
    released: '已注销',
    withdrawn: '已撤回',
    declined: '质权人未确认',
  },
  actionLabels: {
    confirm: '质权人确认并共同申请',
    decline: '质权人不予确认',
    withdraw: '撤回申请',
    register: '登记登记机关质押登记号',
    refuse: '登记登记机关不予登记决定',
    change: '登记质押变更',
    release: '登记质押注销',
  },
  transitions: [
    { action: 'confirm', from: ['awaiting_pledgee'], to: 'submitted', who: 'counterparty' },
    { action: 'decline', from: ['awaiting_pledgee'], to: 'declined', who: 'counterparty' },
    { action: 'withdraw', from: ['awaiting_pledgee', 'submitted'], to: 'withdrawn', who: ['owner', 'counterparty'] },
    { action: 'register', from: ['submitted'], to: 'registered', who: ACT },
    { action: 'refuse', from: ['submitted'], to: 'refused', who: ACT },
    { action: 'change', from: ['registered'], to: 'registered', who: ACT },
    { action: 'release', from: ['registered'], to: 'released', who: ACT },
  ],
  en: {
    ownerLabel: 'the pledgor (enterprise)',
    partyLabels: { counterparty: 'the pledgee (bank)' },
    statusLabels: {
      awaiting_pledgee: 'Awaiting the pledgee',
      submitted: 'Jointly filed; awaiting the registering authority',
      registered: 'Registered by the authority',
      refused: 'Refused by the authority',
      released: 'Released',
      withdrawn: 'Withdrawn',
      declined: 'Declined by the pledgee',
    },
    actionLabels: {
      confirm: 'Confirm as pledgee and file jointly',
      decline: 'Decline as pledgee',
      withdraw: 'Withdraw the application',
      register: "Enter the authority's registration number",
      refuse: "Enter the authority's refusal",
      change: 'Record a change of the pledge',
      release: 'Record the release of the pledge',
    },
  },
  clocks: { submitted: { days: 7, unit: 'working', label: '登记办理时限', setting: 'pledges.decision_days' } },
});
