import type { AuditActor } from './actor.js';
import type { Executor } from '../db/database.js';
import type { AppContext } from './context.js';
import { nowIso } from './context.js';
import { insertAuditRow, latestAuditId } from './audit-repository.js';

/** A version of everything changed through mutate(): the newest audit row's id (caches of derived data key on it). */
export const auditVersion = (db: Executor): Promise<number> => latestAuditId(db);

/** One audit record: what was done to which entity, with its state before and after. */
export interface AuditInput {
  action: string;
  entityType: string;
  entityId: string | number | null;
  /** Region the entity belongs to: lets admins of that region (and above) search it. */
  regionCode?: string | null;
  before?: unknown;
  after?: unknown;
}

const SECRET_KEYS = /password|hash|token|secret/i;

/** JSON without secrets: password hashes and tokens never reach the audit log. */
function redact(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return JSON.stringify(value, (k, v: unknown) => (k && SECRET_KEYS.test(k) ? '[redacted]' : v));
}

/**
 * Writes the audit row for a mutation. Call it with the transaction that makes the change, so the
 * change and its audit row commit or roll back together (append-only: the table refuses UPDATE/DELETE).
 */
export async function recordAudit(ctx: Pick<AppContext, 'clock'>, trx: Executor, actor: AuditActor, input: AuditInput): Promise<void> {
  await insertAuditRow(trx, {
    at: nowIso(ctx),
    actor_user_id: actor.userId,
    actor_username: actor.username,
    actor_org_id: actor.orgId,
    region_code: input.regionCode ?? actor.regionCode ?? null,
    ip: actor.ip,
    action: input.action,
    entity_type: input.entityType,
    entity_id: input.entityId === null ? null : String(input.entityId),
    before_json: redact(input.before),
    after_json: redact(input.after),
  });
  actor.trace.auditRows += 1;
}

/**
 * Runs a mutation in one transaction and writes its audit row inside it. `work` returns the value
 * and the audit input; side effects (notifications) belong after this resolves.
 */
export async function mutate<T>(ctx: AppContext, actor: AuditActor, work: (trx: Executor) => Promise<{ value: T; audit: AuditInput }>): Promise<T> {
  return ctx.db.transaction().execute(async (trx) => {
    const { value, audit } = await work(trx);
    await recordAudit(ctx, trx, actor, audit);
    return value;
  });
}
