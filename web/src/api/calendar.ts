import { ZCalendarStatus, ZCalendarYear, ZCalendarYears, type CalendarYearBody } from '@zhichan/contract';
import { api } from './client';

export const fetchCalendarStatus = () => api.get('/api/calendar/status', ZCalendarStatus);
export const fetchCalendarYears = () => api.get('/api/calendar/years', ZCalendarYears);
export const fetchCalendarYear = (year: number) => api.get(`/api/calendar/years/${year}`, ZCalendarYear);
export const putCalendarYear = (year: number, body: CalendarYearBody) => api.put(`/api/calendar/years/${year}`, ZCalendarYear, body);
/** The Excel template of a year's arrangement (日期、类型、名称、来源). */
export const calendarTemplateUrl = '/api/calendar/template';

/** Imports a year's arrangement from an .xlsx or .csv file; the source goes before the file. */
export function importCalendarYear(year: number, file: Blob, fileName: string, source: string) {
  const form = new FormData();
  if (source) form.append('source', source);
  form.append('file', file, fileName);
  return api.upload(`/api/calendar/years/${year}/import`, ZCalendarYear, form);
}
