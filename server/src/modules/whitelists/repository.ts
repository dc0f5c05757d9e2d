import { sql, type Expression, type Insertable, type Selectable, type SqlBool } from 'kysely';
import type { Dialect, Executor } from '../../db/database.js';
import { insertRows, type BulkRow } from '../../db/bulk-insert.js';
import type { WhitelistEntryTable, WhitelistFeedbackTable, WhitelistTable } from '../../db/schema.js';
import { regionCondition } from '../../platform/jurisdiction.js';
import { inForceCondition, patentDateColumns } from '../patents/api.js';
import { highValueTerms } from '../high-value/api.js';

export type WhitelistRow = Selectable<WhitelistTable>;
export type EntryRow = Selectable<WhitelistEntryTable>;
export const WHITELIST = 'whitelist';

// —— Screening: the population and its figures, read in a few set queries (no query per enterprise) ——

/** What the screening asks of the registry: the region, the date and the rules that can narrow the population in SQL. */
export interface ScreeningQuery {
  regionCode: string;
  date: string;
  tenYearsBefore: string;
  ipcPrefixes: readonly string[];
  /** Tags every candidate must carry (narrows the population before the patent counts). */
  tags: readonly string[];
  /** Words one of which the candidate's industry must contain (idem). */
  industries: readonly string[];
  /** Enterprises read whatever the narrowing rules say (staff decisions carried into a new version). */
  include?: readonly number[];
  /** Screen this enterprise alone. */
  only?: number;
}

/** `text` as a LIKE operand matching itself literally (escape character backslash). */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
const contains = (column: string, text: string) => sql<SqlBool>`${sql.ref(column)} like ${`%${likeLiteral(text)}%`} escape '\\'`;

/**
 * Every active enterprise of the region with its profile's industry and tags and, in the same statement, its
 * effective invention patents held on the date, how many of them are high-value and, per IPC prefix, whether
 * one is classified under it. The tag and industry rules are necessary conditions, so they narrow the rows in
 * SQL (a superset of the candidates: the caller applies the exact rules); `include` rows are read regardless.
 */
export async function findScreeningFigures(db: Executor, q: ScreeningQuery) {
  const { any } = highValueTerms(q.date, q.tenYearsBefore);
  const narrowing: Expression<SqlBool>[] = [
    ...q.tags.map((t) => contains('ep.tags', `"${t}"`)),
    ...(q.industries.length > 0
      ? [
          sql<SqlBool>`(${sql.join(
            q.industries.map((w) => contains('ep.industry', w)),
            sql` or `,
          )})`,
        ]
      : []),
  ];
  let query = db
    .selectFrom('organisations as o')
    .leftJoin('enterprise_profiles as ep', 'ep.org_id', 'o.id')
    .leftJoin('patent_parties as pp', (j) => j.onRef('pp.org_id', '=', 'o.id').on('pp.role', '=', 'holder'))
    .leftJoin('patents as p', (j) =>
      j
        .onRef('p.id', '=', 'pp.patent_id')
        .on('p.kind', '=', 'invention')
        .on(inForceCondition(patentDateColumns('p'), q.date)),
    )
    .leftJoin('patent_value_facts as f', 'f.patent_id', 'p.id')
    .select([
      'o.id',
      'o.name',
      'o.credit_code',
      'o.region_code',
      'ep.industry',
      'ep.tags',
      sql<number>`count(distinct p.id)`.as('effective'),
      sql<number>`count(distinct case when ${any} = 1 then p.id end)`.as('high_value'),
      ...q.ipcPrefixes.map((prefix, i) =>
        // A range on the code (not LIKE, which SQLite answers without the index): prefix ≤ code < the prefix's successor.
        sql<number>`max(case when p.id in (select pi.patent_id from patent_ipc as pi where pi.code >= ${prefix} and pi.code < ${prefixSuccessor(prefix)}) then 1 else 0 end)`.as(
          `ipc${i}`,
        ),
      ),
    ])
    .where('o.kind', '=', 'enterprise')
    .where('o.status', '=', 'active')
    .where(regionCondition('o.region_code', q.regionCode));
  if (q.only !== undefined) query = query.where('o.id', '=', q.only);
  else if (narrowing.length > 0) {
    const narrowed = sql<SqlBool>`(${sql.join(narrowing, sql` and `)})`;
    const include = q.include ?? [];
    query = query.where(include.length > 0 ? sql<SqlBool>`(${narrowed} or o.id in (${sql.join([...include])}))` : narrowed);
  }
  const rows = await query.groupBy(['o.id', 'o.name', 'o.credit_code', 'o.region_code', 'ep.industry', 'ep.tags']).orderBy('o.id').execute();
  return rows as ((typeof rows)[number] & Record<`ipc${number}`, number>)[];
}

/** How many active enterprises the region has (the screening's population). */
export async function countScreeningPopulation(db: Executor, regionCode: string): Promise<number> {
  const r = await db
    .selectFrom('organisations as o')
    .select(sql<number>`count(*)`.as('n'))
    .where('o.kind', '=', 'enterprise')
    .where('o.status', '=', 'active')
    .where(regionCondition('o.region_code', regionCode))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** The smallest string greater than every string starting with `prefix` (IPC codes: A–Z, 0–9, '/'). */
export function prefixSuccessor(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}

/** One enterprise (for a manual addition): active, of kind enterprise. */
export async function findEnterprise(db: Executor, orgId: number) {
  return db
    .selectFrom('organisations as o')
    .leftJoin('enterprise_profiles as ep', 'ep.org_id', 'o.id')
    .select(['o.id', 'o.name', 'o.credit_code', 'o.region_code', 'o.status', 'o.kind', 'ep.industry', 'ep.tags'])
    .where('o.id', '=', orgId)
    .executeTakeFirst();
}

// —— Lists and entries ——

export async function insertWhitelist(db: Executor, row: Insertable<WhitelistTable>): Promise<number> {
  const r = await db.insertInto('whitelists').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

export async function updateWhitelist(db: Executor, id: number, patch: Partial<Insertable<WhitelistTable>>): Promise<void> {
  await db.updateTable('whitelists').set(patch).where('id', '=', id).execute();
}

export async function findWhitelist(db: Executor, id: number) {
  return db
    .selectFrom('whitelists as w')
    .leftJoin('regions as r', 'r.code', 'w.region_code')
    .selectAll('w')
    .select('r.full_name as region_name')
    .where('w.id', '=', id)
    .executeTakeFirst();
}
export type WhitelistView = NonNullable<Awaited<ReturnType<typeof findWhitelist>>>;

/** A page of lists under a condition (the jurisdiction, or a bank's pushes), newest first. */
export async function findWhitelistsPage(db: Executor, where: Expression<SqlBool>, status: string | undefined, page: number, pageSize: number) {
  let q = db.selectFrom('whitelists as w').where(where);
  if (status) q = q.where('w.status', '=', status);
  const [items, total] = await Promise.all([
    q
      .leftJoin('regions as r', 'r.code', 'w.region_code')
      .selectAll('w')
      .select('r.full_name as region_name')
      .orderBy('w.id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    q.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

/** The newest published version number of a series. */
export async function latestVersionNo(db: Executor, seriesId: number): Promise<number> {
  const r = await db
    .selectFrom('whitelists')
    .select(sql<number | null>`max(version_no)`.as('v'))
    .where('series_id', '=', seriesId)
    .executeTakeFirst();
  return Number(r?.v ?? 0);
}

/** The published version of a series (to supersede), if any. */
export async function findPublishedOfSeries(db: Executor, seriesId: number) {
  return db.selectFrom('whitelists').selectAll().where('series_id', '=', seriesId).where('status', '=', 'published').execute();
}

/** Writes entries in multi-row statements (`db/bulk-insert.ts`: compiled once per shape, parameters bound). */
export async function insertEntries(db: Executor, dialect: Dialect, rows: Insertable<WhitelistEntryTable>[]): Promise<void> {
  const bulk: BulkRow[] = rows.map((r) => ({
    whitelist_id: r.whitelist_id,
    org_id: r.org_id,
    included: r.included,
    source: r.source,
    figures: r.figures,
    reasons: r.reasons,
    decision: r.decision ?? null,
    decision_reason: r.decision_reason ?? null,
    decided_by: r.decided_by ?? null,
    decided_at: r.decided_at ?? null,
  }));
  await insertRows(db, dialect, 'whitelist_entries', bulk);
}

export async function findEntry(db: Executor, whitelistId: number, orgId: number) {
  return db.selectFrom('whitelist_entries').selectAll().where('whitelist_id', '=', whitelistId).where('org_id', '=', orgId).executeTakeFirst();
}

export async function updateEntry(db: Executor, id: number, patch: Partial<Insertable<WhitelistEntryTable>>): Promise<void> {
  await db.updateTable('whitelist_entries').set(patch).where('id', '=', id).execute();
}

/** Staff decisions of a version (carried into the next version). */
export async function findDecisions(db: Executor, whitelistId: number) {
  return db.selectFrom('whitelist_entries').selectAll().where('whitelist_id', '=', whitelistId).where('decision', 'is not', null).execute();
}

/** Entries on the list and candidates in total. */
export async function countEntries(db: Executor, whitelistId: number) {
  const r = await db
    .selectFrom('whitelist_entries')
    .select([
      sql<number>`count(*)`.as('all'),
      sql<number>`sum(included)`.as('included'),
      sql<number>`sum(case when source = 'screening' then 1 else 0 end)`.as('screened'),
    ])
    .where('whitelist_id', '=', whitelistId)
    .executeTakeFirstOrThrow();
  return { all: Number(r.all), included: Number(r.included ?? 0), screened: Number(r.screened ?? 0) };
}

/** A page of a version's entries with the enterprise's name and code. */
export async function findEntriesPage(db: Executor, whitelistId: number, f: { included?: boolean }, page: number, pageSize: number) {
  let q = db.selectFrom('whitelist_entries as e').innerJoin('organisations as o', 'o.id', 'e.org_id').where('e.whitelist_id', '=', whitelistId);
  if (f.included !== undefined) q = q.where('e.included', '=', f.included ? 1 : 0);
  const [items, total] = await Promise.all([
    q
      .selectAll('e')
      .select(['o.name', 'o.credit_code', 'o.region_code'])
      .orderBy('e.included', 'desc')
      .orderBy('o.name')
      .orderBy('e.id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    q.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

/** Every included entry of a version (exports, feedback import). */
export async function findIncludedEntries(db: Executor, whitelistId: number) {
  return db
    .selectFrom('whitelist_entries as e')
    .innerJoin('organisations as o', 'o.id', 'e.org_id')
    .selectAll('e')
    .select(['o.name', 'o.credit_code', 'o.region_code'])
    .where('e.whitelist_id', '=', whitelistId)
    .where('e.included', '=', 1)
    .orderBy('o.name')
    .orderBy('e.id')
    .execute();
}

// —— Pushes and feedback ——

export async function findPushes(db: Executor, whitelistId: number) {
  return db
    .selectFrom('whitelist_pushes as wp')
    .innerJoin('organisations as o', 'o.id', 'wp.bank_org_id')
    .select(['wp.bank_org_id', 'o.name as bank_name', 'wp.pushed_at'])
    .where('wp.whitelist_id', '=', whitelistId)
    .orderBy('wp.id')
    .execute();
}

export async function insertPush(db: Executor, row: { whitelist_id: number; bank_org_id: number; pushed_by: number; pushed_at: string }): Promise<void> {
  await db.insertInto('whitelist_pushes').values(row).execute();
}

/** Organisations by id with their kind and status (push targets). */
export async function findOrgs(db: Executor, ids: number[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('organisations').select(['id', 'name', 'kind', 'status', 'region_code']).where('id', 'in', ids).execute();
}

/** Active banks, by name. */
export async function findBanks(db: Executor) {
  return db
    .selectFrom('organisations')
    .select(['id', 'name', 'region_code'])
    .where('kind', '=', 'bank')
    .where('status', '=', 'active')
    .orderBy('name')
    .orderBy('id')
    .execute();
}

/** Active users of an organisation (notified of a push). */
export async function findOrgUserIds(db: Executor, orgId: number): Promise<number[]> {
  const rows = await db.selectFrom('users').select('id').where('org_id', '=', orgId).where('status', '=', 'active').execute();
  return rows.map((r) => Number(r.id));
}

export async function insertFeedback(db: Executor, rows: Insertable<WhitelistFeedbackTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('whitelist_feedback')
      .values(rows.slice(i, i + 500))
      .execute();
}

/**
 * The current feedback (newest per bank and enterprise) on a version, optionally of one bank and of some
 * enterprises, with the bank's name.
 */
export async function findCurrentFeedback(db: Executor, whitelistId: number, f: { bankOrgId?: number; orgIds?: number[] } = {}) {
  if (f.orgIds && f.orgIds.length === 0) return [];
  let q = db
    .selectFrom('whitelist_feedback as fb')
    .innerJoin('organisations as b', 'b.id', 'fb.bank_org_id')
    .selectAll('fb')
    .select('b.name as bank_name')
    .where('fb.whitelist_id', '=', whitelistId)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('whitelist_feedback as nf')
            .select('nf.id')
            .whereRef('nf.whitelist_id', '=', 'fb.whitelist_id')
            .whereRef('nf.bank_org_id', '=', 'fb.bank_org_id')
            .whereRef('nf.org_id', '=', 'fb.org_id')
            .whereRef('nf.id', '>', 'fb.id'),
        ),
      ),
    );
  if (f.bankOrgId !== undefined) q = q.where('fb.bank_org_id', '=', f.bankOrgId);
  if (f.orgIds) q = q.where('fb.org_id', 'in', f.orgIds);
  return q.orderBy('fb.id').execute();
}
export type FeedbackView = Awaited<ReturnType<typeof findCurrentFeedback>>[number];
