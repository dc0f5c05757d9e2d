import ExcelJS from 'exceljs';
import { findIndicator, scoringRuleLabels, type AssessmentScores, type SaveSchemeBody, type ScoringRule } from '@zhichan/contract';
import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { mutate } from '../../platform/audit.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { assertCanAccess, assertRegionInJurisdiction } from '../../platform/jurisdiction.js';
import { indicatorValues } from '../indicators/api.js';
import { findItems, findScheme, findSchemes, replaceItems, insertScheme, updateSchemeRow } from './repository.js';
import { scoreRegions } from './scoring.js';

type SchemeRow = NonNullable<Awaited<ReturnType<typeof findScheme>>>;
type ItemRow = Awaited<ReturnType<typeof findItems>>[number];

function present(s: SchemeRow, items: ItemRow[]) {
  return {
    id: s.id,
    name: s.name,
    regionCode: s.region_code,
    regionName: s.region_name ?? s.region_code,
    year: s.year,
    isDemo: s.is_demo === 1,
    items: items
      .filter((i) => i.scheme_id === s.id)
      .map((i) => ({
        id: i.id,
        indicatorKey: i.indicator_key,
        indicatorName: findIndicator(i.indicator_key)?.zh ?? i.indicator_key,
        unit: findIndicator(i.indicator_key)?.unit ?? '',
        weight: i.weight,
        rule: i.rule as ScoringRule,
        targetValue: i.target_value,
      })),
  };
}

/** Assessment schemes within the actor's jurisdiction. */
export async function listSchemes(ctx: AppContext, actor: Actor, regionCode?: string) {
  if (regionCode) assertRegionInJurisdiction(actor, regionCode);
  const schemes = await findSchemes(ctx.db, actor.regionCode, regionCode);
  const items = await findItems(
    ctx.db,
    schemes.map((s) => s.id),
  );
  return { items: schemes.map((s) => present(s, items)) };
}

async function loadScheme(ctx: AppContext, actor: Actor | null, id: number) {
  const s = await findScheme(ctx.db, id);
  if (actor) assertCanAccess(actor, s ? { regionCode: s.region_code, orgId: null } : undefined, '考核方案');
  if (!s) throw notFound('考核方案');
  return present(s, await findItems(ctx.db, [id]));
}

const itemRows = (body: SaveSchemeBody) =>
  body.items.map((i) => ({ indicator_key: i.indicatorKey, weight: i.weight, rule: i.rule, target_value: i.targetValue ?? null }));

/** Creates a scheme: weighted indicators with a scoring rule each, for the towns of a region. */
export async function createScheme(ctx: AppContext, actor: Actor | null, body: SaveSchemeBody, isDemo = 0) {
  if (actor) assertRegionInJurisdiction(actor, body.regionCode);
  const at = nowIso(ctx);
  const work = async (trx: Executor) => {
    const id = await insertScheme(trx, { name: body.name, region_code: body.regionCode, year: body.year, is_demo: isDemo, created_at: at, updated_at: at });
    await replaceItems(trx, id, itemRows(body));
    return id;
  };
  const id = actor
    ? await mutate(ctx, actor, async (trx) => {
        const newId = await work(trx);
        return {
          value: newId,
          audit: { action: 'assessment.create', entityType: 'assessment_scheme', entityId: newId, regionCode: body.regionCode, after: body },
        };
      })
    : await ctx.db.transaction().execute(work);
  return loadScheme(ctx, actor, id);
}

/** Changes weights, rules and targets; the ranking is computed from them on every read, so it follows at once. */
export async function updateScheme(ctx: AppContext, actor: Actor, id: number, body: SaveSchemeBody) {
  const before = await loadScheme(ctx, actor, id);
  assertRegionInJurisdiction(actor, body.regionCode);
  await mutate(ctx, actor, async (trx) => {
    await updateSchemeRow(trx, id, { name: body.name, region_code: body.regionCode, year: body.year, updated_at: nowIso(ctx) });
    await replaceItems(trx, id, itemRows(body));
    return {
      value: null,
      audit: { action: 'assessment.update', entityType: 'assessment_scheme', entityId: id, regionCode: body.regionCode, before, after: body },
    };
  });
  return loadScheme(ctx, actor, id);
}

/** The year's scores of every town (child region) of the scheme's region, ranked, with the per-item breakdown. */
export async function schemeScores(ctx: AppContext, actor: Actor | null, id: number): Promise<AssessmentScores> {
  const scheme = await loadScheme(ctx, actor, id);
  const keys = [...new Set(scheme.items.map((i) => i.indicatorKey))];
  const v = await indicatorValues(ctx, null, { keys, regionCode: scheme.regionCode, period: String(scheme.year), includeChildren: true });
  const peers = v.regions.filter((r) => r.depth === 1);
  const values = new Map<string, Map<string, number | null>>();
  for (const r of v.rows) {
    const m = values.get(r.indicatorKey) ?? new Map<string, number | null>();
    m.set(r.regionCode, r.value);
    values.set(r.indicatorKey, m);
  }
  const names = new Map(peers.map((p) => [p.regionCode, p.regionName]));
  const rows = scoreRegions(
    scheme.items,
    peers.map((p) => p.regionCode),
    values,
  );
  return {
    scheme,
    period: String(scheme.year),
    totalWeight: scheme.items.reduce((s, i) => s + i.weight, 0),
    rows: rows.map((r) => ({ ...r, regionName: names.get(r.regionCode) ?? r.regionCode })),
  };
}

/** The ranking table and its breakdown as an Excel workbook. */
export async function exportScores(ctx: AppContext, actor: Actor, id: number): Promise<{ fileName: string; data: Buffer }> {
  const s = await schemeScores(ctx, actor, id);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('考核排名');
  ws.addRow([`${s.scheme.name}（${s.scheme.year}年）`]);
  ws.addRow([
    '排名',
    '区划代码',
    '镇街',
    '总分',
    ...s.scheme.items.flatMap((i) => [`${i.indicatorName}（${i.unit}）`, `得分（权重${i.weight}，${scoringRuleLabels[i.rule]}）`]),
  ]);
  for (const r of s.rows) ws.addRow([r.rank, r.regionCode, r.regionName, r.total, ...r.items.flatMap((i) => [i.value, i.score])]);
  ws.getRow(2).font = { bold: true };
  ws.columns.forEach((c) => (c.width = 16));
  return { fileName: `assessment-${id}-${s.scheme.year}.xlsx`, data: Buffer.from(await wb.xlsx.writeBuffer()) };
}
