import {
  message,
  ZFinanceProductBody,
  type FinanceProduct,
  type FinanceProductBody,
  type FinanceProductDetail,
  type FinanceRate,
  type EligibilityRules,
  type SupermarketQuery,
} from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso, todayIso } from '../../platform/context.js';
import { mutate } from '../../platform/audit.js';
import { badRequest, conflict, forbidden, notFound } from '../../platform/errors.js';
import { inJurisdiction } from '../../platform/jurisdiction.js';
import { getSetting } from '../../platform/settings.js';
import { moveWorkItem } from '../../platform/work-items.js';
import type { Executor } from '../../db/database.js';
import { findRegionNames, regionAncestry } from '../regions/api.js';
import {
  findListedProducts,
  findProduct,
  findProductsByIds,
  findProductsPage,
  findProductVersions,
  insertProduct,
  insertProductVersion,
  maxProductVersion,
  reviewProductVersion,
  supersedePendingVersions,
  updateProduct,
  type ProductRow,
} from './repository.js';
import { precheck, type EnterpriseFigures } from './eligibility.js';
import { enterpriseFigures } from './figures.js';

export const PRODUCT = 'finance_product';
const LENDER_KINDS = new Set(['bank', 'insurer', 'guarantor']);
/** A guarantor (融资担保机构) publishes guarantee products only; banks and insurers publish as before. */
const GUARANTOR_PRODUCT_KINDS = new Set(['guarantee']);

/** The LPRs in force (settings), percent. */
export async function currentLpr(db: Executor): Promise<{ '1y': number; '5y': number }> {
  return { '1y': await getSetting(db, 'finance.lpr_1y_percent'), '5y': await getSetting(db, 'finance.lpr_5y_percent') };
}

/** The annual rate a product's rate comes to today (percent): LPR + spread, or the fixed rate. */
export function effectiveRate(rate: FinanceRate, lpr: { '1y': number; '5y': number }): number {
  return rate.type === 'fixed' ? rate.percent : Math.round((lpr[rate.lprTerm] + rate.spreadBp / 100) * 100) / 100;
}

export function rateText(rate: FinanceRate, lpr: { '1y': number; '5y': number }): string {
  if (rate.type === 'fixed') return `固定年利率 ${rate.percent.toFixed(2)}%`;
  const sign = rate.spreadBp >= 0 ? '+' : '−';
  return `${rate.lprTerm === '1y' ? '1年期' : '5年期以上'}LPR${sign}${Math.abs(rate.spreadBp)}BP（现 ${effectiveRate(rate, lpr).toFixed(2)}%）`;
}

/**
 * The region a product belongs to for the bureau's review: the nearest region containing every region it serves
 * (a product serving two counties of 济宁 is reviewed by the city bureau).
 */
export function productRegion(regions: readonly string[]): string {
  const [first, ...rest] = regions.map(regionAncestry);
  if (!first) return '370000';
  const common = first.find((code) => rest.every((a) => a.includes(code)));
  return common ?? first[first.length - 1] ?? '370000';
}

const parse = <T>(s: string, fallback: T): T => {
  try {
    return JSON.parse(s) as T;
  } catch {
    return fallback;
  }
};

type Presentable = ProductRow;

export async function presentProducts(db: Executor, rows: readonly Presentable[], figures?: EnterpriseFigures | null): Promise<FinanceProduct[]> {
  const lpr = await currentLpr(db);
  const codes = [...new Set(rows.flatMap((r) => parse<string[]>(r.regions, [])))];
  const names = await findRegionNames(db, codes);
  return rows.map((r) => {
    const rate = parse<FinanceRate>(r.rate, { type: 'fixed', percent: 0 });
    const rules = parse<EligibilityRules>(r.rules, {});
    return {
      id: Number(r.id),
      orgId: Number(r.org_id),
      orgName: r.org_name,
      orgKind: r.org_kind,
      name: r.name,
      kind: r.kind as FinanceProduct['kind'],
      amountMin: Number(r.amount_min),
      amountMax: Number(r.amount_max),
      rate,
      rateText: rateText(rate, lpr),
      termMonthsMin: Number(r.term_min),
      termMonthsMax: Number(r.term_max),
      regions: parse<string[]>(r.regions, []).map((code) => ({ code, name: names.get(code) ?? code })),
      rules,
      description: r.description,
      status: r.status as FinanceProduct['status'],
      version: Number(r.version),
      pendingVersion: r.pending_version === null || r.pending_version === undefined ? null : Number(r.pending_version),
      reviewNote: r.review_note ?? null,
      isDemo: Number(r.is_demo) === 1,
      precheck: figures ? precheck(rules, figures) : null,
      updatedAt: r.updated_at,
    };
  });
}

/** The signed-in enterprise's figures for the pre-check (null for anyone else). */
export async function figuresOf(ctx: AppContext, actor: Actor | null): Promise<EnterpriseFigures | null> {
  if (!actor || !actor.permissions.has('enterprise.self')) return null;
  return (await enterpriseFigures(ctx.db, [actor.orgId], todayIso(ctx))).get(actor.orgId) ?? null;
}

/**
 * The supermarket (金融超市, public): listed products filtered by kind, region served and amount, sorted by rate
 * (today's annual rate), amount, term or newest; for a signed-in enterprise each carries its pre-check.
 */
export async function supermarket(ctx: AppContext, actor: Actor | null, q: SupermarketQuery) {
  const figures = await figuresOf(ctx, actor);
  const region = q.region ?? (figures ? actor?.regionCode : undefined);
  const rows = await findListedProducts(ctx.db, { kind: q.kind, regionAncestry: region ? regionAncestry(region) : undefined, amount: q.amount, sort: q.sort });
  let items = await presentProducts(ctx.db, rows, figures);
  if (q.sort === 'rate') {
    const lpr = await currentLpr(ctx.db);
    items.sort((a, b) => effectiveRate(a.rate, lpr) - effectiveRate(b.rate, lpr) || a.id - b.id);
  }
  if (q.eligibleOnly && figures) items = items.filter((p) => p.precheck?.eligible);
  const start = (q.page - 1) * q.pageSize;
  return { items: items.slice(start, start + q.pageSize), total: items.length, page: q.page, pageSize: q.pageSize };
}

/** Up to three listed products side by side (with the pre-check for a signed-in enterprise). */
export async function compareProducts(ctx: AppContext, actor: Actor | null, ids: number[]) {
  if (ids.length > 3) throw badRequest('最多比较 3 个产品', { ids: '最多比较 3 个产品' });
  const rows = (await findProductsByIds(ctx.db, ids)).filter((r) => r.status === 'listed');
  const byId = new Map(rows.map((r) => [Number(r.id), r]));
  const ordered = ids.flatMap((id) => (byId.has(id) ? [byId.get(id) as ProductRow] : []));
  return { items: await presentProducts(ctx.db, ordered, await figuresOf(ctx, actor)), total: ordered.length, page: 1, pageSize: 3 };
}

function mayManage(actor: Actor | null, r: ProductRow): boolean {
  return actor !== null && actor.permissions.has('finance.bank') && Number(r.org_id) === actor.orgId;
}
function mayReview(actor: Actor | null, r: ProductRow): boolean {
  return actor !== null && actor.permissions.has('finance.oversee') && inJurisdiction(actor, { regionCode: r.region_code, orgId: Number(r.org_id) });
}

/** A product: listed ones are public; others only to their lender and the reviewing bureau (404 otherwise). */
export async function getProduct(ctx: AppContext, actor: Actor | null, id: number): Promise<FinanceProductDetail> {
  const r = await findProduct(ctx.db, id);
  if (!r || (r.status !== 'listed' && !mayManage(actor, r) && !mayReview(actor, r))) throw notFound('金融产品');
  const [p] = await presentProducts(ctx.db, [r], await figuresOf(ctx, actor));
  const versions = mayManage(actor, r) || mayReview(actor, r) ? await findProductVersions(ctx.db, id) : [];
  return {
    ...(p as FinanceProduct),
    versions: versions.map((v) => ({
      version: Number(v.version),
      status: v.status as 'pending' | 'approved' | 'returned' | 'superseded',
      data: ZFinanceProductBody.parse(JSON.parse(v.data)),
      submittedAt: v.submitted_at,
      reviewedAt: v.reviewed_at,
      reviewNote: v.review_note,
    })),
  };
}

export async function listMyProducts(ctx: AppContext, actor: Actor, q: { page: number; pageSize: number; status?: string }) {
  const { rows, total } = await findProductsPage(ctx.db, { orgId: actor.orgId, status: q.status }, q.page, q.pageSize);
  return { items: await presentProducts(ctx.db, rows), total, page: q.page, pageSize: q.pageSize };
}

/** Product versions awaiting the bureau's review, within its jurisdiction (the product's region). */
export async function listProductsForReview(ctx: AppContext, actor: Actor, q: { page: number; pageSize: number; pendingOnly?: '1' | '0' }) {
  const { rows } = await findProductsPage(ctx.db, { pendingOnly: q.pendingOnly !== '0' }, 1, 10_000);
  const mine = rows.filter((r) => mayReview(actor, r));
  const page = mine.slice((q.page - 1) * q.pageSize, q.page * q.pageSize);
  return { items: await presentProducts(ctx.db, page), total: mine.length, page: q.page, pageSize: q.pageSize };
}

function reviewItem(id: number, name: string, regionCode: string) {
  return {
    recordType: PRODUCT,
    recordId: id,
    step: '金融产品待审核',
    title: `金融产品待审核：${name}`,
    link: `/finance/products/${id}`,
    regionCode,
    assignee: { permission: 'finance.oversee' as const },
  };
}

function assertKindForOrg(actor: Actor, body: FinanceProductBody) {
  if (actor.orgKind === 'guarantor' && !GUARANTOR_PRODUCT_KINDS.has(body.kind)) {
    throw badRequest(message('finance.guarantor_guarantee_only'), { kind: message('finance.guarantor_guarantee_only') });
  }
}

/** A lender submits a new product: version 1, waiting for the bureau's review before it is listed. */
export async function createProduct(ctx: AppContext, actor: Actor, body: FinanceProductBody): Promise<FinanceProductDetail> {
  if (!LENDER_KINDS.has(actor.orgKind)) throw forbidden(message('finance.not_a_lender'));
  assertKindForOrg(actor, body);
  const at = nowIso(ctx);
  const lpr = await currentLpr(ctx.db);
  const region = productRegion(body.regions);
  const id = await mutate(ctx, actor, async (trx) => {
    const id = await insertProduct(trx, {
      org_id: actor.orgId,
      region_code: region,
      status: 'pending',
      version: 0,
      name: body.name,
      kind: body.kind,
      amount_min: body.amountMin,
      amount_max: body.amountMax,
      rate: JSON.stringify(body.rate),
      rate_sort: effectiveRate(body.rate, lpr),
      term_min: body.termMonthsMin,
      term_max: body.termMonthsMax,
      regions: JSON.stringify(body.regions),
      rules: JSON.stringify(body.rules),
      description: body.description,
      listed_at: null,
      is_demo: 0,
      created_at: at,
      updated_at: at,
    });
    await insertProductVersion(trx, { product_id: id, version: 1, data: JSON.stringify(body), submitted_by: actor.userId, submitted_at: at });
    await moveWorkItem(ctx, trx, PRODUCT, id, reviewItem(id, body.name, region));
    return { value: id, audit: { action: 'finance.product.create', entityType: PRODUCT, entityId: id, regionCode: region, after: body } };
  });
  return getProduct(ctx, actor, id);
}

/**
 * The lender changes a product: a new version, reviewed before it replaces the listed one (the listed version
 * stays on the shelf meanwhile). A still-unreviewed earlier version is superseded.
 */
export async function reviseProduct(ctx: AppContext, actor: Actor, id: number, body: FinanceProductBody): Promise<FinanceProductDetail> {
  const r = await findProduct(ctx.db, id);
  if (!r || !mayManage(actor, r)) throw notFound('金融产品');
  assertKindForOrg(actor, body);
  const at = nowIso(ctx);
  const region = productRegion(body.regions);
  await mutate(ctx, actor, async (trx) => {
    const version = (await maxProductVersion(trx, id)) + 1;
    await supersedePendingVersions(trx, id);
    await insertProductVersion(trx, { product_id: id, version, data: JSON.stringify(body), submitted_by: actor.userId, submitted_at: at });
    await updateProduct(trx, id, { updated_at: at, ...(r.status === 'listed' ? {} : { status: 'pending', region_code: region }) });
    await moveWorkItem(ctx, trx, PRODUCT, id, reviewItem(id, body.name, r.status === 'listed' ? r.region_code : region));
    return {
      value: null,
      audit: { action: 'finance.product.revise', entityType: PRODUCT, entityId: id, regionCode: r.region_code, after: { version, ...body } },
    };
  });
  return getProduct(ctx, actor, id);
}

/** The lender takes a product off the shelf (live applications continue). */
export async function delistProduct(ctx: AppContext, actor: Actor, id: number): Promise<FinanceProductDetail> {
  const r = await findProduct(ctx.db, id);
  if (!r || !mayManage(actor, r)) throw notFound('金融产品');
  if (r.status === 'delisted') throw conflict(message('finance.product_already_delisted'));
  const at = nowIso(ctx);
  await mutate(ctx, actor, async (trx) => {
    await updateProduct(trx, id, { status: 'delisted', updated_at: at });
    await supersedePendingVersions(trx, id);
    await moveWorkItem(ctx, trx, PRODUCT, id, null);
    return {
      value: null,
      audit: { action: 'finance.product.delist', entityType: PRODUCT, entityId: id, regionCode: r.region_code, before: { status: r.status } },
    };
  });
  return getProduct(ctx, actor, id);
}

/** The bureau reviews the product's pending version: approve (it becomes the listed version) or return with a reason. */
export async function reviewProduct(
  ctx: AppContext,
  actor: Actor,
  id: number,
  decision: { action: 'approve'; note?: string } | { action: 'return'; reason: string },
): Promise<FinanceProductDetail> {
  const r = await findProduct(ctx.db, id);
  if (!r || !mayReview(actor, r)) throw notFound('金融产品');
  const pending = r.pending_version === null || r.pending_version === undefined ? null : Number(r.pending_version);
  if (pending === null) throw conflict(message('finance.product_no_pending'));
  const versions = await findProductVersions(ctx.db, id);
  const v = versions.find((x) => Number(x.version) === pending);
  const data = ZFinanceProductBody.parse(JSON.parse(v?.data ?? '{}'));
  const at = nowIso(ctx);
  const lpr = await currentLpr(ctx.db);
  const note = decision.action === 'approve' ? (decision.note ?? null) : decision.reason;
  await mutate(ctx, actor, async (trx) => {
    await reviewProductVersion(trx, id, pending, {
      status: decision.action === 'approve' ? 'approved' : 'returned',
      reviewed_by: actor.userId,
      reviewed_at: at,
      review_note: note,
    });
    if (decision.action === 'approve') {
      await updateProduct(trx, id, {
        status: 'listed',
        version: pending,
        name: data.name,
        kind: data.kind,
        amount_min: data.amountMin,
        amount_max: data.amountMax,
        rate: JSON.stringify(data.rate),
        rate_sort: effectiveRate(data.rate, lpr),
        term_min: data.termMonthsMin,
        term_max: data.termMonthsMax,
        regions: JSON.stringify(data.regions),
        rules: JSON.stringify(data.rules),
        description: data.description,
        listed_at: r.listed_at ?? at,
        updated_at: at,
      });
    } else if (r.status === 'pending') {
      await updateProduct(trx, id, { status: 'returned', updated_at: at });
    }
    await moveWorkItem(ctx, trx, PRODUCT, id, null);
    return {
      value: null,
      audit: {
        action: `finance.product.${decision.action}`,
        entityType: PRODUCT,
        entityId: id,
        regionCode: r.region_code,
        before: { status: r.status, version: Number(r.version) },
        after: { version: pending, note },
      },
    };
  });
  return getProduct(ctx, actor, id);
}
