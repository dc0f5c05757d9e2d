import type { DayUnit, Permission, WorkflowView } from '@zhichan/contract';
import { roleDefinitions, roles } from '@zhichan/contract';
import type { Actor } from './actor.js';
import { canAccess } from './jurisdiction.js';
import { conflict } from './errors.js';
import type { SettingKey } from './settings.js';

/**
 * One allowed step of a workflow: from which statuses, to which, who may take it, and an optional
 * guard. The guard sees the record (G) and returns null when the step may go ahead, or the reason
 * (in Chinese) it may not — which becomes the 409 message.
 */
export interface Transition<S extends string, A extends string, G = unknown> {
  action: A;
  from: readonly S[];
  to: S;
  /** A permission held by the actor (within the record's jurisdiction), or 'owner': the record's organisation. */
  permission: Permission | 'owner';
  guard?: (record: G) => string | null;
}

/** A clock a status starts: the step must be finished within `days` (calendar or working days). */
export interface StepClock {
  /** Default length; when `setting` names a configurable number, that setting wins. */
  days: number;
  unit: DayUnit;
  label: string;
  setting?: SettingKey;
}

/** A workflow: the status labels (for messages and the diagram) and the explicit transition table. */
export interface Workflow<S extends string, A extends string, G = unknown> {
  name: string;
  title?: string;
  statusLabels: Record<S, string>;
  actionLabels: Record<A, string>;
  transitions: readonly Transition<S, A, G>[];
  /** Statuses that start a deadline for whoever must act next. */
  clocks?: Partial<Record<S, StepClock>>;
  /** Who 'owner' is, in words (申报企业). */
  ownerLabel?: string;
}

/** Declares a workflow; the table is data so the UI can render it and tests can walk it. */
export function defineWorkflow<S extends string, A extends string, G = unknown>(wf: Workflow<S, A, G>): Workflow<S, A, G> {
  return wf;
}

/**
 * Returns the transition for `action` from `current`, or throws 409 saying why the step is not
 * possible now ("当前状态为“已通过”，不能执行“驳回”"). With a record, the transition's guard runs too.
 */
export function assertTransition<S extends string, A extends string, G = unknown>(
  wf: Workflow<S, A, G>,
  current: S,
  action: A,
  record?: G,
): Transition<S, A, G> {
  const t = wf.transitions.find((x) => x.action === action && x.from.includes(current)) ?? wf.transitions.find((x) => x.action === action);
  if (!t) throw new Error(`workflow ${wf.name} has no action ${action}`);
  if (!t.from.includes(current)) {
    const allowed = t.from.map((s) => `“${wf.statusLabels[s]}”`).join('或');
    throw conflict(`当前状态为“${wf.statusLabels[current] ?? current}”，不能执行“${wf.actionLabels[action]}”（仅${allowed}时可以）`);
  }
  if (t.guard && record !== undefined) {
    const why = t.guard(record);
    if (why) throw conflict(why);
  }
  return t;
}

/** The record facts the "who may" rule needs: its owning organisation and its region. */
export interface WorkflowSubject {
  ownerOrgId: number | null;
  regionCode: string;
}

/** May this actor take transition `t` on the record (ignoring the current status)? */
export function mayTake(actor: Actor | null, t: { permission: Permission | 'owner' }, subject: WorkflowSubject): boolean {
  if (!actor) return false;
  if (t.permission === 'owner') return subject.ownerOrgId !== null && subject.ownerOrgId === actor.orgId;
  return actor.permissions.has(t.permission) && canAccess(actor, { regionCode: subject.regionCode, orgId: subject.ownerOrgId });
}

function whoLabel(wf: { ownerLabel?: string }, permission: Permission | 'owner'): string {
  if (permission === 'owner') return wf.ownerLabel ?? '记录所属单位';
  const names = roles.filter((r) => roleDefinitions[r].permissions.includes(permission)).map((r) => roleDefinitions[r].zh);
  return names.join('、');
}

/**
 * The record page's view of a workflow: where the record is, what this actor may do next, and the
 * whole table (so staff see what comes after).
 */
export function describeWorkflow<S extends string, A extends string, G>(
  wf: Workflow<S, A, G>,
  current: S,
  actor: Actor | null,
  subject: WorkflowSubject,
  extra: { dueOn: string | null; history: WorkflowView['history']; record?: G },
): WorkflowView {
  const statuses = Object.keys(wf.statusLabels) as S[];
  const allowed = wf.transitions.filter(
    (t) => t.from.includes(current) && mayTake(actor, t, subject) && !(t.guard && extra.record !== undefined && t.guard(extra.record)),
  );
  return {
    workflow: wf.name,
    title: wf.title ?? wf.name,
    status: current,
    statusLabel: wf.statusLabels[current] ?? current,
    statuses: statuses.map((s) => ({ value: s, label: wf.statusLabels[s], terminal: !wf.transitions.some((t) => t.from.includes(s)) })),
    transitions: wf.transitions.map((t) => ({
      action: t.action,
      label: wf.actionLabels[t.action],
      from: [...t.from],
      fromLabels: t.from.map((s) => wf.statusLabels[s]),
      to: t.to,
      toLabel: wf.statusLabels[t.to],
      who: whoLabel(wf, t.permission),
    })),
    clocks: Object.entries(wf.clocks ?? {}).map(([status, c]) => ({
      status,
      days: (c as StepClock).days,
      unit: (c as StepClock).unit,
      label: (c as StepClock).label,
    })),
    allowedActions: [...new Map(allowed.map((t) => [t.action, { action: t.action, label: wf.actionLabels[t.action] }])).values()],
    dueOn: extra.dueOn,
    history: extra.history,
  };
}
