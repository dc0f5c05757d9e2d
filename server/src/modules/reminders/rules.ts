import { ZFeeKind, type FeeScheduleRow } from '@zhichan/contract';
import type { Executor } from '../../db/database.js';
import { getSetting } from '../../platform/settings.js';
import type { FeeRules } from './fees.js';
import { findFeeSchedule } from './repository.js';

/** The fee table (data) and the grace/surcharge settings. */
export async function loadFeeRules(db: Executor): Promise<FeeRules> {
  const rows = await findFeeSchedule(db);
  const schedule: FeeScheduleRow[] = rows.flatMap((r) => {
    const kind = ZFeeKind.safeParse(r.kind);
    return kind.success
      ? [
          {
            kind: kind.data,
            fromYear: Number(r.from_year),
            toYear: Number(r.to_year),
            feeYuan: Number(r.fee_yuan),
            source: r.source,
            verified: Number(r.verified) === 1,
          },
        ]
      : [];
  });
  return {
    schedule,
    graceMonths: await getSetting(db, 'reminders.grace_months'),
    surchargePct: await getSetting(db, 'reminders.surcharge_pct_per_month'),
  };
}
