import { message } from '@zhichan/contract';
import type { AppContext } from '../../platform/context.js';
import { nowIso, todayIso } from '../../platform/context.js';
import { mutate } from '../../platform/audit.js';
import { moveWorkItem } from '../../platform/work-items.js';
import { PREEXAM_REQUEST, findLapsedCorrections, updateRequest } from './repository.js';

/**
 * A defect notice left unanswered past its answer period means the request is withdrawn (视为撤回). Run hourly
 * with the deadline sweep; each withdrawal is its own audited change by the system.
 */
export async function withdrawLapsedRequests(ctx: AppContext): Promise<number> {
  const today = todayIso(ctx);
  const lapsed = await findLapsedCorrections(ctx.db, today);
  for (const r of lapsed) {
    const system = { userId: null, username: 'system', orgId: null, regionCode: r.region_code, ip: null, trace: { auditRows: 0 } };
    const note = message('preexam.withdrawn_no_answer', { dueOn: r.due_on ?? '' });
    await mutate(ctx, system, async (trx) => {
      await updateRequest(trx, Number(r.id), { status: 'withdrawn', finished_on: today, reasons: JSON.stringify([note.text]), updated_at: nowIso(ctx) });
      await moveWorkItem(ctx, trx, PREEXAM_REQUEST, Number(r.id), null);
      return {
        value: null,
        audit: {
          action: 'preexam.request.withdrawn',
          entityType: PREEXAM_REQUEST,
          entityId: Number(r.id),
          regionCode: r.region_code,
          after: { status: 'withdrawn', note: note.text },
        },
      };
    });
  }
  return lapsed.length;
}
