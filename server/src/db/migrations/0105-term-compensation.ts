import type { Kysely } from 'kysely';

/**
 * Patent term compensation (专利权期限补偿, Patent Law 2020 art. 42 ¶2–3; Implementing Rules 2023 arts.
 * 77–84) is an event on the patent's legal-status history with the days it adds to the term: `term_days`
 * on the 'term_compensation' event (null on every other event). `expires_on` adds the days.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('patent_events').addColumn('term_days', 'integer').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('patent_events').dropColumn('term_days').execute();
}
