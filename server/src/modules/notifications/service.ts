import type { Notification } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso } from '../../platform/context.js';
import { mutate } from '../../platform/audit.js';
import { notFound } from '../../platform/errors.js';
import type { Executor } from '../../db/database.js';

async function countUnread(db: Executor, userId: number): Promise<number> {
  const r = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** The caller's inbox, newest first, with the unread count. */
export async function listNotifications(ctx: AppContext, actor: Actor, q: { page: number; pageSize: number; unread?: '1' | '0' }) {
  let base = ctx.db.selectFrom('notifications').where('user_id', '=', actor.userId);
  if (q.unread === '1') base = base.where('read_at', 'is', null);
  const [rows, count, unread] = await Promise.all([
    base
      .selectAll()
      .orderBy('id', 'desc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    countUnread(ctx.db, actor.userId),
  ]);
  const items: Notification[] = rows.map((n) => ({
    id: n.id,
    kind: n.kind,
    title: n.title,
    body: n.body,
    link: n.link,
    createdAt: n.created_at,
    readAt: n.read_at,
  }));
  return { items, total: Number(count.n), page: q.page, pageSize: q.pageSize, unread };
}

export async function unreadCount(ctx: AppContext, actor: Actor) {
  return { unread: await countUnread(ctx.db, actor.userId) };
}

/** Marks one of the caller's notifications read. */
export async function markRead(ctx: AppContext, actor: Actor, id: number) {
  const n = await ctx.db.selectFrom('notifications').select(['id', 'read_at']).where('id', '=', id).where('user_id', '=', actor.userId).executeTakeFirst();
  if (!n) throw notFound('通知');
  await mutate(ctx, actor, async (trx) => {
    if (!n.read_at)
      await trx
        .updateTable('notifications')
        .set({ read_at: nowIso(ctx) })
        .where('id', '=', id)
        .execute();
    return { value: null, audit: { action: 'notification.read', entityType: 'notification', entityId: id } };
  });
  return unreadCount(ctx, actor);
}

/** Marks all of the caller's notifications read. */
export async function markAllRead(ctx: AppContext, actor: Actor) {
  await mutate(ctx, actor, async (trx) => {
    const r = await trx
      .updateTable('notifications')
      .set({ read_at: nowIso(ctx) })
      .where('user_id', '=', actor.userId)
      .where('read_at', 'is', null)
      .executeTakeFirst();
    return { value: null, audit: { action: 'notification.read_all', entityType: 'user', entityId: actor.userId, after: { marked: Number(r.numUpdatedRows) } } };
  });
  return unreadCount(ctx, actor);
}
