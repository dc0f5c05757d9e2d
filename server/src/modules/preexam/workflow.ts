import { defineWorkflow } from '../../platform/workflow.js';

/** Entity registration (备案主体): the centre's local review, then CNIPA's result entered with its number and date. */
export const entityWorkflow = defineWorkflow<
  'applied' | 'local_approved' | 'registered' | 'rejected',
  'local_approve' | 'local_reject' | 'cnipa_approve' | 'cnipa_reject' | 'renew'
>({
  name: 'preexam-entity',
  title: '预审备案主体',
  ownerLabel: '申请备案企业',
  statusLabels: { applied: '待保护中心审核', local_approved: '已报国家知识产权局', registered: '备案有效', rejected: '未通过备案' },
  actionLabels: {
    local_approve: '审核通过并报送',
    local_reject: '审核不通过',
    cnipa_approve: '登记国家局备案通过',
    cnipa_reject: '登记国家局备案不通过',
    renew: '申请续期',
  },
  transitions: [
    { action: 'local_approve', from: ['applied'], to: 'local_approved', who: 'preexam.examine' },
    { action: 'local_reject', from: ['applied'], to: 'rejected', who: 'preexam.examine' },
    { action: 'cnipa_approve', from: ['local_approved'], to: 'registered', who: 'preexam.examine' },
    { action: 'cnipa_reject', from: ['local_approved'], to: 'rejected', who: 'preexam.examine' },
    { action: 'renew', from: ['registered', 'rejected'], to: 'applied', who: 'owner' },
  ],
  en: {
    ownerLabel: 'the applying enterprise',
    statusLabels: { applied: 'Awaiting the centre’s review', local_approved: 'Sent to CNIPA', registered: 'Registered', rejected: 'Not registered' },
    actionLabels: {
      local_approve: 'Approve and send on',
      local_reject: 'Refuse',
      cnipa_approve: 'Record CNIPA approval',
      cnipa_reject: 'Record CNIPA refusal',
      renew: 'Apply for renewal',
    },
  },
});

export type RequestStatus = 'submitted' | 'examining' | 'correcting' | 'passed' | 'not_passed' | 'refused' | 'withdrawn';
export type RequestAction = 'accept' | 'refuse' | 'defect' | 'correct' | 'pass' | 'fail' | 'cnipa_result';

/**
 * A pre-examination request: accepted (an examiner assigned) or refused; defects notified and corrected, then
 * re-examined; passed (→ CNIPA's fast channel) or not passed with reasons; CNIPA's final result recorded.
 */
export const requestWorkflow = defineWorkflow<RequestStatus, RequestAction>({
  name: 'preexam-request',
  title: '专利快速预审',
  ownerLabel: '备案主体',
  statusLabels: {
    submitted: '待受理',
    examining: '预审中',
    correcting: '待补正',
    passed: '预审合格（已进入快速通道）',
    not_passed: '预审不合格',
    refused: '不予受理',
    withdrawn: '视为撤回',
  },
  actionLabels: {
    accept: '受理并分配审查员',
    refuse: '不予受理',
    defect: '通知补正',
    correct: '提交补正',
    pass: '预审合格',
    fail: '预审不合格',
    cnipa_result: '登记国家局审查结果',
  },
  transitions: [
    { action: 'accept', from: ['submitted'], to: 'examining', who: 'preexam.examine' },
    { action: 'refuse', from: ['submitted'], to: 'refused', who: 'preexam.examine' },
    { action: 'defect', from: ['examining'], to: 'correcting', who: 'preexam.examine' },
    { action: 'correct', from: ['correcting'], to: 'examining', who: 'owner' },
    { action: 'pass', from: ['examining'], to: 'passed', who: 'preexam.examine' },
    { action: 'fail', from: ['examining'], to: 'not_passed', who: 'preexam.examine' },
    { action: 'cnipa_result', from: ['passed'], to: 'passed', who: 'preexam.examine' },
  ],
  clocks: {
    submitted: { days: 2, unit: 'working', label: '受理期限', setting: 'preexam.accept_days' },
    correcting: { days: 3, unit: 'working', label: '补正答复期限', setting: 'preexam.answer_days' },
  },
  en: {
    ownerLabel: 'the registered entity',
    statusLabels: {
      submitted: 'Awaiting acceptance',
      examining: 'Under pre-examination',
      correcting: 'Awaiting correction',
      passed: 'Passed (in the fast channel)',
      not_passed: 'Not passed',
      refused: 'Refused',
      withdrawn: 'Deemed withdrawn',
    },
    actionLabels: {
      accept: 'Accept and assign',
      refuse: 'Refuse',
      defect: 'Notify defects',
      correct: 'Submit correction',
      pass: 'Pass',
      fail: 'Not pass',
      cnipa_result: 'Record CNIPA result',
    },
  },
});
