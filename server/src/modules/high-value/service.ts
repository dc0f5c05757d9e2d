import { todayIso } from '../../platform/context.js';
import dayjs from 'dayjs';
import type { z } from 'zod';
import { highValueCriteria, type HighValueCriterion, type HighValueSettings, type ZReplaceConcordanceBody } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso } from '../../platform/context.js';
import { mutate } from '../../platform/audit.js';
import { notFound } from '../../platform/errors.js';
import { assertRegionInJurisdiction, isWithinRegion } from '../../platform/jurisdiction.js';
import { getSetting, putSetting } from '../../platform/settings.js';
import { findChildRegions, findRegion } from '../regions/api.js';
import { assessHighValue, type ValueFacts } from './criteria.js';
import { runPatentWriteHooks } from '../patents/api.js';
import type { Executor } from '../../db/database.js';
import { countHighValueByRegion, countUnknownTerm, findConcordance, findPatentIdsAfter, findPatentValueFacts, replaceConcordance } from './repository.js';
import { regionHasValueData } from './facts-repository.js';

const today = (ctx: AppContext) => todayIso(ctx);

/** The high-value assessment of one patent on a date (default today). */
export async function assessPatent(ctx: AppContext, patentId: number, date = today(ctx)) {
  const row = await findPatentValueFacts(ctx.db, patentId);
  if (!row) throw notFound('专利');
  const facts: ValueFacts = {
    strategicIndustries: JSON.parse(row.strategic_industries ?? '[]') as ValueFacts['strategicIndustries'],
    overseasGranted: row.overseas_granted === 1,
    pledgeCredits: JSON.parse(row.pledge_credits ?? '[]') as ValueFacts['pledgeCredits'],
    awards: JSON.parse(row.awards ?? '[]') as ValueFacts['awards'],
  };
  return assessHighValue(row, facts, date, await getSetting(ctx.db, 'high_value.pledge_threshold'));
}

export async function getConcordance(ctx: AppContext) {
  const rows = await findConcordance(ctx.db);
  return { rows: rows.map((r) => ({ id: r.id, industryCode: r.industry_code, industryName: r.industry_name, ipcPrefix: r.ipc_prefix })) };
}

/**
 * After the concordance changes, every patent's criteria may change: runs the patent write hooks
 * (high-value facts, search index, indicator snapshots and caches, holder index, re-matching) for every
 * patent, page by page, inside the caller's transaction — the same path as any other patent write.
 */
async function rewriteAllPatents(ctx: AppContext, trx: Executor) {
  let after = 0;
  for (;;) {
    const ids = await findPatentIdsAfter(trx, after, 5000);
    if (ids.length === 0) return;
    await runPatentWriteHooks(ctx, trx, ids);
    after = ids[ids.length - 1] ?? after;
  }
}

/** Replaces the concordance table (bureau-editable data) and re-evaluates every patent. */
export async function setConcordance(ctx: AppContext, actor: Actor, body: z.infer<typeof ZReplaceConcordanceBody>) {
  const before = await getConcordance(ctx);
  const rows = [
    ...new Map(
      body.rows.map((r) => [`${r.ipcPrefix}|${r.industryCode}`, { industry_code: r.industryCode, industry_name: r.industryName, ipc_prefix: r.ipcPrefix }]),
    ).values(),
  ];
  await mutate(ctx, actor, async (trx) => {
    await replaceConcordance(trx, rows, nowIso(ctx));
    await rewriteAllPatents(ctx, trx);
    return {
      value: null,
      audit: {
        action: 'high_value.concordance_replace',
        entityType: 'setting',
        entityId: 'strategic_ipc_concordance',
        before: { rows: before.rows.length },
        after: { rows: rows.length },
      },
    };
  });
  return getConcordance(ctx);
}

export async function getHighValueSettings(ctx: AppContext): Promise<HighValueSettings> {
  const [pledgeThreshold, equally, hmt] = await Promise.all([
    getSetting(ctx.db, 'high_value.pledge_threshold'),
    getSetting(ctx.db, 'high_value.pledge_apportion_equally'),
    getSetting(ctx.db, 'high_value.overseas_includes_hmt'),
  ]);
  return { pledgeThreshold, pledgeApportionment: equally === 1 ? 'equal' : 'whole', overseasIncludesHmt: hmt === 1 };
}

/**
 * Changes the high-value settings: the pledge threshold of criterion 4 (default 10,000,000 yuan), how a
 * portfolio pledge is apportioned, whether HK/Macao/Taiwan grants count as overseas. Every patent's facts
 * follow in the same transaction (through the patent write hooks).
 */
export async function setHighValueSettings(ctx: AppContext, actor: Actor, body: Partial<HighValueSettings> & { pledgeThreshold: number }) {
  const before = await getHighValueSettings(ctx);
  await mutate(ctx, actor, async (trx) => {
    await putSetting(ctx, trx, 'high_value.pledge_threshold', body.pledgeThreshold);
    if (body.pledgeApportionment !== undefined) await putSetting(ctx, trx, 'high_value.pledge_apportion_equally', body.pledgeApportionment === 'equal' ? 1 : 0);
    if (body.overseasIncludesHmt !== undefined) await putSetting(ctx, trx, 'high_value.overseas_includes_hmt', body.overseasIncludesHmt ? 1 : 0);
    await rewriteAllPatents(ctx, trx);
    return { value: null, audit: { action: 'high_value.settings', entityType: 'setting', entityId: 'high_value', before, after: body } };
  });
  return getHighValueSettings(ctx);
}

const zeroCounts = () => Object.fromEntries(highValueCriteria.map((c) => [c, 0])) as Record<HighValueCriterion, number>;

/**
 * Effective invention patents and high-value invention patents on a date, for a region and each
 * of its child regions (city → counties → towns). Patents recorded only at the parent level are
 * shown under the region itself. These counts feed the indicator catalogue.
 */
export async function countHighValue(ctx: AppContext, actor: Actor, regionCode: string, date = today(ctx)) {
  assertRegionInJurisdiction(actor, regionCode);
  const region = await findRegion(ctx.db, regionCode);
  if (!region) throw notFound('行政区划');
  const tenYearsBefore = dayjs(date).subtract(10, 'year').format('YYYY-MM-DD');
  const [raw, children, data, unknownTerm] = await Promise.all([
    countHighValueByRegion(ctx.db, regionCode, date, tenYearsBefore),
    findChildRegions(ctx.db, regionCode),
    regionHasValueData(ctx.db, regionCode),
    countUnknownTerm(ctx.db, regionCode, date),
  ]);
  // Criteria 4 and 5 need pledge registrations and award records: without any for the region the count is
  // not 0 but unknown, and the page says so.
  const noData: HighValueCriterion[] = [...(data.pledges ? [] : ['high_pledge' as const]), ...(data.awards ? [] : ['patent_award' as const])];
  const buckets = new Map<string, { name: string; effective: number; highValue: number; by: Record<HighValueCriterion, number> }>();
  const bucketFor = (code: string) => children.find((c) => isWithinRegion(code, c.code)) ?? region;
  for (const r of raw) {
    const target = bucketFor(r.child);
    const b = buckets.get(target.code) ?? { name: target.full_name, effective: 0, highValue: 0, by: zeroCounts() };
    b.effective += Number(r.effective);
    b.highValue += Number(r.high_value);
    for (const c of highValueCriteria) b.by[c] += Number(r[c]);
    buckets.set(target.code, b);
  }
  const total = { name: region.full_name, effective: 0, highValue: 0, by: zeroCounts() };
  for (const b of buckets.values()) {
    total.effective += b.effective;
    total.highValue += b.highValue;
    for (const c of highValueCriteria) total.by[c] += b.by[c];
  }
  const present = (code: string, b: typeof total) => ({
    regionCode: code,
    regionName: b.name,
    effectiveInventions: b.effective,
    highValue: b.highValue,
    byCriterion: Object.fromEntries(highValueCriteria.map((c) => [c, noData.includes(c) ? null : b.by[c]])) as Record<HighValueCriterion, number | null>,
  });
  return {
    asOf: date,
    regionCode,
    noData,
    unknownTerm,
    rows: [present(regionCode, total), ...[...buckets].filter(([code]) => code !== regionCode).map(([code, b]) => present(code, b))],
  };
}
