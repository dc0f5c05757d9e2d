import { findIndicator, type SavePlanBody } from '@zhichan/contract';
import type { AppContext } from '../../platform/context.js';
import { nowIso } from '../../platform/context.js';
import { recordAudit } from '../../platform/audit.js';
import { createScheme } from '../assessment/api.js';
import { createPlan, notifyOverdueTasks } from '../plans/api.js';
import { parseFigure } from './figures.js';
import { importCensus } from './population-service.js';
import { upsertPopulation, upsertPopulationBasis } from './repository.js';
import { classifyFigures, figureRows, type FigureCandidate } from './reported.js';
import { insertFigures } from './reported-repository.js';
import { mapSeedKey } from './seed-keys.js';
import { readSeedFigures, sourceLabel, type SeedFigures } from './seed-figures.js';

/**
 * Demo data of indicator monitoring: the published figures of the five cities in
 * `seed-figures.json` (approved, except the garbled ones, which wait on hold), the 2020 census
 * population, Bozhou's year-end resident basis, Zoucheng's 2024—2026 plan and Ningbo's 2022 targets,
 * and a sample town assessment of Zoucheng. Figures made up for the demo say 【演示】 in their source.
 * Regions outside the loaded division tree (REGION_PROVINCES) are skipped.
 */
export async function seedIndicatorDemo(ctx: AppContext): Promise<void> {
  const seed = readSeedFigures(ctx.config.referenceDataDir);
  if (!seed) return;
  const present = new Set((await ctx.db.selectFrom('regions').select('code').where('level', '<=', 3).execute()).map((r) => r.code));
  const cities = seed.regions.filter((r) => !r.parent && present.has(r.code)).map((r) => r.code);
  for (const c of cities) await importCensus(ctx, null, c).catch(() => undefined);
  const at = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    if (present.has('341600')) {
      // Bozhou publishes per-10,000 values on the year-end resident population (about 4.95 million).
      await upsertPopulation(trx, {
        region_code: '341600',
        year: 2022,
        basis: 'year_end_resident',
        population: 4_950_000,
        source: '亳州市年末常住人口约495万人（与其公布的每万人口发明专利拥有量7.5件一致）',
        updated_at: at,
      });
      await upsertPopulationBasis(trx, '341600', 'year_end_resident', at);
    }
    const candidates = [...seedCandidates(seed, present), ...(present.has('370883') ? zouchengDemoSeries() : [])];
    const verdicts = await classifyFigures(trx, candidates);
    const rows = figureRows(candidates, verdicts, null, at, 1).map((r) =>
      r.status === 'pending' ? { ...r, status: 'approved', reviewed_at: at, review_note: '演示数据：按公开发布的数字录入' } : r,
    );
    await insertFigures(trx, rows);
    await recordAudit(
      ctx,
      trx,
      { userId: null, username: 'system', orgId: null, regionCode: '370800', ip: null, trace: { auditRows: 0 } },
      {
        action: 'demo.indicators',
        entityType: 'system',
        entityId: null,
        after: { figures: rows.length, held: rows.filter((r) => r.status === 'on_hold').length },
      },
    );
  });
  for (const plan of seedPlans(seed, present)) await createPlan(ctx, null, plan, 1);
  if (present.has('370883')) {
    await createScheme(ctx, null, ZOUCHENG_SCHEME, 1);
    await notifyOverdueTasks(ctx, null, '370883');
  }
}

/** Published figures as reported candidates: rates and ranks ride on their value's row. */
export function seedCandidates(seed: SeedFigures, present: ReadonlySet<string>): FigureCandidate[] {
  const out = new Map<string, FigureCandidate>();
  for (const block of seed.actuals) {
    if (!present.has(block.region)) continue;
    const extras: { key: string; period: string; measure: 'yoy' | 'rank'; value: number }[] = [];
    for (const [seedKey, raw] of Object.entries(block.figures)) {
      const m = mapSeedKey(seedKey);
      if (!m) continue;
      const period = m.period ?? block.period;
      const value = parseFigure(raw) ?? (m.garbled && typeof raw === 'string' ? parseFigure(raw.split(/\s/)[0] ?? '') : null);
      if (value === null) continue; // ranges like "9-22" are not figures
      if (m.measure !== 'value') {
        extras.push({ key: m.indicatorKey, period, measure: m.measure, value });
        continue;
      }
      const id = `${m.indicatorKey}|${block.region}|${period}`;
      if (out.has(id)) continue;
      out.set(id, {
        indicatorKey: m.indicatorKey,
        regionCode: block.region,
        period,
        value,
        qualifier: m.qualifier,
        source: sourceLabel(seed, block.source),
        note: [m.note, m.perYear ? '每年' : null, m.garbled ? `原文：${String(raw)}` : null].filter(Boolean).join('；') || null,
        ...(m.garbled ? { holdReason: '来源文本缺字（garbled），数值不可信，待人工核实' } : {}),
      });
    }
    for (const e of extras) {
      const c = out.get(`${e.key}|${block.region}|${e.period}`);
      if (!c) continue;
      if (e.measure === 'yoy') c.publishedYoyPct = e.value;
      else c.publishedRank = e.value;
    }
  }
  return [...out.values()];
}

const DEMO_SOURCE = '【演示】邹城市知识产权统计（演示数据）';

/** A made-up yearly series for Zoucheng so its plan shows progress and a trend (【演示】). */
function zouchengDemoSeries(): FigureCandidate[] {
  const series: Record<string, number[]> = {
    effective_invention_patents: [640, 760, 905, 1040, 1180],
    high_value_invention_patents: [190, 240, 300, 352, 410],
    effective_registered_trademarks: [7200, 8050, 8900, 9600, 10150],
    open_license_deals: [0, 0, 12, 25, 38],
  };
  const out: FigureCandidate[] = [];
  for (const [key, values] of Object.entries(series))
    values.forEach((value, i) => out.push({ indicatorKey: key, regionCode: '370883', period: String(2021 + i), value, source: DEMO_SOURCE }));
  // Town figures for the sample assessment: deterministic, varied.
  ZOUCHENG_TOWNS.forEach((town, i) => {
    out.push({ indicatorKey: 'trainings', regionCode: town, period: '2025', value: 1 + ((i * 7) % 6), source: DEMO_SOURCE });
    out.push({ indicatorKey: 'open_license_deals', regionCode: town, period: '2025', value: (i * 5) % 9, source: DEMO_SOURCE });
    out.push({ indicatorKey: 'enterprises_certified_ip_management_standard', regionCode: town, period: '2025', value: (i * 3) % 5, source: DEMO_SOURCE });
    out.push({ indicatorKey: 'effective_invention_patents', regionCode: town, period: '2025', value: 20 + ((i * 37) % 90), source: DEMO_SOURCE });
  });
  return out;
}

/** Zoucheng's towns and streets (邹城市镇街) in the division tree. */
const ZOUCHENG_TOWNS = ['370883001', '370883002', '370883003', '370883101', '370883102', '370883103', '370883104', '370883105', '370883106', '370883107'];

const ZOUCHENG_SCHEME = {
  name: '【演示】邹城市镇街知识产权工作考核（2025年度）',
  regionCode: '370883',
  year: 2025,
  items: [
    { indicatorKey: 'effective_invention_patents', weight: 40, rule: 'rank' as const },
    { indicatorKey: 'open_license_deals', weight: 25, rule: 'ratio_to_target' as const, targetValue: 6 },
    { indicatorKey: 'enterprises_certified_ip_management_standard', weight: 20, rule: 'ratio_to_target' as const, targetValue: 3 },
    { indicatorKey: 'trainings', weight: 15, rule: 'ratio_to_target' as const, targetValue: 4 },
  ],
};

const ZOUCHENG_TASKS = [
  { title: '【演示】实施高价值专利培育计划，遴选重点培育企业', department: '邹城市市场监督管理局', dueDate: '2025-06-30' },
  { title: '【演示】建设知识产权运营服务平台', department: '邹城市科技局', dueDate: '2025-12-31' },
  { title: '【演示】组织知识产权质押融资银企对接会', department: '邹城市地方金融服务中心', dueDate: '2026-06-30' },
  { title: '【演示】开展知识产权保护专项执法行动', department: '邹城市市场监督管理局', dueDate: '2026-10-31' },
  { title: '【演示】推动企业贯彻知识产权管理规范', department: '邹城市工业和信息化局', dueDate: '2026-12-31' },
];

/** Zoucheng's 2026 and Ningbo's 2022 targets as plans (rates become growth targets). */
export function seedPlans(seed: SeedFigures, present: ReadonlySet<string>): SavePlanBody[] {
  return seed.targets
    .filter((t) => present.has(t.region))
    .map((t) => {
      const endYear = Number(t.by.slice(0, 4));
      const targets: SavePlanBody['targets'] = [];
      for (const [seedKey, raw] of Object.entries(t.figures)) {
        const m = mapSeedKey(seedKey);
        const value = parseFigure(raw);
        if (!m || value === null || m.measure === 'rank' || !findIndicator(m.indicatorKey)) continue;
        targets.push({
          indicatorKey: m.indicatorKey,
          measure: m.measure === 'yoy' ? 'yoy' : 'value',
          targetValue: value,
          qualifier: m.qualifier,
          note: [m.note, m.perYear ? '每年' : null].filter(Boolean).join('；') || null,
          deadline: t.by,
        });
      }
      return {
        name: t.plan,
        regionCode: t.region,
        startYear: t.region === '370883' ? 2024 : endYear,
        endYear,
        source: sourceLabel(seed, t.source),
        targets,
        tasks: t.region === '370883' ? ZOUCHENG_TASKS : [],
      };
    });
}
