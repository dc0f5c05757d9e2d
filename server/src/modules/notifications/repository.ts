import type { Executor } from '../../db/database.js';

/** How many of the user's notifications are unread. */
export async function countUnread(db: Executor, userId: number): Promise<number> {
  const r = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** A page of the user's notifications, newest first (only unread ones when asked), with their total. */
export async function findNotificationsPage(db: Executor, userId: number, q: { page: number; pageSize: number; unreadOnly: boolean }) {
  let base = db.selectFrom('notifications').where('user_id', '=', userId);
  if (q.unreadOnly) base = base.where('read_at', 'is', null);
  const [rows, count] = await Promise.all([
    base
      .selectAll()
      .orderBy('id', 'desc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** One notification of the user. */
export async function findNotificationOf(db: Executor, userId: number, id: number) {
  return db.selectFrom('notifications').select(['id', 'read_at']).where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
}

/** Marks one notification read. */
export async function setNotificationRead(db: Executor, id: number, at: string): Promise<void> {
  await db.updateTable('notifications').set({ read_at: at }).where('id', '=', id).execute();
}

/** Marks all of the user's unread notifications read; how many. */
export async function setAllNotificationsRead(db: Executor, userId: number, at: string): Promise<number> {
  const r = await db.updateTable('notifications').set({ read_at: at }).where('user_id', '=', userId).where('read_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows);
}
