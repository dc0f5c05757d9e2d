import dayjs from 'dayjs';
import { message, type ExpiryReminder } from '@zhichan/contract';
import type { Executor } from '../../db/database.js';
import { getSetting } from '../../platform/settings.js';
import { findLicenceFilingsEnding } from '../filings/api.js';
import { findOpenLicencesEnding } from '../open-licensing/api.js';
import { findRegisteredPledgesEnding } from '../pledges/api.js';

const daysBetween = (from: string, to: string) => dayjs(to).diff(dayjs(from), 'day');

/**
 * Pledges and licences of an enterprise ending within `reminders.expiry_days` (90) days: the debt a registered
 * pledge secures (质押到期), open-licence licences it grants or holds, and its filed licence contracts.
 */
export async function expiriesOf(db: Executor, orgId: number, today: string): Promise<ExpiryReminder[]> {
  const horizon = dayjs(today)
    .add(await getSetting(db, 'reminders.expiry_days'), 'day')
    .format('YYYY-MM-DD');
  const [pledges, licences, filings] = await Promise.all([
    findRegisteredPledgesEnding(db, orgId, today, horizon),
    findOpenLicencesEnding(db, orgId, today, horizon),
    findLicenceFilingsEnding(db, orgId, today, horizon),
  ]);
  const out: ExpiryReminder[] = [
    ...pledges.map((p) => ({
      kind: 'pledge' as const,
      recordId: Number(p.id),
      title: `质押登记 ${p.registration_no ?? ''}`.trim(),
      endsOn: p.debt_ends_on,
      daysLeft: daysBetween(today, p.debt_ends_on),
      note: message('reminders.expiry.pledge', { no: p.registration_no ?? '', pledgee: p.pledgee, endsOn: p.debt_ends_on }),
    })),
    ...licences.map((l) => ({
      kind: 'open_licence' as const,
      recordId: Number(l.id),
      title: `开放许可实施许可 ${l.filing_no}`,
      endsOn: l.term_end,
      daysLeft: daysBetween(today, l.term_end),
      note: message('reminders.expiry.open_licence', { no: l.filing_no, appNo: l.app_no, endsOn: l.term_end }),
    })),
    ...filings.flatMap((f) =>
      f.ends_on
        ? [
            {
              kind: 'licence_filing' as const,
              recordId: Number(f.id),
              title: f.title,
              endsOn: f.ends_on,
              daysLeft: daysBetween(today, f.ends_on),
              note: message('reminders.expiry.licence_filing', { title: f.title, endsOn: f.ends_on }),
            },
          ]
        : [],
    ),
  ];
  return out.sort((a, b) => (a.endsOn < b.endsOn ? -1 : a.endsOn > b.endsOn ? 1 : 0));
}
