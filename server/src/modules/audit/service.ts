import type { z } from 'zod';
import type { AuditEntry, ZAuditQuery } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { findAuditRows } from './repository.js';

const parse = (json: string | null): unknown => (json === null ? null : JSON.parse(json));

/** Searches the audit trail of the actor's jurisdiction by actor, entity, action and time. */
export async function searchAudit(ctx: AppContext, actor: Actor, query: z.infer<typeof ZAuditQuery>) {
  const { items, total } = await findAuditRows(
    ctx.db,
    {
      withinRegion: actor.regionCode,
      actor: query.actor,
      entityType: query.entityType,
      entityId: query.entityId,
      action: query.action,
      from: query.from,
      to: query.to,
    },
    query.page,
    query.pageSize,
  );
  const present = (r: (typeof items)[number]): AuditEntry => ({
    id: r.id,
    at: r.at,
    actorUserId: r.actor_user_id,
    actorUsername: r.actor_username,
    actorOrgId: r.actor_org_id,
    regionCode: r.region_code,
    ip: r.ip,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    before: parse(r.before_json),
    after: parse(r.after_json),
  });
  return { items: items.map(present), total, page: query.page, pageSize: query.pageSize };
}
