import { sql, type Kysely } from 'kysely';
import { feeLapseDate, terminationDate } from '../../modules/patents/legal-status.js';
import { feeYearOf, isFeeLapse } from '../../modules/patents/import/legal-events.js';

interface EventRow {
  id: number | string;
  patent_id: number | string;
  kind: string;
  event_date: string;
  summary: string;
  details: string | null;
  app_date: string | null;
  grant_date: string | null;
}

const ymd = (d: string | null) => (d ? Number(d.replaceAll('-', '')) : null);
/** A status part that restores (恢复), other than "等恢复" (awaiting restoration). */
const restores = (status: string) => status.split(/[;；,，、|]+/).some((p) => /恢复/.test(p) && !/等恢复|等待恢复/.test(p));

/**
 * Repairs the legal-status histories imported before the rules of issue #20 §2 (legal-events.ts):
 * - an unpaid-fee lapse dated by its announcement is dated from the fee's due date (细则 art. 115), the
 *   announcement kept in its summary;
 * - "等恢复" (awaiting restoration) made a restoration that put the lapsed patent back in force: removed;
 * - "开放许可声明的撤回" made the patent a withdrawn application: it is the declaration's withdrawal.
 * The patents touched get their termination date again from their history, on the patents table and the
 * search facts table. Undated (estimated) events are left as they are.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const rows = (
    await sql<EventRow>`select e.id, e.patent_id, e.kind, e.event_date, e.summary, e.details, p.app_date, p.grant_date
      from patent_events e join patents p on p.id = e.patent_id
      where e.source like 'import:%' and e.kind in ('lapse', 'restoration', 'withdrawn') and e.details is not null`.execute(db)
  ).rows;
  const touched = new Set<number>();
  for (const e of rows) {
    const status = e.details ?? '';
    const id = Number(e.id);
    const patentId = Number(e.patent_id);
    if (e.kind === 'lapse' && isFeeLapse(status) && !e.summary.includes('按导入基准日') && !e.summary.includes('起终止')) {
      const due = feeLapseDate(e.app_date, e.event_date, { feeYear: feeYearOf(status), grantDate: e.grant_date });
      if (due === null || due === e.event_date) continue;
      const summary = `${e.summary}（${e.event_date} 公告，自 ${due} 起终止）`;
      const clash = (
        await sql<{
          id: number;
        }>`select id from patent_events where patent_id = ${patentId} and kind = 'lapse' and event_date = ${due} and summary = ${summary}`.execute(db)
      ).rows;
      if (clash.length > 0) await sql`delete from patent_events where id = ${id}`.execute(db);
      else await sql`update patent_events set event_date = ${due}, summary = ${summary} where id = ${id}`.execute(db);
      touched.add(patentId);
    } else if (e.kind === 'restoration' && /等恢复|等待恢复/.test(status) && !restores(status)) {
      await sql`delete from patent_events where id = ${id}`.execute(db);
      const lapse = (await sql<{ id: number }>`select id from patent_events where patent_id = ${patentId} and kind = 'lapse'`.execute(db)).rows;
      if (lapse.length === 0)
        await sql`insert into patent_events (patent_id, event_date, kind, summary, details, source, created_at)
          values (${patentId}, ${e.event_date}, 'lapse', '专利权终止（等恢复）', ${status}, 'import:0107', ${new Date().toISOString()})`.execute(db);
      touched.add(patentId);
    } else if (e.kind === 'withdrawn' && /开放许可/.test(status)) {
      await sql`update patent_events set kind = 'open_licence_withdrawn', summary = '开放许可声明的撤回' where id = ${id}`.execute(db);
      touched.add(patentId);
    }
  }
  const at = new Date().toISOString();
  for (const patentId of touched) {
    const history = (await sql<{ kind: string; event_date: string }>`select kind, event_date from patent_events where patent_id = ${patentId}`.execute(db))
      .rows;
    const terminated = terminationDate(history);
    await sql`update patents set terminated_on = ${terminated}, updated_at = ${at} where id = ${patentId}`.execute(db);
    await sql`update patent_search_facts set terminated_ymd = ${ymd(terminated)} where id = ${patentId}`.execute(db);
  }
}

/** The repaired histories are the rules' reading of the source; there is nothing to go back to. */
export async function down(): Promise<void> {}
