import { REGION_A, type MatrixSamples } from '../../../test/matrix.js';

const concordance = { rows: [{ industryCode: '3.2', industryName: '新能源汽车产业', ipcPrefix: 'H01M' }] };

export const matrixSamples: MatrixSamples = {
  // Reference data readable by every signed-in user; changed only by bureau staff (region-wide settings).
  'GET /api/high-value/concordance': { reach: 'self', build: () => Promise.resolve({ url: '/api/high-value/concordance' }) },
  'PUT /api/high-value/concordance': { reach: 'self', build: () => Promise.resolve({ url: '/api/high-value/concordance', body: concordance }) },
  'GET /api/high-value/settings': { reach: 'self', build: () => Promise.resolve({ url: '/api/high-value/settings' }) },
  'PUT /api/high-value/settings': { reach: 'self', build: () => Promise.resolve({ url: '/api/high-value/settings', body: { pledgeThreshold: 10_000_000 } }) },
  // Rows name patents by application number; those outside the caller's jurisdiction are skipped as unknown.
  'POST /api/high-value/awards/import': {
    reach: 'self',
    build: () =>
      Promise.resolve({
        url: '/api/high-value/awards/import',
        body: {
          source: '第二十四届中国专利奖授奖决定',
          rows: [{ appNo: 'CN202010000001.1', award: '中国专利奖', level: 'national', grade: '优秀奖', year: 2023 }],
        },
      }),
  },
  'POST /api/high-value/pledges/import': {
    reach: 'self',
    build: () =>
      Promise.resolve({
        url: '/api/high-value/pledges/import',
        body: {
          source: '专利权质押登记公告',
          rows: [{ appNo: 'CN202010000001.1', registrationNo: 'Y2024990000001', registeredOn: '2024-03-01', pledgee: '某银行', amount: 5_000_000 }],
        },
      }),
  },
  'GET /api/high-value/counts': {
    reach: 'jurisdiction',
    build: () => Promise.resolve({ url: `/api/high-value/counts?regionCode=${REGION_A}`, target: { regionCode: REGION_A, orgId: null } }),
  },
};
