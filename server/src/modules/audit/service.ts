import type { z } from 'zod';
import type { AuditEntry, ZAuditQuery } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { isWithinRegion } from '../../platform/jurisdiction.js';
import { findAuditRows } from './repository.js';

const parse = (json: string | null): unknown => (json === null ? null : JSON.parse(json));

/**
 * Rows of no region — failed sign-ins under unknown usernames, system work — belong to the platform as a whole,
 * and the platform is the city's (CITY_REGION): its top administrators are those whose jurisdiction holds the whole
 * city (city level, or above). A county's administrators never see them: an unknown name says nothing of where it
 * came from. (Reach is decided by the jurisdiction every other rule already uses, rather than a new permission that
 * no role holds.)
 */
export function seesPlatformRows(ctx: Pick<AppContext, 'config'>, actor: Actor): boolean {
  return actor.scope === 'region' && isWithinRegion(ctx.config.cityRegion, actor.regionCode);
}

/** Searches the audit trail of the actor's jurisdiction by actor, entity, action and time. */
export async function searchAudit(ctx: AppContext, actor: Actor, query: z.infer<typeof ZAuditQuery>) {
  const { items, total } = await findAuditRows(
    ctx.db,
    {
      withinRegion: actor.regionCode,
      withUnassigned: seesPlatformRows(ctx, actor),
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
