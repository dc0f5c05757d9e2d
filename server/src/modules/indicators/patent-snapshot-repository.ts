import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';

/** The patent snapshot's rows (patent-snapshot.ts): legal dates, region, type and high-value facts. */
export function rowsQuery(db: Executor) {
  return db
    .selectFrom('patents as p')
    .leftJoin('patent_value_facts as f', 'f.patent_id', 'p.id')
    .select([
      'p.id',
      'p.region_code',
      'p.kind',
      'p.app_date',
      'p.grant_date',
      'p.terminated_on',
      'p.expires_on',
      sql<number>`case when f.strategic_industries <> '[]' then 1 else 0 end + case when coalesce(f.overseas_granted, 0) = 1 then 2 else 0 end`.as('flags'),
      // Dated criteria: the first award, the first pledge credit reaching the threshold (high-value facts).
      'f.award_since',
      'f.pledge_since',
    ]);
}

/** Fingerprint of the patents and the concordance (newest change, newest row, concordance edits). */
export async function patentsFingerprint(db: Executor): Promise<string> {
  // One aggregate per query: SQLite answers a lone max() from the index, two in one select scan.
  const [latestAt, latestId, concordance] = await Promise.all([
    db
      .selectFrom('patents')
      .select((eb) => eb.fn.max('updated_at').as('v'))
      .executeTakeFirst(),
    db
      .selectFrom('patents')
      .select((eb) => eb.fn.max('id').as('v'))
      .executeTakeFirst(),
    db
      .selectFrom('strategic_ipc_concordance')
      .select((eb) => [eb.fn.max('updated_at').as('at'), eb.fn.countAll<number>().as('n')])
      .executeTakeFirst(),
  ]);
  return [latestAt?.v, latestId?.v, concordance?.at, concordance?.n].map((x) => String(x ?? '')).join('|');
}
