import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssessmentScores } from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { buildOrg, buildPatent, buildUser, login, type Client } from '../../../test/factories.js';

let env: TestEnv;
let staff: Client;
let town: Client;

beforeAll(async () => {
  env = await createTestEnv();
  const county = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370811' });
  const t = await buildOrg(env.ctx, { kind: 'town_office', region: '370811002' });
  staff = await login(env.app, (await buildUser(env.ctx, { orgId: county.id, role: 'bureau_staff', username: 'as_staff' })).username);
  town = await login(env.app, (await buildUser(env.ctx, { orgId: t.id, role: 'town_specialist', username: 'as_town' })).username);
  for (let i = 0; i < 3; i++) await buildPatent(env.ctx, { region: '370811002', grantDate: '2024-01-01' });
  await buildPatent(env.ctx, { region: '370811005', grantDate: '2024-01-01' });
});
afterAll(async () => env.close());

describe('town assessment', () => {
  it('scores towns, ranks them and recomputes when the weights change', async () => {
    const body = (weights: [number, number]) => ({
      name: '任城区镇街知识产权工作考核',
      regionCode: '370811',
      year: 2025,
      items: [
        { indicatorKey: 'effective_invention_patents', weight: weights[0], rule: 'ratio_to_target', targetValue: 2 },
        { indicatorKey: 'invention_patent_grants', weight: weights[1], rule: 'rank' },
      ],
    });
    const created = await staff.post('/api/assessment/schemes', body([60, 40]));
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<{ id: number }>().id;
    const scores = (await staff.get(`/api/assessment/schemes/${id}/scores`)).json<AssessmentScores>();
    const top = scores.rows[0];
    expect(top).toMatchObject({ regionCode: '370811002', rank: 1, total: 60 + 40 });
    expect(scores.rows.find((r) => r.regionCode === '370811005')).toMatchObject({ total: 30 + 40, rank: 2 });
    expect(scores.rows.length).toBeGreaterThan(5);
    // No grants in 2025 anywhere: every town shares rank 1 on that item. Now weigh only the target ratio.
    const put = await staff.request('PUT', `/api/assessment/schemes/${id}`, body([100, 1]));
    expect(put.statusCode, put.body).toBe(200);
    const after = (await staff.get(`/api/assessment/schemes/${id}/scores`)).json<AssessmentScores>();
    expect(after.rows.find((r) => r.regionCode === '370811005')?.total).toBe(51);
    expect(after.totalWeight).toBe(101);
  });

  it('refuses a ratio rule without a target, and exports the ranking to Excel', async () => {
    const bad = await staff.post('/api/assessment/schemes', {
      name: 'x',
      regionCode: '370811',
      year: 2025,
      items: [{ indicatorKey: 'trainings', weight: 10, rule: 'ratio_to_target' }],
    });
    expect(bad.statusCode).toBe(400);
    const list = await staff.get('/api/assessment/schemes');
    const id = list.json<{ items: { id: number }[] }>().items[0]?.id;
    const x = await staff.get(`/api/assessment/schemes/${id}/export`);
    expect(x.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('考核排名');
    expect(ws?.getRow(3).getCell(2).value).toBe('370811002');
    expect((await town.get(`/api/assessment/schemes/${id}/scores`)).statusCode).toBe(404);
  });
});
