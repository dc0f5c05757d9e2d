import type { z } from 'zod';
import type { ZMediationListQuery } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { presentMediation } from './present.js';
import { findMediators, findRegister, listMediations } from './repository.js';

/** The mediations the actor may see; `waiting` keeps the open ones (the mediator's workbench card counts these). */
export async function findMediations(ctx: AppContext, actor: Actor, q: z.infer<typeof ZMediationListQuery>) {
  const { rows, total } = await listMediations(ctx.db, actor, q, q);
  return { items: rows.map(presentMediation), total, page: q.page, pageSize: q.pageSize };
}

/** The register of mediation organisations (调解组织名册) and their mediators. */
export async function mediationRegister(ctx: AppContext) {
  const orgs = await findRegister(ctx.db);
  const people = await findMediators(
    ctx.db,
    orgs.map((o) => Number(o.id)),
  );
  return {
    items: orgs.map((o) => ({
      id: Number(o.id),
      orgId: Number(o.org_id),
      name: o.name,
      regionCode: o.region_code,
      kind: o.kind as 'people',
      scope: o.scope,
      mediators: people
        .filter((p) => Number(p.mediation_org_id) === Number(o.id))
        .map((p) => ({ id: Number(p.id), name: p.name, specialty: p.specialty, active: Number(p.active) === 1 })),
    })),
  };
}
