import type { Kysely } from 'kysely';
import { foldRuns } from '../../modules/patents/api.js';

/**
 * Repeat offences (再次侵权, Trademark Law art. 60) are found by who the respondent is, not by how its name was
 * typed: the unified social credit code (统一社会信用代码) when the case has one, else the name folded as the
 * registry folds it (full-width → ASCII, lower case, punctuation and spaces dropped: "某（济宁）商贸有限公司" and
 * "某(济宁)商贸 有限公司" are one name).
 */
type Rows = { penalty_cases: { id: number; respondent_name: string; respondent_key: string } };

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('penalty_cases').addColumn('respondent_credit_code', 'text').execute();
  await db.schema
    .alterTable('penalty_cases')
    .addColumn('respondent_key', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  const k = db as Kysely<Rows>;
  const rows = await k.selectFrom('penalty_cases').select(['id', 'respondent_name']).execute();
  for (const r of rows) {
    await k
      .updateTable('penalty_cases')
      .set({ respondent_key: foldRuns(r.respondent_name).join('') })
      .where('id', '=', r.id)
      .execute();
  }
  await db.schema.createIndex('penalty_cases_respondent_key').on('penalty_cases').columns(['respondent_key', 'decision_on']).execute();
  await db.schema.createIndex('penalty_cases_respondent_code').on('penalty_cases').columns(['respondent_credit_code', 'decision_on']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('penalty_cases_respondent_code').execute();
  await db.schema.dropIndex('penalty_cases_respondent_key').execute();
  await db.schema.alterTable('penalty_cases').dropColumn('respondent_key').execute();
  await db.schema.alterTable('penalty_cases').dropColumn('respondent_credit_code').execute();
}
