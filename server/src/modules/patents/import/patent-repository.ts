import type { Executor } from '../../../db/database.js';

/** Splits a list for `in (…)` lists: stays far below SQLite's 32,766 and PostgreSQL's 65,535 parameters. */
export function chunked<T>(items: readonly T[], size = 5000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Patents already stored under these application numbers (one query per 5,000). */
export async function findPatentsByAppNo(db: Executor, appNos: readonly string[]) {
  const rows: { id: number; app_no: string; grant_date: string | null }[] = [];
  for (const part of chunked(appNos)) {
    const found = await db.selectFrom('patents').select(['id', 'app_no', 'grant_date']).where('app_no', 'in', part).execute();
    for (const r of found) rows.push({ id: Number(r.id), app_no: r.app_no, grant_date: r.grant_date });
  }
  return rows;
}

/** Every stored event of these patents (kind and date), grouped by patent: termination is computed over all of them. */
export async function findEventsByPatent(
  db: Executor,
  patentIds: readonly number[],
): Promise<Map<number, { kind: string; event_date: string; term_days: number | null }[]>> {
  const out = new Map<number, { kind: string; event_date: string; term_days: number | null }[]>();
  for (const part of chunked(patentIds)) {
    const rows = await db.selectFrom('patent_events').select(['patent_id', 'kind', 'event_date', 'term_days']).where('patent_id', 'in', part).execute();
    for (const r of rows) {
      const id = Number(r.patent_id);
      const list = out.get(id) ?? [];
      list.push({ kind: r.kind, event_date: r.event_date, term_days: r.term_days === null ? null : Number(r.term_days) });
      out.set(id, list);
    }
  }
  return out;
}

/** Organisations by exact name and by credit code, for linking patent parties (lowest id wins a tie). */
export async function findOrganisations(db: Executor, names: readonly string[], creditCodes: readonly string[]) {
  const byName = new Map<string, number>();
  const byCredit = new Map<string, number>();
  for (const part of chunked(names)) {
    const rows = await db.selectFrom('organisations').select(['id', 'name']).where('name', 'in', part).orderBy('id', 'desc').execute();
    for (const r of rows) byName.set(r.name, Number(r.id));
  }
  for (const part of chunked(creditCodes)) {
    const rows = await db.selectFrom('organisations').select(['id', 'credit_code']).where('credit_code', 'in', part).orderBy('id', 'desc').execute();
    for (const r of rows) if (r.credit_code) byCredit.set(r.credit_code, Number(r.id));
  }
  return { byName, byCredit };
}

/** Removes the parties and IPC rows of patents about to get the import's fresh ones. */
export async function deletePatentChildren(db: Executor, patentIds: readonly number[]): Promise<void> {
  for (const part of chunked(patentIds)) {
    await db.deleteFrom('patent_parties').where('patent_id', 'in', part).execute();
    await db.deleteFrom('patent_ipc').where('patent_id', 'in', part).execute();
  }
}

/** Province, city and county regions (what addresses are resolved against). */
export async function findRegionsDownToCounties(db: Executor) {
  return db.selectFrom('regions').select(['code', 'name', 'level']).where('level', '<=', 3).execute();
}

/** How many trademarks are already stored under these registration numbers. */
export async function countTrademarksByRegNo(db: Executor, regNos: readonly string[]): Promise<number> {
  let n = 0;
  for (const part of chunked(regNos)) {
    const r = await db
      .selectFrom('trademarks')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('reg_no', 'in', part)
      .executeTakeFirstOrThrow();
    n += Number(r.n);
  }
  return n;
}
