import dayjs from 'dayjs';

/** A timestamp as `YYYY-MM-DD HH:mm` in local time, or the dash for none. */
export function formatTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—';
}

/** Text or the dash for blank values. */
export function orDash(v: string | number | null | undefined): string {
  return v === null || v === undefined || v === '' ? '—' : String(v);
}
