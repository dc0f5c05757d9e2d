import { describe, expect, it } from 'vitest';
import type { Role } from '@zhichan/contract';
import { effectivePermissions, type Actor } from './actor.js';
import { localText, roleDefinitions } from '@zhichan/contract';
import { AppError } from './errors.js';
import { assertTransition, defineWorkflow, describeWorkflow, type WorkflowSubject } from './workflow.js';

/** An actor as the session would build it (pure data: the rule under test reads nothing else). */
function actor(role: Role, orgId: number, regionCode: string): Actor {
  return {
    userId: orgId * 10,
    username: `u${orgId}`,
    displayName: `u${orgId}`,
    role,
    scope: roleDefinitions[role].scope,
    orgId,
    orgKind: roleDefinitions[role].orgKinds[0] ?? 'individual',
    orgStatus: 'active',
    regionCode,
    permissions: effectivePermissions(role, 'active'),
    mustChangePassword: false,
    ip: null,
    trace: { auditRows: 0 },
  };
}

const wf = defineWorkflow<'open' | 'accepted' | 'done' | 'void', 'accept' | 'finish' | 'cancel' | 'note', { paid: boolean }>({
  name: 't',
  ownerLabel: '申请企业',
  partyLabels: { counterparty: '受理银行' },
  statusLabels: { open: '待受理', accepted: '办理中', done: '已办结', void: '已作废' },
  actionLabels: { accept: '受理', finish: '办结', cancel: '作废', note: '留言' },
  en: {
    partyLabels: { counterparty: 'the receiving bank' },
    statusLabels: { open: 'Awaiting acceptance', accepted: 'In progress', done: 'Finished', void: 'Void' },
    actionLabels: { accept: 'Accept', finish: 'Finish', cancel: 'Void', note: 'Note' },
  },
  transitions: [
    { action: 'accept', from: ['open'], to: 'accepted', who: 'counterparty' },
    { action: 'finish', from: ['accepted'], to: 'done', who: 'enterprise.review', guard: (r) => (r.paid ? null : '尚未缴费，不能办结') },
    { action: 'cancel', from: ['open'], to: 'void', who: 'owner' },
    { action: 'note', from: ['open', 'accepted'], to: 'accepted', who: ['owner', 'counterparty'] },
  ],
});

// An enterprise in 任城区 (org 1) applies to a bank (org 2); a second bank (org 3) has no part in it.
const subject: WorkflowSubject = { regionCode: '370811002', ownerOrgId: 1, parties: [{ orgId: 2, role: 'counterparty' }] };
const ent = actor('enterprise_user', 1, '370811002');
const bank = actor('bank_officer', 2, '370100');
const otherBank = actor('bank_officer', 3, '370800');
const staffA = actor('bureau_staff', 4, '370811');
const staffB = actor('bureau_staff', 5, '370883');

function refusal(fn: () => unknown): { status: number; message: string } {
  const err = caught(fn);
  return { status: err.status, message: err.message };
}

function caught(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('the step was allowed');
}

describe('workflow refusals carry a code the English interface renders', () => {
  it('who may, and the status that allows the step, in English', () => {
    const who = caught(() => assertTransition(wf, 'open', 'accept', { actor: otherBank, subject }));
    expect(who.coded && localText(who.message, who.coded, 'en')).toBe('Only the receiving bank may take the step “Accept”');
    const staff = caught(() => assertTransition(wf, 'accepted', 'finish', { actor: staffB, subject, record: { paid: true } }));
    expect(staff.coded && localText(staff.message, staff.coded, 'en')).toBe('Only Bureau administrator, Bureau staff may take the step “Finish”');
    const status = caught(() => assertTransition(wf, 'done', 'accept', { actor: bank, subject }));
    expect(status.status).toBe(409);
    expect(status.coded && localText(status.message, status.coded, 'en')).toBe(
      'The record is “Finished”: “Accept” is possible only when it is “Awaiting acceptance”',
    );
  });
});

describe('the workflow enforces who may take each step', () => {
  it('the counterparty named on the record takes its step; a second bank is told who may', () => {
    expect(assertTransition(wf, 'open', 'accept', { actor: bank, subject }).to).toBe('accepted');
    expect(refusal(() => assertTransition(wf, 'open', 'accept', { actor: otherBank, subject }))).toEqual({
      status: 403,
      message: '只有受理银行可以执行“受理”',
    });
    expect(refusal(() => assertTransition(wf, 'open', 'accept', { actor: ent, subject })).status).toBe(403);
  });

  it('a party whose access ended can no longer act', () => {
    const ended: WorkflowSubject = { ...subject, parties: [] };
    expect(refusal(() => assertTransition(wf, 'open', 'accept', { actor: bank, subject: ended })).status).toBe(403);
  });

  it('a permission counts only within the record’s jurisdiction', () => {
    expect(assertTransition(wf, 'accepted', 'finish', { actor: staffA, subject, record: { paid: true } }).to).toBe('done');
    expect(refusal(() => assertTransition(wf, 'accepted', 'finish', { actor: staffB, subject, record: { paid: true } }))).toEqual({
      status: 403,
      message: '只有知识产权局管理员、知识产权局工作人员可以执行“办结”',
    });
  });

  it('either of several parties may take a shared step; the owner is the record’s organisation', () => {
    expect(assertTransition(wf, 'open', 'note', { actor: ent, subject }).to).toBe('accepted');
    expect(assertTransition(wf, 'open', 'note', { actor: bank, subject }).to).toBe('accepted');
    expect(refusal(() => assertTransition(wf, 'open', 'note', { actor: staffA, subject })).message).toBe('只有申请企业或受理银行可以执行“留言”');
  });

  it('who comes first, then the status (409 naming it), then the guard (409 with its reason)', () => {
    expect(refusal(() => assertTransition(wf, 'done', 'cancel', { actor: bank, subject })).status).toBe(403);
    expect(refusal(() => assertTransition(wf, 'done', 'cancel', { actor: ent, subject }))).toEqual({
      status: 409,
      message: '当前状态为“已办结”，不能执行“作废”（仅“待受理”时可以）',
    });
    expect(refusal(() => assertTransition(wf, 'accepted', 'finish', { actor: staffA, subject, record: { paid: false } }))).toEqual({
      status: 409,
      message: '尚未缴费，不能办结',
    });
  });

  it('describeWorkflow offers each actor exactly the steps the rule allows', () => {
    const offered = (a: Actor | null, status: 'open' | 'accepted') =>
      describeWorkflow(wf, status, a, subject, { dueOn: null, history: [], record: { paid: true } }).allowedActions.map((x) => x.action);
    expect(offered(bank, 'open')).toEqual(['accept', 'note']);
    expect(offered(ent, 'open')).toEqual(['cancel', 'note']);
    expect(offered(otherBank, 'open')).toEqual([]);
    expect(offered(staffA, 'accepted')).toEqual(['finish']);
    expect(offered(staffB, 'accepted')).toEqual([]);
    expect(offered(null, 'open')).toEqual([]);
    const view = describeWorkflow(wf, 'open', bank, subject, { dueOn: null, history: [] });
    expect(view.transitions.find((t) => t.action === 'note')?.who).toBe('申请企业或受理银行');
  });
});
