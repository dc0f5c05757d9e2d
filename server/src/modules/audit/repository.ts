import type { Executor } from '../../db/database.js';
import { regionCondition } from '../../platform/jurisdiction.js';

export interface AuditFilter {
  withinRegion: string;
  /** Also the rows of no region (the platform's own: sign-in failures of unknown names, system work). */
  withUnassigned?: boolean;
  actor?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  from?: string;
  to?: string;
}

function filtered(db: Executor, f: AuditFilter) {
  let q = db
    .selectFrom('audit_log')
    .where((eb) =>
      f.withUnassigned
        ? eb.or([regionCondition('region_code', f.withinRegion), eb('region_code', 'is', null)])
        : regionCondition('region_code', f.withinRegion),
    );
  if (f.actor) q = q.where('actor_username', '=', f.actor);
  if (f.entityType) q = q.where('entity_type', '=', f.entityType);
  if (f.entityId) q = q.where('entity_id', '=', f.entityId);
  // An action filter of "enterprise" matches every "enterprise.*" action.
  if (f.action) q = q.where((eb) => eb.or([eb('action', '=', f.action ?? ''), eb('action', 'like', `${(f.action ?? '').replace(/[\\%_]/g, '')}.%`)]));
  if (f.from) q = q.where('at', '>=', f.from);
  if (f.to) q = q.where('at', '<=', f.to.length === 10 ? `${f.to}T23:59:59.999Z` : f.to);
  return q;
}

/** A page of audit rows, newest first. */
export async function findAuditRows(db: Executor, f: AuditFilter, page: number, pageSize: number) {
  const [items, count] = await Promise.all([
    filtered(db, f)
      .selectAll()
      .orderBy('id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    filtered(db, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}
