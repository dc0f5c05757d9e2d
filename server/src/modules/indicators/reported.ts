import { findIndicator, parsePeriod, previousPeriod, type CreateReportedBody, type ReportedStatus } from '@zhichan/contract';
import type { z } from 'zod';
import type { ZReportedQuery } from '@zhichan/contract';
import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { mutate } from '../../platform/audit.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso } from '../../platform/context.js';
import { badRequest, forbidden } from '../../platform/errors.js';
import { assertCanAccess, assertRegionInJurisdiction } from '../../platform/jurisdiction.js';
import { notifyUsers } from '../../platform/notify.js';
import { getSetting } from '../../platform/settings.js';
import { assertTransition } from '../../platform/workflow.js';
import { implausibility, invalidity, toCatalogueUnit } from './figures.js';
import { regionAncestry } from '../regions/api.js';
import { findPopulation } from './repository.js';
import { findApprovedHistory, findFigure, findFigures, insertFigures, updateFigureReview, type NewFigure } from './reported-repository.js';
import { reportedWorkflow } from './reported-workflow.js';
import { findRegion } from '../regions/api.js';

/** A figure ready to store, in the catalogue unit. */
export interface FigureCandidate {
  indicatorKey: string;
  regionCode: string;
  period: string;
  value: number;
  qualifier?: string | null;
  publishedYoyPct?: number | null;
  publishedRank?: number | null;
  source: string;
  note?: string | null;
  /** Known to be unreliable (e.g. marked garbled in the source): always held, with this reason. */
  holdReason?: string;
}

/**
 * Decides each candidate's status: `on_hold` with a reason when implausible (a jump beyond the
 * configured factor over the previous period or the region's history, or an amount far beyond the
 * region's population), `pending` otherwise. Nothing implausible is ever stored as reviewable-as-usual.
 */
export async function classifyFigures(db: Executor, rows: readonly FigureCandidate[]): Promise<{ status: ReportedStatus; holdReason: string | null }[]> {
  const jumpFactor = await getSetting(db, 'indicators.jump_factor');
  const amountMax = await getSetting(db, 'indicators.amount_per_capita_max');
  const keys = [...new Set(rows.map((r) => r.indicatorKey))];
  const regions = [...new Set(rows.map((r) => r.regionCode))];
  const history = await findApprovedHistory(db, keys, regions);
  const maxYear = Math.max(...rows.map((r) => parsePeriod(r.period)?.year ?? 0), 0);
  const population = await findPopulation(db, [...new Set(regions.flatMap(regionAncestry))], maxYear);
  return rows.map((r) => {
    if (r.holdReason) return { status: 'on_hold', holdReason: r.holdReason };
    const def = findIndicator(r.indicatorKey);
    const kind = parsePeriod(r.period)?.kind;
    if (!def || !kind) return { status: 'pending', holdReason: null };
    const mine = history.filter((h) => h.indicator_key === r.indicatorKey && h.region_code === r.regionCode && h.period !== r.period);
    const prevCode = previousPeriod(r.period);
    const prev = mine.find((h) => h.period === prevCode);
    const pop = population.filter((p) => p.region_code === r.regionCode).sort((a, b) => b.year - a.year)[0];
    const reason = implausibility({
      def,
      value: r.value,
      previous: prev ? prev.value : null,
      history: mine.filter((h) => parsePeriod(h.period)?.kind === kind).map((h) => h.value),
      population: pop ? Number(pop.population) : null,
      jumpFactor,
      amountPerCapitaMax: amountMax,
    });
    return reason ? { status: 'on_hold', holdReason: reason } : { status: 'pending', holdReason: null };
  });
}

/** Rows for insertion from classified candidates. */
export function figureRows(
  rows: readonly FigureCandidate[],
  verdicts: { status: ReportedStatus; holdReason: string | null }[],
  authorId: number | null,
  at: string,
  isDemo = 0,
): NewFigure[] {
  return rows.map((r, i) => ({
    indicator_key: r.indicatorKey,
    region_code: r.regionCode,
    period: r.period,
    value: r.value,
    unit: findIndicator(r.indicatorKey)?.unit ?? '',
    qualifier: r.qualifier ?? null,
    published_yoy_pct: r.publishedYoyPct ?? null,
    published_rank: r.publishedRank ?? null,
    source: r.source,
    note: r.note ?? null,
    status: verdicts[i]?.status ?? 'pending',
    hold_reason: verdicts[i]?.holdReason ?? null,
    author_id: authorId,
    reviewer_id: null,
    reviewed_at: null,
    review_note: null,
    is_demo: isDemo,
    created_at: at,
    updated_at: at,
  }));
}

/** Enters one reported figure (待审核, or 存疑待核 when implausible). */
export async function createReported(ctx: AppContext, actor: Actor, body: CreateReportedBody) {
  assertRegionInJurisdiction(actor, body.regionCode);
  const def = findIndicator(body.indicatorKey);
  if (!def) throw badRequest('未知的指标代码', { indicatorKey: '未知的指标代码' });
  const region = await findRegion(ctx.db, body.regionCode);
  if (!region) throw badRequest('行政区划不存在', { regionCode: '行政区划不存在' });
  const value = toCatalogueUnit(body.value, body.unit, def);
  if (value === null) throw badRequest(`单位应为${def.unit}`, { unit: `单位应为${def.unit}（或万${def.unit}、亿${def.unit}）` });
  const bad = invalidity(def, value);
  if (bad) throw badRequest(bad, { value: bad });
  const candidate: FigureCandidate = { ...body, value };
  const id = await mutate(ctx, actor, async (trx) => {
    const verdicts = await classifyFigures(trx, [candidate]);
    const [newId] = await insertFigures(trx, figureRows([candidate], verdicts, actor.userId, nowIso(ctx)));
    return {
      value: newId ?? 0,
      audit: {
        action: 'indicator.report',
        entityType: 'indicator_figure',
        entityId: newId ?? null,
        regionCode: body.regionCode,
        after: { ...candidate, ...verdicts[0] },
      },
    };
  });
  return getReported(ctx, actor, id);
}

/** One reported figure within the actor's jurisdiction (404 outside). */
export async function getReported(ctx: AppContext, actor: Actor, id: number) {
  const f = await findFigure(ctx.db, id);
  assertCanAccess(actor, f ? { regionCode: f.region_code, orgId: null } : undefined, '填报数据');
  if (!f) throw new Error('unreachable');
  const page = await findFigures(ctx.db, { within: f.region_code, id }, 1, 1);
  const row = page.items[0];
  if (!row) throw new Error(`figure ${id} vanished`);
  return presentFigure(row);
}

type FigureRow = Awaited<ReturnType<typeof findFigures>>['items'][number];

function presentFigure(r: FigureRow) {
  return {
    id: r.id,
    indicatorKey: r.indicator_key,
    indicatorName: findIndicator(r.indicator_key)?.zh ?? r.indicator_key,
    regionCode: r.region_code,
    regionName: r.region_name ?? r.region_code,
    period: r.period,
    value: r.value,
    unit: r.unit,
    qualifier: r.qualifier,
    publishedYoyPct: r.published_yoy_pct,
    publishedRank: r.published_rank,
    source: r.source,
    note: r.note,
    status: r.status as ReportedStatus,
    holdReason: r.hold_reason,
    authorId: r.author_id,
    authorName: r.author_name,
    reviewerName: r.reviewer_name,
    reviewedAt: r.reviewed_at,
    reviewNote: r.review_note,
    createdAt: r.created_at,
    isDemo: r.is_demo === 1,
  };
}

/** Reported figures within the actor's jurisdiction: the review queue when filtered by status. */
export async function listReported(ctx: AppContext, actor: Actor, q: z.infer<typeof ZReportedQuery>) {
  if (q.regionCode) assertRegionInJurisdiction(actor, q.regionCode);
  const page = await findFigures(ctx.db, { within: actor.regionCode, ...q }, q.page, q.pageSize);
  return { items: page.items.map(presentFigure), total: page.total, page: q.page, pageSize: q.pageSize };
}

/**
 * Approves or returns a figure. The reviewer must be another person than the author (four-eyes
 * rule: 403 with the reason); only pending or held figures can be reviewed (409 says why).
 */
export async function reviewReported(ctx: AppContext, actor: Actor, id: number, decision: 'approve' | 'reject', note?: string) {
  const f = await findFigure(ctx.db, id);
  assertCanAccess(actor, f ? { regionCode: f.region_code, orgId: null } : undefined, '填报数据');
  if (!f) throw new Error('unreachable');
  if (f.author_id !== null && f.author_id === actor.userId) throw forbidden('不能审核本人录入的数据：须由另一位工作人员审核');
  const t = assertTransition(reportedWorkflow, f.status as ReportedStatus, decision, { actor, subject: { regionCode: f.region_code, ownerOrgId: null } });
  if (decision === 'reject' && !note) throw badRequest('退回时请填写原因', { note: '请填写退回原因' });
  const at = nowIso(ctx);
  await mutate(ctx, actor, async (trx) => {
    await updateFigureReview(trx, id, { status: t.to, reviewer_id: actor.userId, reviewed_at: at, review_note: note ?? null });
    return {
      value: null,
      audit: {
        action: `indicator.${decision}`,
        entityType: 'indicator_figure',
        entityId: id,
        regionCode: f.region_code,
        before: { status: f.status },
        after: { status: t.to, note },
      },
    };
  });
  if (f.author_id !== null) {
    const name = findIndicator(f.indicator_key)?.zh ?? f.indicator_key;
    await notifyUsers(ctx, [
      {
        userId: f.author_id,
        kind: 'indicator_review',
        title: decision === 'approve' ? `填报数据已审核通过：${name}` : `填报数据被退回：${name}`,
        body: `${f.period} ${name} ${f.value}${f.unit}${note ? `。意见：${note}` : ''}`,
        link: '/indicators/reported',
      },
    ]);
  }
  return getReported(ctx, actor, id);
}
