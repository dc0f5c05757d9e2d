import type { z } from 'zod';
import type { ZCreateSavedSearchBody } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso } from '../../platform/context.js';
import { mutate } from '../../platform/audit.js';
import { conflict, notFound } from '../../platform/errors.js';
import { notifyUsers } from '../../platform/notify.js';
import { countPatents, streamPatentIds, parseOrThrow, todayOf } from '../patents/api.js';
import {
  deleteSavedSearchRow,
  findAlertingSearches,
  findPatentIdsWrittenSince,
  findPatentTitles,
  findSavedSearch,
  findSavedSearchesOf,
  insertSavedSearch,
  setSearchChecked,
} from './repository.js';

type Row = { id: number; name: string; query: string; alert: number; last_match_count: number; last_checked_at: string | null; created_at: string };
const present = (r: Row) => ({
  id: r.id,
  name: r.name,
  query: r.query,
  alert: r.alert === 1,
  lastMatchCount: r.last_match_count,
  lastCheckedAt: r.last_checked_at,
  createdAt: r.created_at,
});

/** The caller's saved searches (保存的检索式). */
export async function listSavedSearches(ctx: AppContext, actor: Actor) {
  const rows = await findSavedSearchesOf(ctx.db, actor.userId);
  return { items: rows.map(present) };
}

/** A query as compared for duplicates: runs of white space are one space, none at the ends. */
const sameQuery = (q: string) => q.trim().replace(/\s+/g, ' ');

/**
 * Saves a search; the query must parse, and its current count is the baseline for alerts. The same
 * query saved twice by one user is refused (409 naming the saved one): it would only send every alert twice.
 */
export async function createSavedSearch(ctx: AppContext, actor: Actor, body: z.infer<typeof ZCreateSavedSearchBody>) {
  const ast = parseOrThrow(body.query);
  const mine = await findSavedSearchesOf(ctx.db, actor.userId);
  const same = mine.find((m) => sameQuery(m.query) === sameQuery(body.query));
  if (same) throw conflict(`已保存过相同的检索式「${same.name}」`, { query: `与已保存的「${same.name}」相同` });
  const count = await countPatents(ctx, ast, todayOf(ctx));
  const at = nowIso(ctx);
  const id = await mutate(ctx, actor, async (trx) => {
    const row = {
      user_id: actor.userId,
      name: body.name,
      query: body.query,
      alert: body.alert ? 1 : 0,
      last_match_count: count,
      last_checked_at: at,
      created_at: at,
    };
    const newId = await insertSavedSearch(trx, row);
    return { value: newId, audit: { action: 'saved_search.create', entityType: 'saved_search', entityId: newId, after: row } };
  });
  const row = await findSavedSearch(ctx.db, id);
  if (!row) throw notFound('保存的检索式');
  return present(row);
}

/** Deletes one of the caller's saved searches. */
export async function deleteSavedSearch(ctx: AppContext, actor: Actor, id: number) {
  const row = await findSavedSearch(ctx.db, id, actor.userId);
  if (!row) throw notFound('保存的检索式');
  await mutate(ctx, actor, async (trx) => {
    await deleteSavedSearchRow(trx, id);
    return { value: null, audit: { action: 'saved_search.delete', entityType: 'saved_search', entityId: id, before: row } };
  });
  return { ok: true as const };
}

/**
 * After an import: for every saved search with alerts on, finds the patents written since `since`
 * that match it and sends its owner an in-app notification listing them (the first five titles and
 * the count). Returns how many notifications were sent.
 */
export async function alertSavedSearches(ctx: AppContext, since: string): Promise<number> {
  const changed = new Set(await findPatentIdsWrittenSince(ctx.db, since));
  if (changed.size === 0) return 0;
  const searches = await findAlertingSearches(ctx.db);
  const asOf = todayOf(ctx);
  let sent = 0;
  for (const s of searches) {
    const parsed = (() => {
      try {
        return parseOrThrow(s.query);
      } catch {
        return null;
      }
    })();
    if (!parsed) continue;
    const hits: number[] = [];
    for await (const ids of streamPatentIds(ctx, parsed, asOf)) for (const id of ids) if (changed.has(id)) hits.push(id);
    const total = await countPatents(ctx, parsed, asOf);
    await setSearchChecked(ctx.db, s.id, total, nowIso(ctx));
    if (hits.length === 0) continue;
    const titles = await findPatentTitles(ctx.db, hits.slice(0, 5));
    const list = titles.map((t) => `· ${t.title}（${t.app_no}）`).join('\n');
    await notifyUsers(ctx, [
      {
        userId: s.user_id,
        kind: 'saved_search.new_matches',
        title: `检索式“${s.name}”有 ${hits.length} 件新增或更新的专利`,
        body: `${list}${hits.length > 5 ? `\n…等共 ${hits.length} 件` : ''}`,
        link: `/patents/search?q=${encodeURIComponent(s.query)}`,
      },
    ]);
    sent++;
  }
  return sent;
}
