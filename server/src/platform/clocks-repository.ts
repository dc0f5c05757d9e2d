import type { Insertable, Updateable } from 'kysely';
import type { Executor } from '../db/database.js';
import type { ClockPauseTable, RecordClockTable } from '../db/schema.js';
import type { RecordRef } from './parties-repository.js';

/** A record's clocks, oldest first. */
export async function findRecordClocks(db: Executor, ref: RecordRef) {
  return db.selectFrom('record_clocks').selectAll().where('record_type', '=', ref.type).where('record_id', '=', ref.id).orderBy('id').execute();
}

/** Clocks of many records of one type (lists show each record's running clock). */
export async function findClocksOfRecords(db: Executor, type: string, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('record_clocks')
    .selectAll()
    .where('record_type', '=', type)
    .where('record_id', 'in', [...ids])
    .orderBy('id')
    .execute();
}

/** Inserts a clock; returns its id. */
export async function insertRecordClock(trx: Executor, row: Insertable<RecordClockTable>): Promise<number> {
  const r = await trx.insertInto('record_clocks').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

/** Updates one clock. */
export async function updateRecordClock(trx: Executor, id: number, set: Updateable<RecordClockTable>): Promise<void> {
  await trx.updateTable('record_clocks').set(set).where('id', '=', id).execute();
}

/** The pauses of a record's clocks (record clocks and work-item step clocks), oldest first. */
export async function findRecordPauses(db: Executor, ref: RecordRef) {
  return db.selectFrom('clock_pauses').selectAll().where('record_type', '=', ref.type).where('record_id', '=', ref.id).orderBy('id').execute();
}

/** The pauses of some clocks of one kind. */
export async function findPausesOf(db: Executor, kind: 'record' | 'work_item', ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('clock_pauses')
    .selectAll()
    .where('clock_kind', '=', kind)
    .where('clock_id', 'in', [...ids])
    .orderBy('id')
    .execute();
}

/** Records a pause. */
export async function insertPause(trx: Executor, row: Insertable<ClockPauseTable>): Promise<void> {
  await trx.insertInto('clock_pauses').values(row).execute();
}

/** Ends the open pauses of a record's clocks on `on`. */
export async function closeOpenPauses(trx: Executor, ref: RecordRef, on: string): Promise<void> {
  await trx
    .updateTable('clock_pauses')
    .set({ resumed_on: on })
    .where('record_type', '=', ref.type)
    .where('record_id', '=', ref.id)
    .where('resumed_on', 'is', null)
    .execute();
}

/** The record's open work item with its clock. */
export async function findOpenWorkItemClock(db: Executor, ref: RecordRef) {
  return db
    .selectFrom('work_items')
    .select(['id', 'step', 'due_on', 'clock_start', 'clock_days', 'clock_unit', 'clock_paused_on'])
    .where('record_type', '=', ref.type)
    .where('record_id', '=', ref.id)
    .where('closed_at', 'is', null)
    .executeTakeFirst();
}

/** Sets an open work item's pause state and due date (a moved due date clears the notice mark). */
export async function updateWorkItemPause(trx: Executor, id: number, set: { clock_paused_on: string | null; due_on: string | null }): Promise<void> {
  await trx
    .updateTable('work_items')
    .set({ ...set, notified: '' })
    .where('id', '=', id)
    .execute();
}

/** Running record clocks started by the end of `year` and due in it or later (recounted when its calendar changes). */
export async function findOpenWorkingRecordClocksInto(trx: Executor, year: number) {
  return trx
    .selectFrom('record_clocks')
    .selectAll()
    .where('stopped_on', 'is', null)
    .where('unit', '=', 'working')
    .where('start_on', '<=', `${year}-12-31`)
    .where('due_on', '>=', `${year}-01-01`)
    .execute();
}

/** Sets an open work item's clock length (an extension granted with approval). */
export async function updateWorkItemClockDays(trx: Executor, id: number, days: number): Promise<void> {
  await trx.updateTable('work_items').set({ clock_days: days }).where('id', '=', id).execute();
}
