import { message, type KeyMark, type KeyMarkBody, type KeyMarkFlag } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso, todayIso } from '../../platform/context.js';
import { mutate } from '../../platform/audit.js';
import { AppError, badRequest, conflict } from '../../platform/errors.js';
import { assertCanAccess } from '../../platform/jurisdiction.js';
import type { Executor } from '../../db/database.js';
import { foldRuns } from '../patents/api.js';
import {
  findGi,
  findKeyMark,
  findKeyMarksPage,
  findListingsFor,
  findOrgName,
  findStandingListing,
  findTrademark,
  findTrademarkMarks,
  insertKeyMark,
  isAuthorisedGiUser,
  updateKeyMark,
  type KeyMarkRow,
} from './repository.js';

/** A mark folded as the registry folds text: 「ＡＢＣ 牌」 and 「abc牌」 are the same mark. */
export const foldMark = (mark: string) => foldRuns(mark).join('');

function present(k: KeyMarkRow): KeyMark {
  return {
    id: Number(k.id),
    trademarkId: k.trademark_id === null ? null : Number(k.trademark_id),
    mark: k.mark,
    regNo: k.reg_no,
    holderName: k.holder_name,
    reasons: k.reasons,
    regionCode: k.region_code,
    listedOn: k.listed_on,
    removedOn: k.removed_on,
    removalReason: k.removal_reason,
    isDemo: k.is_demo === 1,
  };
}

export async function listKeyMarks(ctx: AppContext, q: { q?: string; includeRemoved?: boolean; page: number; pageSize: number }) {
  const { rows, total } = await findKeyMarksPage(ctx.db, q, q.page, q.pageSize);
  return { items: rows.map(present), total, page: q.page, pageSize: q.pageSize };
}

/** Lists a mark (列入名录): a trademark of the register (its mark and holder from there) or a mark by its text and holder. */
export async function listKeyMark(ctx: AppContext, actor: Actor, body: KeyMarkBody): Promise<KeyMark> {
  let mark: string;
  let holder: string;
  let regNo: string | null = body.regNo ?? null;
  if (body.trademarkId !== undefined) {
    const t = await findTrademark(ctx.db, body.trademarkId);
    if (!t) throw badRequest(message('error.not_found', { what: '商标' }), { trademarkId: message('error.not_found', { what: '商标' }) });
    mark = t.mark;
    holder = t.owner_name;
    regNo = t.reg_no;
  } else {
    mark = body.mark as string;
    holder = body.holderName as string;
  }
  if (body.listedOn > todayIso(ctx)) throw badRequest(message('keymarks.date_future'), { listedOn: message('keymarks.date_future') });
  const folded = foldMark(mark);
  const standing = await findStandingListing(ctx.db, { trademarkId: body.trademarkId ?? null, markFolded: folded });
  if (standing) throw conflict(message('keymarks.already_listed', { listedOn: standing.listed_on }));
  const at = nowIso(ctx);
  const id = await mutate(ctx, actor, async (trx) => {
    const id = await insertKeyMark(trx, {
      trademark_id: body.trademarkId ?? null,
      mark,
      mark_folded: folded,
      reg_no: regNo,
      holder_name: holder,
      reasons: body.reasons,
      region_code: actor.regionCode,
      listed_on: body.listedOn,
      removed_on: null,
      removal_reason: null,
      is_demo: 0,
      created_at: at,
      updated_at: at,
    });
    return {
      value: id,
      audit: { action: 'key_mark.list', entityType: 'key_mark', entityId: id, regionCode: actor.regionCode, after: { mark, holder, ...body } },
    };
  });
  return present((await findKeyMark(ctx.db, id)) as KeyMarkRow);
}

/** Removes a mark from the list (移出名录), by the listing bureau's region; the row keeps why and when. */
export async function removeKeyMark(ctx: AppContext, actor: Actor, id: number, body: { reason: string; removedOn: string }): Promise<KeyMark> {
  const k = await findKeyMark(ctx.db, id);
  assertCanAccess(actor, k ? { regionCode: k.region_code, orgId: null } : undefined, '重点商标');
  const row = k as KeyMarkRow;
  if (row.removed_on) throw conflict(message('keymarks.already_removed', { removedOn: row.removed_on }));
  if (body.removedOn < row.listed_on)
    throw badRequest(message('keymarks.removed_before_listed', { listedOn: row.listed_on }), {
      removedOn: message('keymarks.removed_before_listed', { listedOn: row.listed_on }),
    });
  if (body.removedOn > todayIso(ctx)) throw badRequest(message('keymarks.date_future'), { removedOn: message('keymarks.date_future') });
  await mutate(ctx, actor, async (trx) => {
    await updateKeyMark(trx, id, { removed_on: body.removedOn, removal_reason: body.reason, updated_at: nowIso(ctx) });
    return {
      value: null,
      audit: { action: 'key_mark.remove', entityType: 'key_mark', entityId: id, regionCode: row.region_code, before: { removedOn: null }, after: body },
    };
  });
  return present((await findKeyMark(ctx.db, id)) as KeyMarkRow);
}

/**
 * Flags of listed marks for trademarks and mark names (wherever a mark appears: the trademark page, a
 * complaint, an exhibit filing). A trademark is flagged when it is listed itself or a standing listing has the
 * same mark (folded as the registry folds text); a name when a listing has that mark. One flag per listing and
 * thing asked about.
 */
export async function keyMarkFlags(db: Executor, q: { trademarkIds?: readonly number[]; names?: readonly string[] }, onDate: string): Promise<KeyMarkFlag[]> {
  const ids = [...new Set(q.trademarkIds ?? [])];
  const tms = await findTrademarkMarks(db, ids);
  const tmFolded = new Map(tms.map((t) => [Number(t.id), foldMark(t.mark)]));
  const names = [...new Set(q.names ?? [])].map((n) => ({ name: n, folded: foldMark(n) })).filter((n) => n.folded.length > 0);
  const folded = [...new Set([...tmFolded.values(), ...names.map((n) => n.folded)].filter((f) => f.length > 0))];
  const listings = await findListingsFor(db, ids, folded, onDate);
  const flags: KeyMarkFlag[] = [];
  const flag = (k: KeyMarkRow, match: 'trademark' | 'name', forTrademarkId: number | null, forName: string | null): KeyMarkFlag => ({
    keyMarkId: Number(k.id),
    trademarkId: k.trademark_id === null ? null : Number(k.trademark_id),
    mark: k.mark,
    holderName: k.holder_name,
    reasons: k.reasons,
    listedOn: k.listed_on,
    match,
    forTrademarkId,
    forName,
  });
  for (const id of ids) {
    for (const k of listings) {
      if (k.trademark_id !== null && Number(k.trademark_id) === id) flags.push(flag(k, 'trademark', id, null));
      else if (tmFolded.get(id) && k.mark_folded === tmFolded.get(id)) flags.push(flag(k, 'name', id, null));
    }
  }
  for (const n of names) for (const k of listings) if (k.mark_folded === n.folded) flags.push(flag(k, 'name', null, n.name));
  return flags;
}

export async function flagsForRoute(ctx: AppContext, q: { trademarkIds: number[]; names: string[] }) {
  return { items: await keyMarkFlags(ctx.db, q, todayIso(ctx)) };
}

/**
 * GI protection (地理标志保护): before a complaint about a geographical indication is triaged, the complainant
 * must be an authorised user of the GI on that date (on its list of approved users by organisation or credit
 * code, approval not expired). 404 for an unknown GI, 409 with the reason otherwise.
 */
export async function assertGiAuthorisedUser(db: Executor, giId: number, orgId: number, onDate: string): Promise<void> {
  const gi = await findGi(db, giId);
  if (!gi) throw new AppError(404, 'not_found', message('gi.not_found'));
  const org = await findOrgName(db, orgId);
  const ok = org ? await isAuthorisedGiUser(db, giId, { id: Number(org.id), creditCode: org.credit_code }, onDate) : false;
  if (!ok) throw conflict(message('gi.not_authorised_user', { org: org?.name ?? String(orgId), gi: gi.name }));
}

/** The same check as a yes/no answer. */
export async function isGiAuthorisedUser(db: Executor, giId: number, orgId: number, onDate: string): Promise<boolean> {
  const org = await findOrgName(db, orgId);
  return org ? isAuthorisedGiUser(db, giId, { id: Number(org.id), creditCode: org.credit_code }, onDate) : false;
}
