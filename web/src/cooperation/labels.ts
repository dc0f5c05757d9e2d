import type { MediationStatus, ReferralStatus } from '@zhichan/contract';

type Pair = { zh: string; en: string };
/** Status names of a referral, as the server's workflow names them, in both languages. */
export const referralStatusLabels: Record<ReferralStatus, Pair> = {
  proposed: { zh: '待负责人决定', en: 'Awaiting the head’s decision' },
  approved: { zh: '已批准移送，待移交公安机关', en: 'Approved, awaiting handover' },
  declined: { zh: '负责人决定不移送', en: 'Not referred' },
  handed_over: { zh: '已移交，待公安机关决定是否立案', en: 'Handed over, awaiting the police decision' },
  accepted: { zh: '公安机关已立案', en: 'Criminal case opened by the police' },
  refused: { zh: '公安机关不予立案', en: 'Refused by the police' },
  reconsideration: { zh: '已申请复议，待公安机关决定', en: 'Reconsideration requested' },
  upheld: { zh: '复议维持不予立案', en: 'Refusal upheld' },
  supervision: { zh: '已建议检察院立案监督', en: 'Supervision requested from the procuratorate' },
  closed: { zh: '立案监督结束（未立案）', en: 'Supervision ended, no case' },
  sent: { zh: '已反向移送', en: 'Referred back' },
  received: { zh: '已接收', en: 'Received' },
  concluded: { zh: '已作出处理决定', en: 'Decided' },
};
export const mediationStatusLabels: Record<MediationStatus, Pair> = {
  mediating: { zh: '调解中', en: 'Being mediated' },
  agreed: { zh: '已达成调解协议', en: 'Agreement reached' },
  failed: { zh: '调解不成', en: 'Mediation failed' },
  confirmation_applied: { zh: '已申请司法确认，待法院裁定', en: 'Judicial confirmation applied for' },
  confirmed: { zh: '法院裁定确认调解协议有效', en: 'Agreement confirmed by the court' },
  confirmation_refused: { zh: '法院裁定驳回确认申请', en: 'Confirmation refused by the court' },
  arbitration: { zh: '已引导申请仲裁', en: 'Referred to arbitration' },
};
/** Step names (the server's action codes) in both languages. */
export const actionLabels: Record<string, Pair> = {
  approve: { zh: '批准移送', en: 'Approve the referral' },
  decline: { zh: '决定不移送', en: 'Decide not to refer' },
  hand_over: { zh: '移交公安机关', en: 'Hand over to the police' },
  accept: { zh: '立案', en: 'Open a criminal case' },
  refuse: { zh: '不予立案', en: 'Refuse to open a case' },
  request_reconsideration: { zh: '申请复议', en: 'Ask for reconsideration' },
  revise: { zh: '复议后立案', en: 'Open a case on reconsideration' },
  uphold: { zh: '复议维持不予立案', en: 'Uphold the refusal' },
  suggest_supervision: { zh: '建议检察院立案监督', en: 'Ask the procuratorate to supervise' },
  supervision_filed: { zh: '登记检察院通知立案', en: 'Enter the notice to open a case' },
  supervision_closed: { zh: '登记立案监督结论（不立案）', en: 'Enter the end of supervision' },
  receive: { zh: '接收并立案查处', en: 'Receive and open a case' },
  conclude: { zh: '登记行政处理决定', en: 'Enter the administrative decision' },
  agree: { zh: '登记调解协议', en: 'Enter the agreement' },
  fail: { zh: '登记调解不成', en: 'Enter the failure' },
  apply_confirmation: { zh: '登记司法确认申请', en: 'Enter the confirmation application' },
  court_confirmed: { zh: '登记法院确认裁定', en: 'Enter the court’s confirmation' },
  court_refused: { zh: '登记法院驳回裁定', en: 'Enter the court’s refusal' },
  refer_arbitration: { zh: '登记引导仲裁', en: 'Enter the arbitration referral' },
  reverse: { zh: '反向移送', en: 'Refer back' },
};
export const statusColour = (s: string) =>
  ['accepted', 'concluded', 'confirmed', 'agreed'].includes(s)
    ? 'green'
    : ['declined', 'refused', 'upheld', 'closed', 'failed', 'confirmation_refused'].includes(s)
      ? 'red'
      : 'blue';
