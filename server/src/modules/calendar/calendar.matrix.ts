import type { MatrixSamples } from '../../../test/matrix.js';

/**
 * A TEST FIXTURE for the matrix (a year far from any real notice): not an official arrangement. Each
 * successful call replaces the year again, so every administrator persona can run it.
 */
const fixture = {
  source: '测试夹具（非官方安排）',
  holidays: [{ date: '2090-01-02', name: '测试假日' }],
  workdays: [{ date: '2090-01-07', name: '测试调休' }],
};
const csv = '日期,类型,名称\n2091-01-02,放假,测试假日\n';

// The holiday calendar is the platform's: any holder of org.manage (the bureau administrators) keeps it.
export const matrixSamples: MatrixSamples = {
  'GET /api/calendar/status': { reach: 'self', build: () => Promise.resolve({ url: '/api/calendar/status' }) },
  'GET /api/calendar/years': { reach: 'self', build: () => Promise.resolve({ url: '/api/calendar/years' }) },
  'GET /api/calendar/years/:year': { reach: 'self', build: () => Promise.resolve({ url: '/api/calendar/years/2026' }) },
  'PUT /api/calendar/years/:year': { reach: 'self', build: () => Promise.resolve({ url: '/api/calendar/years/2090', body: fixture }) },
  'POST /api/calendar/years/:year/import': {
    reach: 'self',
    build: () =>
      Promise.resolve({
        url: '/api/calendar/years/2091/import',
        multipart: { fields: { source: '测试夹具（非官方安排）' }, file: { name: 'calendar.csv', content: csv, type: 'text/csv' } },
      }),
  },
  'GET /api/calendar/template': { reach: 'self', build: () => Promise.resolve({ url: '/api/calendar/template' }) },
};
