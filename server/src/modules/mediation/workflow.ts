import type { MediationStatus } from '@zhichan/contract';
import { defineWorkflow } from '../../platform/workflow.js';

export type MediationAction = 'agree' | 'fail' | 'apply_confirmation' | 'court_confirmed' | 'court_refused' | 'refer_arbitration';

/**
 * A dispute mediated (纠纷调解) by a registered mediation organisation: it ends in an agreement or a failure; an
 * agreement may be judicially confirmed on the parties' joint application within 30 days of it taking effect
 * (民事诉讼法 art. 205), and the court's ruling is recorded with its case number and date (the court's act); a
 * failed mediation (or a refused confirmation) may be referred to arbitration.
 */
export const mediationWorkflow = defineWorkflow<MediationStatus, MediationAction>({
  name: 'mediation',
  title: '纠纷调解与司法确认',
  ownerLabel: '委托调解的机关或调解组织',
  partyLabels: { mediator: '承办的调解组织' },
  statusLabels: {
    mediating: '调解中',
    agreed: '已达成调解协议',
    failed: '调解不成',
    confirmation_applied: '已申请司法确认，待法院裁定',
    confirmed: '法院裁定确认调解协议有效',
    confirmation_refused: '法院裁定驳回确认申请',
    arbitration: '已引导申请仲裁',
  },
  actionLabels: {
    agree: '登记调解协议',
    fail: '登记调解不成',
    apply_confirmation: '登记司法确认申请',
    court_confirmed: '登记法院确认裁定',
    court_refused: '登记法院驳回裁定',
    refer_arbitration: '登记引导仲裁',
  },
  transitions: [
    { action: 'agree', from: ['mediating'], to: 'agreed', who: 'mediator' },
    { action: 'fail', from: ['mediating'], to: 'failed', who: 'mediator' },
    { action: 'apply_confirmation', from: ['agreed'], to: 'confirmation_applied', who: ['mediator', 'mediation.manage'] },
    { action: 'court_confirmed', from: ['confirmation_applied'], to: 'confirmed', who: ['mediator', 'mediation.manage'] },
    { action: 'court_refused', from: ['confirmation_applied'], to: 'confirmation_refused', who: ['mediator', 'mediation.manage'] },
    { action: 'refer_arbitration', from: ['failed', 'confirmation_refused'], to: 'arbitration', who: ['mediator', 'mediation.manage'] },
  ],
  en: {
    ownerLabel: 'the authority or organisation that opened it',
    partyLabels: { mediator: 'the mediation organisation' },
    statusLabels: {
      mediating: 'Being mediated',
      agreed: 'Agreement reached',
      failed: 'Mediation failed',
      confirmation_applied: 'Judicial confirmation applied for',
      confirmed: 'Agreement confirmed by the court',
      confirmation_refused: 'Confirmation refused by the court',
      arbitration: 'Referred to arbitration',
    },
    actionLabels: {
      agree: 'Enter the agreement',
      fail: 'Enter the failure',
      apply_confirmation: 'Enter the confirmation application',
      court_confirmed: 'Enter the court’s confirmation',
      court_refused: 'Enter the court’s refusal',
      refer_arbitration: 'Enter the arbitration referral',
    },
  },
});
