import type { Insertable } from 'kysely';
import type { Executor } from '../db/database.js';
import type { NotificationTable } from '../db/schema.js';

/** Stores notifications (one statement for the batch). */
export async function insertNotifications(db: Executor, rows: Insertable<NotificationTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('notifications').values(rows).execute();
}
