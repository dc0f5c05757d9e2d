import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { idType, withId } from '../migration-helpers.js';

interface EventRow {
  id: number | string;
  patent_id: number | string;
  event_date: string;
  kind: string;
  details: string | null;
  created_at: string;
}

const detailsOf = (d: string | null): Record<string, unknown> => {
  try {
    const v: unknown = d ? JSON.parse(d) : null;
    return v !== null && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
};
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

/**
 * Patent events say who recorded them (登记机关): the authority (cnipa, agency, court, bureau, platform), its
 * number for the act (registration, filing or case number) and the date it acted. Pledges (专利权质押) get a
 * typed table instead of amounts inside the event's JSON: pledgor, pledgee, amount and currency, the
 * registration, and the date the pledge ended (注销). Existing pledge events are carried over (their JSON
 * amount, pledgee and registration number where given), each ended by the first later release of the patent.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const fk = idType(db);
  await db.schema.alterTable('patent_events').addColumn('authority', 'text').execute();
  await db.schema.alterTable('patent_events').addColumn('authority_no', 'text').execute();
  await db.schema.alterTable('patent_events').addColumn('authority_date', 'text').execute();

  await withId(db, db.schema.createTable('patent_pledges'))
    .addColumn('patent_id', fk, (c) => c.notNull().references('patents.id').onDelete('cascade'))
    .addColumn('event_id', fk, (c) => c.references('patent_events.id').onDelete('set null'))
    .addColumn('pledgor', 'text')
    .addColumn('pledgee', 'text', (c) => c.notNull())
    .addColumn('amount', 'real', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull().defaultTo('CNY'))
    .addColumn('registered_on', 'text', (c) => c.notNull())
    .addColumn('authority', 'text', (c) => c.notNull())
    .addColumn('authority_no', 'text')
    .addColumn('ended_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('patent_pledges_patent').on('patent_pledges').columns(['patent_id', 'registered_on']).execute();

  await backfillPledges(db);
}

/**
 * The typed pledge rows of the pledge events already on the histories: amount, pledgee, pledgor, currency and
 * registration number from the event's JSON where given; each release ends the patent's oldest standing pledge.
 * Events that already have their pledge row are left alone.
 */
export async function backfillPledges(db: Kysely<unknown>): Promise<void> {
  const events = await sql<EventRow>`select id, patent_id, event_date, kind, details, created_at from patent_events
    where kind in ('pledge', 'pledge_release') order by patent_id, event_date, id`.execute(db);
  // A release ends the patent's oldest pledge still standing (as the eligibility rules count them).
  const rows: { event: EventRow; ended: string | null }[] = [];
  const standing = new Map<number, { event: EventRow; ended: string | null }[]>();
  for (const e of events.rows) {
    const list = standing.get(Number(e.patent_id)) ?? [];
    standing.set(Number(e.patent_id), list);
    if (e.kind === 'pledge') {
      const row = { event: e, ended: null };
      rows.push(row);
      list.push(row);
    } else {
      const first = list.shift();
      if (first) first.ended = e.event_date;
    }
  }
  // Idempotent: an event that already has its pledge row keeps it.
  const done = new Set(
    (await sql<{ event_id: number | string }>`select event_id from patent_pledges where event_id is not null`.execute(db)).rows.map((r) => Number(r.event_id)),
  );
  for (const { event: e, ended } of rows) {
    if (done.has(Number(e.id))) continue;
    const d = detailsOf(e.details);
    const amount = Number(d.amount);
    await sql`insert into patent_pledges (patent_id, event_id, pledgor, pledgee, amount, currency, registered_on, authority, authority_no, ended_on, created_at, updated_at)
      values (${Number(e.patent_id)}, ${Number(e.id)}, ${text(d.pledgor)}, ${text(d.pledgee) ?? ''}, ${Number.isFinite(amount) && amount > 0 ? amount : 0},
        ${text(d.currency) ?? 'CNY'}, ${e.event_date}, ${'cnipa'}, ${text(d.registrationNo)}, ${ended}, ${e.created_at}, ${e.created_at})`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('patent_pledges').execute();
  await db.schema.alterTable('patent_events').dropColumn('authority_date').execute();
  await db.schema.alterTable('patent_events').dropColumn('authority_no').execute();
  await db.schema.alterTable('patent_events').dropColumn('authority').execute();
}
