import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssessmentScores, IndicatorValues, Plan } from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { buildOrg, buildUser, login, type Client } from '../../../test/factories.js';
import { hasSharedData } from '../../../test/shared-data.js';
import { seedIndicatorDemo } from './demo.js';
import { SEED_FIGURES_FILE } from './seed-figures.js';

let env: TestEnv;
let city: Client;
let bozhou: Client;
let zoucheng: Client;
const hasSeed = hasSharedData('demo indicators from seed-figures.json', [SEED_FIGURES_FILE]);

beforeAll(async () => {
  env = await createTestEnv({ REGION_PROVINCES: '37,34,36,33' });
  const orgs = { city: '370800', bozhou: '341600', zoucheng: '370883' };
  const clients: Record<string, Client> = {};
  for (const [k, region] of Object.entries(orgs)) {
    const o = await buildOrg(env.ctx, { kind: 'ip_bureau', region });
    clients[k] = await login(env.app, (await buildUser(env.ctx, { orgId: o.id, role: 'bureau_staff', username: `demo_${k}` })).username);
  }
  ({ city, bozhou, zoucheng } = clients as { city: Client; bozhou: Client; zoucheng: Client });
  await seedIndicatorDemo(env.ctx);
});
afterAll(async () => env.close());

const cell = (v: IndicatorValues, key: string, region: string) => v.rows.find((r) => r.indicatorKey === key && r.regionCode === region);

describe.skipIf(!hasSeed)('demo indicators from seed-figures.json', () => {
  it('states Jining’s published 2023 figures with their source, YoY and provincial rank', async () => {
    const v = (await city.get('/api/indicators/values?regionCode=370800&period=2023&includeChildren=true')).json<IndicatorValues>();
    expect(cell(v, 'effective_invention_patents', '370800')?.value).toBe(7420);
    expect(cell(v, 'effective_invention_patents_per_10k', '370800')).toMatchObject({ value: 8.9, yoyPct: 31.7, yoySource: 'published' });
    expect(cell(v, 'high_value_invention_patents_per_10k', '370800')?.value).toBe(3.34);
    expect(cell(v, 'patent_pledge_registrations', '370800')).toMatchObject({ value: 538, rank: 2, rankScope: 'province_published', yoyPct: 37.59 });
    expect(cell(v, 'patent_pledge_amount_yuan', '370800')?.value).toBe(4_520_000_000);
    expect(cell(v, 'effective_registered_trademarks', '370800')?.provenance).toMatchObject({ kind: 'reported', qualifier: 'min' });
    expect(cell(v, 'effective_invention_patents', '370800')?.provenance?.source).toContain('Jining');
  });

  it('reproduces Bozhou’s 7.5 on its year-end basis and holds its garbled pledge figures', async () => {
    const v = (
      await bozhou.get('/api/indicators/values?regionCode=341600&period=2023-01..2023-10&keys=effective_invention_patents_per_10k,patent_pledge_amount_yuan')
    ).json<IndicatorValues>();
    expect(cell(v, 'effective_invention_patents_per_10k', '341600')?.value).toBe(7.5);
    // The garbled reported pledge figures are held, never shown; what is shown (the pledge register's own sum) is not a
    // reported figure.
    const pledged = cell(v, 'patent_pledge_amount_yuan', '341600');
    expect(pledged?.provenance?.kind).not.toBe('reported');
    const held = (await bozhou.get('/api/indicators/reported?status=on_hold')).json<{ items: { indicatorKey: string; holdReason: string }[] }>();
    expect(held.items.map((i) => i.indicatorKey).sort()).toEqual(['patent_pledge_amount_yuan', 'trademark_pledge_amount_yuan']);
    expect(held.items[0]?.holdReason).toContain('garbled');
  });

  it('seeds Zoucheng’s 2026 plan with progress and a sample town assessment', async () => {
    const plans = (await zoucheng.get('/api/plans')).json<{ items: { id: number; name: string }[] }>();
    expect(plans.items.map((p) => p.name)).toEqual(['邹城市国家知识产权强县建设试点县工作方案(2024—2026年)']);
    const plan = (await zoucheng.get(`/api/plans/${plans.items[0]?.id}`)).json<Plan>();
    expect(plan.targets.find((t) => t.indicatorKey === 'effective_invention_patents')).toMatchObject({
      targetValue: 1400,
      currentValue: 1180,
      baselineValue: 905,
    });
    expect(plan.targets.find((t) => t.indicatorKey === 'effective_invention_patents_per_10k')?.targetValue).toBe(12.07);
    const schemes = (await zoucheng.get('/api/assessment/schemes')).json<{ items: { id: number }[] }>();
    const scores = (await zoucheng.get(`/api/assessment/schemes/${schemes.items[0]?.id}/scores`)).json<AssessmentScores>();
    expect(scores.rows[0]?.rank).toBe(1);
    expect(scores.rows[0]?.total).toBeGreaterThan(scores.rows[scores.rows.length - 1]?.total ?? 0);
    const ningbo = (await city.get('/api/plans')).json<{ items: unknown[] }>();
    expect(ningbo.items.length).toBe(1); // Ningbo's plan is outside Jining's jurisdiction
  });
});
