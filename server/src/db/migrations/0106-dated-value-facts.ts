import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/**
 * High-value facts have dates (issue #20 §4). An award (patent_awards) records its level (national,
 * provincial), the date it was conferred when known and where the record came from; it counts from that date
 * (from the last day of its year when only the year is known), never for earlier dates. The stored facts
 * (patent_value_facts) keep the dated pledge credits — each registration's amount apportioned over the
 * patents it covers, with its registration date — and the date of the first award. The rows already stored are
 * recomputed by the next patent write; until then their credits are carried over undated-safe: each patent's
 * pledges at their registration date, whole sums, and awards from the end of their year.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('patent_awards').addColumn('level', 'text').execute();
  await db.schema.alterTable('patent_awards').addColumn('awarded_on', 'text').execute();
  await db.schema.alterTable('patent_awards').addColumn('source', 'text').execute();
  await db.schema
    .alterTable('patent_value_facts')
    .addColumn('pledge_credits', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema.alterTable('patent_value_facts').addColumn('award_since', 'text').execute();
  await db.schema.alterTable('patent_value_facts').addColumn('pledge_since', 'text').execute();
  await db.schema.createIndex('patent_pledges_registration').on('patent_pledges').columns(['authority_no', 'registered_on']).execute();

  // Carry the facts already stored over: pledges at their registration dates, awards from their year's end.
  const pledges = await sql<{ patent_id: number | string; registered_on: string; amount: number | string }>`
    select patent_id, registered_on, amount from patent_pledges where currency = 'CNY'`.execute(db);
  const credits = new Map<number, { on: string; amount: number }[]>();
  for (const p of pledges.rows) {
    const id = Number(p.patent_id);
    credits.set(id, [...(credits.get(id) ?? []), { on: p.registered_on, amount: Number(p.amount) }]);
  }
  const setting = await sql<{ value: string }>`select value from settings where key = 'high_value.pledge_threshold'`.execute(db);
  const threshold = Number(setting.rows[0]?.value ?? 10_000_000);
  for (const [id, list] of credits) {
    list.sort((a, b) => a.on.localeCompare(b.on));
    const since = list.find((c) => c.amount >= threshold)?.on ?? null;
    await sql`update patent_value_facts set pledge_credits = ${JSON.stringify(list)}, pledge_since = ${since} where patent_id = ${id}`.execute(db);
  }
  const awards = await sql<{
    patent_id: number | string;
    year: number | string;
  }>`select patent_id, min(year) as year from patent_awards group by patent_id`.execute(db);
  for (const a of awards.rows)
    await sql`update patent_value_facts set award_since = ${`${Number(a.year)}-12-31`} where patent_id = ${Number(a.patent_id)}`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('patent_pledges_registration').execute();
  await db.schema.alterTable('patent_value_facts').dropColumn('award_since').execute();
  await db.schema.alterTable('patent_value_facts').dropColumn('pledge_since').execute();
  await db.schema.alterTable('patent_value_facts').dropColumn('pledge_credits').execute();
  await db.schema.alterTable('patent_awards').dropColumn('source').execute();
  await db.schema.alterTable('patent_awards').dropColumn('awarded_on').execute();
  await db.schema.alterTable('patent_awards').dropColumn('level').execute();
}
