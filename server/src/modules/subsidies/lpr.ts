import { message, type LprRate, type LprRateBody, type LprRateList } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso } from '../../platform/context.js';
import { mutate } from '../../platform/audit.js';
import { conflict, notFound } from '../../platform/errors.js';
import { findLprByMonth, findLprRate, insertLprRate, listLprRates, updateLprRate } from './repository.js';
import { presentLpr } from './present.js';

/** The LPR series (贷款市场报价利率), newest month first; demo rows are marked. */
export async function listLpr(ctx: AppContext): Promise<LprRateList> {
  return { items: (await listLprRates(ctx.db)).map(presentLpr) };
}

/** Enters a month's LPR with its source (one row per month: a second is a 409 naming the month). */
export async function createLpr(ctx: AppContext, actor: Actor, body: LprRateBody): Promise<LprRate> {
  if (await findLprByMonth(ctx.db, body.month))
    throw conflict(message('lpr.duplicate', { month: body.month }), { month: message('lpr.duplicate', { month: body.month }) });
  const at = nowIso(ctx);
  const id = await mutate(ctx, actor, async (trx) => {
    const id = await insertLprRate(trx, {
      month: body.month,
      rate_1y_pct: body.rate1yPct,
      rate_5y_pct: body.rate5yPct ?? null,
      published_on: body.publishedOn ?? null,
      source: body.source,
      is_demo: 0,
      created_at: at,
      updated_at: at,
    });
    return { value: id, audit: { action: 'lpr.create', entityType: 'lpr_rate', entityId: id, regionCode: null, after: body } };
  });
  return presentLpr((await findLprRate(ctx.db, id)) as NonNullable<Awaited<ReturnType<typeof findLprRate>>>);
}

/**
 * Corrects a month's LPR (a correction clears the demo mark: the row is now what staff entered). Applications
 * already approved keep their amount; those still under review are computed again at approval.
 */
export async function updateLpr(ctx: AppContext, actor: Actor, id: number, body: LprRateBody): Promise<LprRate> {
  const before = await findLprRate(ctx.db, id);
  if (!before) throw notFound('LPR');
  const other = await findLprByMonth(ctx.db, body.month);
  if (other && Number(other.id) !== id)
    throw conflict(message('lpr.duplicate', { month: body.month }), { month: message('lpr.duplicate', { month: body.month }) });
  await mutate(ctx, actor, async (trx) => {
    await updateLprRate(trx, id, {
      month: body.month,
      rate_1y_pct: body.rate1yPct,
      rate_5y_pct: body.rate5yPct ?? null,
      published_on: body.publishedOn ?? null,
      source: body.source,
      is_demo: 0,
      updated_at: nowIso(ctx),
    });
    return { value: null, audit: { action: 'lpr.update', entityType: 'lpr_rate', entityId: id, regionCode: null, before: presentLpr(before), after: body } };
  });
  return presentLpr((await findLprRate(ctx.db, id)) as NonNullable<Awaited<ReturnType<typeof findLprRate>>>);
}
