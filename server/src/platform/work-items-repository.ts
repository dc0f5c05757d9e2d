import { sql, type Insertable } from 'kysely';
import type { Executor } from '../db/database.js';
import type { WorkItemTable } from '../db/schema.js';
import { regionCondition } from './jurisdiction.js';

/** Closes the record's open work items. */
export async function closeOpenWorkItems(trx: Executor, recordType: string, recordId: number, at: string): Promise<void> {
  await trx
    .updateTable('work_items')
    .set({ closed_at: at })
    .where('record_type', '=', recordType)
    .where('record_id', '=', recordId)
    .where('closed_at', 'is', null)
    .execute();
}

/** Opens a work item. */
export async function insertWorkItem(trx: Executor, row: Insertable<WorkItemTable>): Promise<void> {
  await trx.insertInto('work_items').values(row).execute();
}

/** The record's open work item's due date and the clock it was counted on. */
export async function findOpenDueClock(db: Executor, recordType: string, recordId: number) {
  return db
    .selectFrom('work_items')
    .select(['due_on', 'clock_start', 'clock_unit'])
    .where('record_type', '=', recordType)
    .where('record_id', '=', recordId)
    .where('closed_at', 'is', null)
    .executeTakeFirst();
}

/** Open working-day clocks started by the end of `year` and due in it or later (recounted when its arrangement changes). */
export async function findOpenWorkingClocksInto(trx: Executor, year: number) {
  return trx
    .selectFrom('work_items')
    .select(['id', 'due_on', 'clock_start', 'clock_days', 'notified'])
    .where('closed_at', 'is', null)
    .where('clock_unit', '=', 'working')
    .where('clock_start', '<=', `${year}-12-31`)
    .where('due_on', '>=', `${year}-01-01`)
    .execute();
}

/** Sets a work item's due date and its notice mark. */
export async function updateWorkItemDue(trx: Executor, id: number, dueOn: string, notified: string): Promise<void> {
  await trx.updateTable('work_items').set({ due_on: dueOn, notified }).where('id', '=', id).execute();
}

/**
 * Open work items of an organisation, or of permissions held within a region, most urgent first (no due
 * date last), at most 500.
 */
export async function findOpenWorkItems(db: Executor, q: { orgId: number; permissions: readonly string[]; regionCode: string | null }) {
  return db
    .selectFrom('work_items')
    .selectAll()
    .where('closed_at', 'is', null)
    .where((eb) => {
      const mine = [eb('assignee_org_id', '=', q.orgId)];
      if (q.regionCode !== null && q.permissions.length > 0) {
        mine.push(eb.and([eb('assignee_permission', 'in', [...q.permissions]), regionCondition('region_code', q.regionCode)]));
      }
      return eb.or(mine);
    })
    .orderBy(sql`case when due_on is null then 1 else 0 end`)
    .orderBy('due_on')
    .orderBy('id')
    .limit(500)
    .execute();
}

/** Active users with one of the roles, with their organisation's region. */
export async function findActiveUsersWithRoles(db: Executor, roles: readonly string[]) {
  if (roles.length === 0) return [];
  return db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.org_id')
    .select(['u.id', 'o.region_code'])
    .where('u.role', 'in', [...roles])
    .where('u.status', '=', 'active')
    .where('o.status', '=', 'active')
    .execute();
}

/** Active users of an organisation. */
export async function findActiveOrgUserIds(db: Executor, orgId: number): Promise<number[]> {
  const rows = await db.selectFrom('users').select('id').where('org_id', '=', orgId).where('status', '=', 'active').execute();
  return rows.map((r) => r.id);
}

/** Open items due by `horizon` not yet told as overdue. */
export async function findItemsDueBy(db: Executor, horizon: string) {
  return db
    .selectFrom('work_items')
    .selectAll()
    .where('closed_at', 'is', null)
    .where('due_on', 'is not', null)
    .where('due_on', '<=', horizon)
    .where('notified', '!=', 'overdue')
    .execute();
}

/** Claims a notice stage for an item: false when a concurrent sweep got there first. */
export async function claimNoticeStage(db: Executor, id: number, from: string, stage: string): Promise<boolean> {
  const r = await db.updateTable('work_items').set({ notified: stage }).where('id', '=', id).where('notified', '=', from).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
