import type { DayUnit, PartyRole, Permission, WorkflowView } from '@zhichan/contract';
import { message, partyRoleLabels, partyRoles, roleDefinitions, roles } from '@zhichan/contract';
import type { Actor } from './actor.js';
import { inJurisdiction } from './jurisdiction.js';
import { AppError, conflict } from './errors.js';
import { rolesOf, type Party } from './parties.js';
import type { SettingKey } from './settings.js';

/**
 * Who may take a step: holders of a permission within the record's jurisdiction (知识产权局工作人员 with
 * `utilization.review`), or the organisation holding a party role on the record ('owner', 'counterparty',
 * 'handler' …). A list means any of them.
 */
export type Who = Permission | PartyRole;

/**
 * One allowed step of a workflow: from which statuses, to which, who may take it, and an optional
 * guard. The guard sees the record (G) and returns null when the step may go ahead, or the reason
 * (in Chinese) it may not — which becomes the 409 message.
 */
export interface Transition<S extends string, A extends string, G = unknown> {
  action: A;
  from: readonly S[];
  to: S;
  /** Who may take it; `assertTransition` enforces it (403 naming who may). */
  who: Who | readonly Who[];
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
  /** Who the other party roles are on this kind of record, in words (贷款银行, 对接对方). */
  partyLabels?: Partial<Record<PartyRole, string>>;
  /** The same labels in English, for the coded 403/409 refusals the English interface renders. */
  en: {
    statusLabels: Record<S, string>;
    actionLabels: Record<A, string>;
    ownerLabel?: string;
    partyLabels?: Partial<Record<PartyRole, string>>;
  };
}

/** Declares a workflow; the table is data so the UI can render it and tests can walk it. */
export function defineWorkflow<S extends string, A extends string, G = unknown>(wf: Workflow<S, A, G>): Workflow<S, A, G> {
  return wf;
}

/**
 * The record facts the "who may" rule needs: its region, its owning organisation and its standing parties.
 * Records several organisations act on load their parties with `loadParties` (platform/parties.ts).
 */
export interface WorkflowSubject {
  ownerOrgId: number | null;
  regionCode: string;
  parties?: readonly Pick<Party, 'orgId' | 'role'>[];
}

const isPartyRole = (w: Who): w is PartyRole => (partyRoles as readonly string[]).includes(w);
const whoList = (who: Who | readonly Who[]): readonly Who[] => (typeof who === 'string' ? [who] : who);

/** May this actor take transition `t` on the record (ignoring the current status)? */
export function mayTake(actor: Actor | null, t: { who: Who | readonly Who[] }, subject: WorkflowSubject): boolean {
  if (!actor) return false;
  const roles = rolesOf(actor, subject.ownerOrgId, subject.parties);
  return whoList(t.who).some((w) =>
    isPartyRole(w) ? roles.has(w) : actor.permissions.has(w) && inJurisdiction(actor, { regionCode: subject.regionCode, orgId: subject.ownerOrgId }),
  );
}

/** What the step needs to check: who acts on which record, and the record for the guard. */
export interface StepContext<G> {
  actor: Actor;
  subject: WorkflowSubject;
  record?: G;
}

/**
 * Returns the transition for `action`, after checking, in this order: that the actor may take it at all
 * (403 naming who may: "只有知识产权局工作人员可以执行“准予备案”"), that the record's status allows it
 * (409: "当前状态为“已通过”，不能执行“驳回”（仅“待审核”时可以）"), and the transition's guard (409 with its
 * reason). Callers have already checked the record is visible to the actor (404 otherwise).
 */
export function assertTransition<S extends string, A extends string, G = unknown>(
  wf: Workflow<S, A, G>,
  current: S,
  action: A,
  step: StepContext<G>,
): Transition<S, A, G> {
  const candidates = wf.transitions.filter((x) => x.action === action);
  if (candidates.length === 0) throw new Error(`workflow ${wf.name} has no action ${action}`);
  const permitted = candidates.filter((x) => mayTake(step.actor, x, step.subject));
  if (permitted.length === 0) {
    const whos = [...new Set(candidates.flatMap((x) => whoList(x.who)))];
    const who = [...new Set(whos.map((w) => whoLabel(wf, w, 'zh')))].join('或');
    const whoEn = [...new Set(whos.map((w) => whoLabel(wf, w, 'en')))].join(' or ');
    const text = message('workflow.who_may', { who, action: wf.actionLabels[action], whoEn, actionEn: wf.en.actionLabels[action] });
    throw new AppError(403, 'forbidden', text, undefined, { action, who });
  }
  const t = permitted.find((x) => x.from.includes(current));
  if (!t) {
    const from = [...new Set(permitted.flatMap((x) => x.from))];
    throw conflict(
      message('workflow.wrong_status', {
        current: wf.statusLabels[current] ?? current,
        action: wf.actionLabels[action],
        allowed: from.map((s) => `“${wf.statusLabels[s]}”`).join('或'),
        currentEn: wf.en.statusLabels[current] ?? current,
        actionEn: wf.en.actionLabels[action],
        allowedEn: from.map((s) => `“${wf.en.statusLabels[s]}”`).join(' or '),
      }),
    );
  }
  if (t.guard && step.record !== undefined) {
    const why = t.guard(step.record);
    if (why) throw conflict(why);
  }
  return t;
}

type Labels = { ownerLabel?: string; partyLabels?: Partial<Record<PartyRole, string>> };

function whoLabel(wf: Labels & { en?: Labels }, who: Who, lang: 'zh' | 'en' = 'zh'): string {
  const labels = lang === 'zh' ? wf : (wf.en ?? {});
  if (isPartyRole(who)) return (who === 'owner' ? labels.ownerLabel : labels.partyLabels?.[who]) ?? partyRoleLabels[who][lang];
  return roles
    .filter((r) => roleDefinitions[r].permissions.includes(who))
    .map((r) => roleDefinitions[r][lang])
    .join(lang === 'zh' ? '、' : ', ');
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
  extra: { dueOn: string | null; dueNotes?: WorkflowView['dueNotes']; history: WorkflowView['history']; record?: G },
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
      who: whoList(t.who)
        .map((w) => whoLabel(wf, w))
        .join('或'),
    })),
    clocks: Object.entries(wf.clocks ?? {}).map(([status, c]) => ({
      status,
      days: (c as StepClock).days,
      unit: (c as StepClock).unit,
      label: (c as StepClock).label,
    })),
    allowedActions: [...new Map(allowed.map((t) => [t.action, { action: t.action, label: wf.actionLabels[t.action] }])).values()],
    dueOn: extra.dueOn,
    dueNotes: extra.dueNotes ?? [],
    history: extra.history,
  };
}
