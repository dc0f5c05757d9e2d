import type { Trx } from '../../../db/database.js';
import type { AppContext } from '../../../platform/context.js';
import { nowIso } from '../../../platform/context.js';
import { compensationDays, expiryDate, terminationDate } from '../legal-status.js';
import type { PatentRecord, PatentRecordEvent } from '../record.js';
import { runPatentWriteHooks } from '../write-hooks.js';
import { insertRows, upsertRowsReturning, type BulkRow } from '../../../db/bulk-insert.js';
import { deletePatentChildren, findEventsByPatent, findOrganisations, findPatentsByAppNo } from './patent-repository.js';

// Every column an import sets; on a re-import all but app_no and created_at are replaced (the file is the truth).
const UPDATED_COLUMNS = [
  'pub_no', 'grant_no', 'kind', 'title', 'abstract', 'first_claim', 'app_date', 'pub_date', 'grant_date', 'priority_date',
  'applicants', 'holders', 'inventors', 'applicant_type', 'address', 'region_code', 'main_ipc', 'ipc', 'cpc', 'agency',
  'agents', 'pct', 'family', 'citations', 'source_status', 'expires_on', 'terminated_on', 'is_demo', 'updated_at',
] as const; // prettier-ignore

// expiryDate() builds dayjs objects; filing dates repeat across a large import, so remember them.
const expiries = new Map<string, string>();
function expiryOf(kind: PatentRecord['kind'], appDate: string, extraDays: number): string {
  if (extraDays > 0) return expiryDate(kind, appDate, extraDays);
  const key = kind + appDate;
  let v = expiries.get(key);
  if (v === undefined) {
    v = expiryDate(kind, appDate);
    if (expiries.size > 100_000) expiries.clear();
    expiries.set(key, v);
  }
  return v;
}

/**
 * Writes one batch of distinct patent records inside the caller's transaction, with a fixed number of
 * statements whatever the batch size: look up existing rows, upsert the patents, replace parties and
 * IPC rows, add new events (ON CONFLICT DO NOTHING on patent+kind+date+summary), then run the
 * patent write hooks (search index, high-value criteria) for every id.
 */
export async function writePatentBatch(
  ctx: AppContext,
  trx: Trx,
  jobId: number,
  records: readonly PatentRecord[],
): Promise<{ inserted: number; updated: number; ids: number[] }> {
  const now = nowIso(ctx);
  const existing = new Map(
    (
      await findPatentsByAppNo(
        trx,
        records.map((r) => r.appNo),
      )
    ).map((p) => [p.app_no, p]),
  );
  const existingIds = [...existing.values()].map((p) => p.id);
  const storedEvents = await findEventsByPatent(trx, existingIds);

  // Events to add: an event whose date the source did not give is skipped when the patent already has
  // one of that kind, so importing again on another as-of date does not invent a second lapse.
  const newEvents = new Map<string, PatentRecordEvent[]>();
  const patentRows: BulkRow[] = records.map((r) => {
    const old = existing.get(r.appNo);
    const stored = old ? (storedEvents.get(old.id) ?? []) : [];
    const events = r.events.filter((e) => !e.dateEstimated || !stored.some((s) => s.kind === e.kind));
    newEvents.set(r.appNo, events);
    const all = [...stored, ...events.map((e) => ({ kind: e.kind, event_date: e.date, term_days: e.termDays ?? null }))];
    return {
      app_no: r.appNo,
      pub_no: r.pubNo,
      grant_no: r.grantNo,
      kind: r.kind,
      title: r.title,
      abstract: r.abstract,
      first_claim: r.firstClaim,
      // NULL when the source gives none (a title list): never a guessed date. No expiry follows, so the
      // patent is in force on no date (in-force.ts) and its state reads 未知 once granted.
      app_date: r.appDate,
      pub_date: r.pubDate,
      // A grant date the source never gave does not overwrite a stored one.
      grant_date: r.grantDateEstimated && old?.grant_date ? old.grant_date : r.grantDate,
      priority_date: r.priorityDate,
      applicants: JSON.stringify(r.applicants),
      holders: JSON.stringify(r.holders),
      inventors: JSON.stringify(r.inventors),
      applicant_type: r.applicantType,
      address: r.address,
      region_code: r.regionCode,
      main_ipc: r.mainIpc,
      ipc: JSON.stringify(r.ipc),
      cpc: JSON.stringify(r.cpc),
      agency: r.agency,
      agents: JSON.stringify(r.agents),
      pct: r.pct,
      family: JSON.stringify(r.family),
      citations: JSON.stringify(r.citations),
      source_status: r.sourceStatus,
      expires_on: r.appDate ? expiryOf(r.kind, r.appDate, compensationDays(all)) : null,
      terminated_on: terminationDate(all),
      is_demo: 0,
      created_at: now,
      updated_at: now,
    };
  });
  const written = await upsertRowsReturning(trx, ctx.dialect, 'patents', patentRows, { kind: 'update', key: ['app_no'], set: UPDATED_COLUMNS }, [
    'id',
    'app_no',
  ]);
  const idOf = new Map(written.map((w) => [String(w.app_no), Number(w.id)]));

  await deletePatentChildren(trx, existingIds);
  const orgs = await findOrganisations(
    trx,
    [...new Set(records.flatMap((r) => [...r.applicants, ...r.holders]))],
    [...new Set(records.flatMap((r) => r.creditCodes))],
  );
  const parties: BulkRow[] = [];
  const ipcRows: BulkRow[] = [];
  const eventRows: BulkRow[] = [];
  for (const r of records) {
    const id = idOf.get(r.appNo);
    if (id === undefined) throw new Error(`patent ${r.appNo} was not written`);
    r.applicants.forEach((name, i) => parties.push({ patent_id: id, role: 'applicant', seq: i + 1, name, org_id: orgs.byName.get(name) ?? null }));
    r.holders.forEach((name, i) => {
      const credit = r.creditCodes[i];
      const org = (credit ? orgs.byCredit.get(credit) : undefined) ?? orgs.byName.get(name) ?? null;
      parties.push({ patent_id: id, role: 'holder', seq: i + 1, name, org_id: org });
    });
    r.inventors.forEach((name, i) => parties.push({ patent_id: id, role: 'inventor', seq: i + 1, name, org_id: null }));
    for (const code of r.ipc) ipcRows.push({ patent_id: id, code, is_main: code === r.mainIpc ? 1 : 0 });
    for (const e of newEvents.get(r.appNo) ?? []) {
      eventRows.push({
        patent_id: id,
        event_date: e.date,
        kind: e.kind,
        summary: e.summary,
        details: e.details ?? null,
        term_days: e.termDays ?? null,
        source: `import:${jobId}`,
        created_at: now,
      });
    }
  }
  await insertRows(trx, ctx.dialect, 'patent_parties', parties);
  await insertRows(trx, ctx.dialect, 'patent_ipc', ipcRows);
  await insertRows(trx, ctx.dialect, 'patent_events', eventRows, { kind: 'nothing' });

  const ids = [...idOf.values()];
  await runPatentWriteHooks(ctx, trx, ids);
  return { inserted: records.length - existing.size, updated: existing.size, ids };
}
