import type { WorkflowView } from '@zhichan/contract';
import type { Executor } from '../db/database.js';
import type { Actor } from './actor.js';
import type { AppContext } from './context.js';
import { notFound } from './errors.js';
import { findAuditHistory } from './audit-repository.js';

/**
 * A kind of workflow record (an open-licence declaration, a filing …) as the shared kit sees it:
 * whether an actor may see it (attachments are downloadable only then) and its workflow view.
 */
export interface RecordType {
  type: string;
  /** Throws 404 when the record is absent or outside the actor's reach. */
  assertVisible(ctx: AppContext, actor: Actor, id: number): Promise<void>;
  /** May the actor attach files to the record now (its owner while it is editable)? */
  mayAttach(ctx: AppContext, actor: Actor, id: number): Promise<boolean>;
  workflowView(ctx: AppContext, actor: Actor, id: number): Promise<WorkflowView>;
}

const types = new Map<string, RecordType>();

/** Modules register their record types at start-up. */
export function registerRecordType(t: RecordType): void {
  types.set(t.type, t);
}

/** The registered record type, or 404 for an unknown one. */
export function recordType(type: string): RecordType {
  const t = types.get(type);
  if (!t) throw notFound('记录');
  return t;
}

/** A record's step history from its audit rows (who did what, when). */
export async function recordHistory(db: Executor, entityType: string, id: number): Promise<WorkflowView['history']> {
  const rows = await findAuditHistory(db, entityType, id);
  return rows.map((r) => ({ at: r.at, action: r.action, actor: r.actor_username }));
}
