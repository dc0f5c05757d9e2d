import type { Executor } from '../db/database.js';
import type { AppContext } from './context.js';
import { nowIso } from './context.js';
import { insertNotifications } from './notify-repository.js';

/** An in-app notification for one user. */
export interface NotificationInput {
  userId: number;
  kind: string;
  title: string;
  body: string;
  link?: string | null;
}

/**
 * Delivers in-app notifications. Called after the mutation has committed (house style: side
 * effects after commit), so a rolled-back change never notifies anyone.
 */
export async function notifyUsers(ctx: AppContext, items: NotificationInput[], db: Executor = ctx.db): Promise<void> {
  const at = nowIso(ctx);
  // 7 bound values a row: batches stay far below SQLite's limit of bound variables in one statement.
  for (let i = 0; i < items.length; i += NOTIFY_BATCH) {
    await insertNotifications(
      db,
      items
        .slice(i, i + NOTIFY_BATCH)
        .map((n) => ({ user_id: n.userId, kind: n.kind, title: n.title, body: n.body, link: n.link ?? null, created_at: at, read_at: null })),
    );
  }
}

const NOTIFY_BATCH = 500;
