import { z } from 'zod';
import { ZMessage } from './messages.js';
import { ZDayUnit } from './workflow.js';

/** One suspension of a clock (期限中止): the paused days never count. `days` is known once it has ended. */
export const ZClockPauseView = z.object({
  pausedOn: z.string(),
  resumedOn: z.string().nullable(),
  reason: z.string(),
  /** Working or calendar days (the clock's unit) the pause stopped; null while it lasts. */
  days: z.number().int().nullable(),
});

/**
 * A record's statutory clock as the record page shows it: its length (+ the extension granted with approval),
 * the due date moved by its pauses (null while paused), the days used so far, and every pause.
 */
export const ZRecordClock = z.object({
  key: z.string(),
  label: z.string(),
  startOn: z.string(),
  days: z.number().int(),
  extendedDays: z.number().int(),
  extensionReason: z.string().nullable(),
  unit: ZDayUnit,
  dueOn: z.string().nullable(),
  state: z.enum(['running', 'paused', 'stopped', 'overdue']),
  stoppedOn: z.string().nullable(),
  usedDays: z.number().int(),
  pausedDays: z.number().int(),
  pauses: z.array(ZClockPauseView),
  notes: z.array(ZMessage),
});
export type RecordClock = z.infer<typeof ZRecordClock>;
