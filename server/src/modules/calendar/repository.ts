import type { CalendarDayKind } from '@zhichan/contract';
import type { Executor } from '../../db/database.js';

/** A row to store in the holiday calendar. */
export interface CalendarRowInput {
  year: number;
  date: string;
  kind: CalendarDayKind;
  name: string;
  source: string;
  entered_by: number | null;
  entered_at: string;
}

/** Every stored day (for the in-memory calendar). */
export async function findAllCalendarDays(db: Executor) {
  return db.selectFrom('holiday_calendar').select(['year', 'date', 'kind']).orderBy('date').execute();
}

/** Years that have an arrangement. */
export async function findArrangedYears(db: Executor, years?: number[]): Promise<Set<number>> {
  let q = db.selectFrom('holiday_calendar').select('year').distinct();
  if (years) q = q.where('year', 'in', years);
  const rows = await q.execute();
  return new Set(rows.map((r) => Number(r.year)));
}

/** Per arranged year: its source, who entered it and when, and how many holidays and make-up days. */
export async function findYearSummaries(db: Executor) {
  const rows = await db
    .selectFrom('holiday_calendar as c')
    .leftJoin('users as u', 'u.id', 'c.entered_by')
    .select((eb) => [
      'c.year',
      'c.kind',
      eb.fn.max('c.source').as('source'),
      eb.fn.max('u.display_name').as('entered_by'),
      eb.fn.max('c.entered_at').as('entered_at'),
      eb.fn.countAll<number | string>().as('n'),
    ])
    .groupBy(['c.year', 'c.kind'])
    .orderBy('c.year')
    .execute();
  return rows.map((r) => ({ ...r, year: Number(r.year), n: Number(r.n) }));
}

/** One year's days in date order, with who entered them. */
export async function findYearDays(db: Executor, year: number) {
  return db
    .selectFrom('holiday_calendar as c')
    .leftJoin('users as u', 'u.id', 'c.entered_by')
    .select(['c.date', 'c.kind', 'c.name', 'c.source', 'c.entered_at', 'u.display_name as entered_by'])
    .where('c.year', '=', year)
    .orderBy('c.date')
    .execute();
}

/** Replaces one year's days (delete, then insert). */
export async function replaceYearDays(trx: Executor, year: number, rows: CalendarRowInput[]): Promise<void> {
  await trx.deleteFrom('holiday_calendar').where('year', '=', year).execute();
  await insertCalendarDays(trx, rows);
}

/** Inserts days, skipping dates already stored (seeding is idempotent and safe against a second process). */
export async function insertCalendarDays(db: Executor, rows: CalendarRowInput[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('holiday_calendar')
      .values(rows.slice(i, i + 500))
      .onConflict((oc) => oc.column('date').doNothing())
      .execute();
  }
}
