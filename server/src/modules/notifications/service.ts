import type { Notification } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso } from '../../platform/context.js';
import { mutate } from '../../platform/audit.js';
import { notFound } from '../../platform/errors.js';
import { countUnread, findNotificationOf, findNotificationsPage, setAllNotificationsRead, setNotificationRead } from './repository.js';

/** The caller's inbox, newest first, with the unread count. */
export async function listNotifications(ctx: AppContext, actor: Actor, q: { page: number; pageSize: number; unread?: '1' | '0' }) {
  const [{ rows, total }, unread] = await Promise.all([
    findNotificationsPage(ctx.db, actor.userId, { page: q.page, pageSize: q.pageSize, unreadOnly: q.unread === '1' }),
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
  return { items, total, page: q.page, pageSize: q.pageSize, unread };
}

export async function unreadCount(ctx: AppContext, actor: Actor) {
  return { unread: await countUnread(ctx.db, actor.userId) };
}

/** Marks one of the caller's notifications read. */
export async function markRead(ctx: AppContext, actor: Actor, id: number) {
  const n = await findNotificationOf(ctx.db, actor.userId, id);
  if (!n) throw notFound('通知');
  await mutate(ctx, actor, async (trx) => {
    if (!n.read_at) await setNotificationRead(trx, id, nowIso(ctx));
    return { value: null, audit: { action: 'notification.read', entityType: 'notification', entityId: id } };
  });
  return unreadCount(ctx, actor);
}

/** Marks all of the caller's notifications read. */
export async function markAllRead(ctx: AppContext, actor: Actor) {
  await mutate(ctx, actor, async (trx) => {
    const marked = await setAllNotificationsRead(trx, actor.userId, nowIso(ctx));
    return { value: null, audit: { action: 'notification.read_all', entityType: 'user', entityId: actor.userId, after: { marked } } };
  });
  return unreadCount(ctx, actor);
}
