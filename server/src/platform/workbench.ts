import { message, type Message, type Permission, type Role, type WorkbenchCard, type WorkbenchCardKey, type WorkbenchCardKind } from '@zhichan/contract';
import type { Actor } from './actor.js';
import type { AppContext } from './context.js';

/** What a card counts: a number, or a number with how many of it are overdue. */
export type WorkbenchCount = number | { count: number; overdue: number };

/**
 * A card a module puts on the workbench (工作台) of everyone holding `permission` ('authenticated': every
 * signed-in user). A `queue` card counts work waiting for the caller and must count exactly what the list
 * at `link` shows them (same service, same jurisdiction or parties); a `shortcut` card opens a service and
 * may count something (omit `count` for none).
 */
export interface WorkbenchCardDef {
  key: WorkbenchCardKey;
  kind: WorkbenchCardKind;
  permission: Permission | 'authenticated';
  link: string;
  count?: (ctx: AppContext, actor: Actor) => Promise<WorkbenchCount>;
  /** Place on the workbench: lower first (queue cards come before shortcuts whatever their order). */
  order?: number;
}

const cards = new Map<WorkbenchCardKey, WorkbenchCardDef>();

/** Modules call this from their register(): one card per key (a second registration of a key is a bug). */
export function registerWorkbenchCard(def: WorkbenchCardDef): void {
  if (cards.has(def.key)) throw new Error(`workbench card ${def.key} registered twice`);
  cards.set(def.key, def);
}

/**
 * The note a role gets while none of its own services is on the platform (its workbench then shows only
 * the cards every user has): a coded message saying what will come, never another role's cards.
 */
const pendingNotes: Partial<Record<Role, Message['code']>> = {
  bank_officer: 'workbench.bank_pending',
  enforcement_partner: 'workbench.enforcement_pending',
  mediator: 'workbench.mediator_pending',
  public: 'workbench.public_pending',
};

function allowed(actor: Actor, def: WorkbenchCardDef): boolean {
  return def.permission === 'authenticated' || actor.permissions.has(def.permission);
}

/** The caller's workbench: the cards their permissions allow, counted within their reach, queues first. */
export async function collectWorkbench(ctx: AppContext, actor: Actor): Promise<{ cards: WorkbenchCard[]; notes: Message[] }> {
  const defs = [...cards.values()]
    .filter((d) => allowed(actor, d))
    .sort((a, b) => (a.kind === b.kind ? (a.order ?? 100) - (b.order ?? 100) : a.kind === 'queue' ? -1 : 1));
  const out: WorkbenchCard[] = [];
  for (const d of defs) {
    const counted = d.count ? await d.count(ctx, actor) : null;
    const count = counted === null ? null : typeof counted === 'number' ? counted : counted.count;
    const overdue = counted === null || typeof counted === 'number' ? null : counted.overdue;
    out.push({ key: d.key, kind: d.kind, link: d.link, count, overdue });
  }
  const ownQueue = defs.some((d) => d.kind === 'queue' && d.permission !== 'authenticated');
  const note = pendingNotes[actor.role];
  return { cards: out, notes: !ownQueue && note ? [message(note)] : [] };
}
