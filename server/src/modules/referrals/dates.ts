import { message } from '@zhichan/contract';
import { badRequest } from '../../platform/errors.js';

/**
 * Refuses a date the user could not mean (400 naming the field): an authority's act dated after today, or
 * before the step it answers (a police decision dated before the case was handed over).
 */
export function assertActDate(field: string, date: string, today: string, notBefore?: { date: string; what: string; whatEn: string }): void {
  if (date > today) throw badRequest(message('coop.date_future', { today }), { [field]: message('coop.date_future', { today }) });
  if (notBefore && date < notBefore.date) {
    const m = message('coop.date_before', { date: notBefore.date, what: notBefore.what, whatEn: notBefore.whatEn });
    throw badRequest(m, { [field]: m });
  }
}
