import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { assertCanAccess } from '../../platform/jurisdiction.js';
import { loadParties } from '../../platform/parties.js';
import { WHITELIST, findWhitelist, type WhitelistView } from './repository.js';

const LIST = '白名单';

/** The version, checked to be within the caller's reach (404 otherwise), with its parties. */
export async function loadWhitelist(ctx: AppContext, actor: Actor, id: number): Promise<WhitelistView> {
  const row = await findWhitelist(ctx.db, id);
  const parties = row ? await loadParties(ctx.db, { type: WHITELIST, id }) : [];
  assertCanAccess(actor, row ? { regionCode: row.region_code, orgId: row.owner_org_id, parties } : undefined, LIST);
  return row as WhitelistView;
}

/** A bank's view: only a list pushed to it (it is a standing party), else 404 as if missing. */
export async function loadPushedWhitelist(ctx: AppContext, actor: Actor, id: number): Promise<WhitelistView> {
  const row = await findWhitelist(ctx.db, id);
  const parties = row ? await loadParties(ctx.db, { type: WHITELIST, id }) : [];
  if (!row || !parties.some((p) => p.orgId === actor.orgId)) throw notFound(LIST);
  return row;
}
