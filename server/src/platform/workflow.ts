import type { Permission } from '@zhichan/contract';
import { conflict } from './errors.js';

/** One allowed step of a workflow: from which statuses, to which, and who may take it. */
export interface Transition<S extends string, A extends string> {
  action: A;
  from: readonly S[];
  to: S;
  permission: Permission | 'owner';
}

/** A workflow: the status labels (for messages and the diagram) and the explicit transition table. */
export interface Workflow<S extends string, A extends string> {
  name: string;
  statusLabels: Record<S, string>;
  actionLabels: Record<A, string>;
  transitions: readonly Transition<S, A>[];
}

/** Declares a workflow; the table is data so the UI can render it and tests can walk it. */
export function defineWorkflow<S extends string, A extends string>(wf: Workflow<S, A>): Workflow<S, A> {
  return wf;
}

/**
 * Returns the transition for `action` from `current`, or throws 409 saying why the step is not
 * possible now ("当前状态为“已通过”，不能执行“驳回”").
 */
export function assertTransition<S extends string, A extends string>(wf: Workflow<S, A>, current: S, action: A): Transition<S, A> {
  const t = wf.transitions.find((x) => x.action === action);
  if (!t) throw new Error(`workflow ${wf.name} has no action ${action}`);
  if (!t.from.includes(current)) {
    const allowed = t.from.map((s) => `“${wf.statusLabels[s]}”`).join('或');
    throw conflict(`当前状态为“${wf.statusLabels[current] ?? current}”，不能执行“${wf.actionLabels[action]}”（仅${allowed}时可以）`);
  }
  return t;
}
