import { todayIso } from '../../platform/context.js';
import type { z } from 'zod';
import type { ZTrademarkQuery } from '@zhichan/contract';
import type { AppContext } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { findTrademark, findTrademarks } from './repository.js';

type Row = NonNullable<Awaited<ReturnType<typeof findTrademark>>>;

const ENDED = /注销|撤销|无效|失效|cancel|invalid|revoked/i;

/** The one rule for a trademark in force on a date: registered by then, not expired, status not ended. */
export function isTrademarkInForce(t: { reg_date: string | null; expires_on: string | null; status: string }, today: string): boolean {
  return t.reg_date !== null && t.reg_date <= today && (t.expires_on === null || t.expires_on >= today) && !ENDED.test(t.status);
}

/** A trademark for the API; `effective` is derived on today's date, not stored. */
export function presentTrademark(t: Row, today: string) {
  return {
    id: t.id,
    regNo: t.reg_no,
    mark: t.mark,
    // Nice classes are two-digit strings ('09'); older rows may hold numbers.
    classes: (JSON.parse(t.classes) as (string | number)[]).map((c) => String(c).padStart(2, '0')),
    ownerName: t.owner_name,
    ownerOrgId: t.owner_org_id,
    regionCode: t.region_code,
    appDate: t.app_date,
    regDate: t.reg_date,
    expiresOn: t.expires_on,
    status: t.status,
    effective: isTrademarkInForce(t, today),
    madrid: t.madrid === 1,
    wellKnown: t.well_known === 1,
  };
}

/** Trademarks (public record), filtered by text, region and Nice class. */
export async function listTrademarks(ctx: AppContext, q: z.infer<typeof ZTrademarkQuery>) {
  const today = todayIso(ctx);
  const { items, total } = await findTrademarks(ctx.db, { q: q.q, regionCode: q.regionCode, niceClass: q.niceClass }, q.page, q.pageSize);
  return { items: items.map((t) => presentTrademark(t, today)), total, page: q.page, pageSize: q.pageSize };
}

export async function getTrademark(ctx: AppContext, id: number) {
  const t = await findTrademark(ctx.db, id);
  if (!t) throw notFound('商标');
  return presentTrademark(t, todayIso(ctx));
}
