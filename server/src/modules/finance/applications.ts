import { FINANCE_CONSENT_WORDING, message, type ApplyBody, type Collateral, type FinanceApplication, type FinanceApplicationStatus } from '@zhichan/contract';
import type { z } from 'zod';
import type { ZApproveBody, ZDisburseBody, ZValuationBody } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso, todayIso } from '../../platform/context.js';
import { mutate } from '../../platform/audit.js';
import { linkAttachments } from '../../platform/attachments.js';
import { badRequest, conflict, forbidden, notFound } from '../../platform/errors.js';
import { canAccess, inJurisdiction } from '../../platform/jurisdiction.js';
import { addParty, loadParties, partyCondition } from '../../platform/parties.js';
import { getSetting } from '../../platform/settings.js';
import { urgencyOf } from '../../platform/deadlines.js';
import { assigneeUserIds, moveWorkItem, type WorkItemInput } from '../../platform/work-items.js';
import { notifyUsers } from '../../platform/notify.js';
import { assertTransition, type WorkflowSubject } from '../../platform/workflow.js';
import type { Executor } from '../../db/database.js';
import { findPledges, isInForceOn } from '../patents/api.js';
import { isTrademarkInForce } from '../trademarks/api.js';
import { regionAncestry, findRegionNames } from '../regions/api.js';
import {
  applicationCondition,
  findApplication,
  findApplicationsPage,
  findConsent,
  findConsentsOf,
  findHeldPatents,
  findLiveApplication,
  findLiveCollateral,
  findOrg,
  findOwnTrademarks,
  findPatentLabels,
  findProduct,
  findTrademarkLabels,
  insertApplication,
  insertConsent,
  revokeConsentRow,
  updateApplication,
  type ApplicationRow,
} from './repository.js';
import { applicationWorkflow, liveStatuses, type ApplicationAction } from './workflow.js';
import { enterpriseFigures } from './figures.js';

export const APPLICATION = 'finance_application';
type CollateralWithLabel = Collateral & { label: string };

const parseCollateral = (s: string): CollateralWithLabel[] => {
  try {
    const v: unknown = JSON.parse(s);
    return Array.isArray(v) ? (v as CollateralWithLabel[]) : [];
  } catch {
    return [];
  }
};

/** The application as the access and workflow rules see it: the enterprise owns it; the bank is its counterparty. */
async function subjectOf(db: Executor, a: ApplicationRow): Promise<WorkflowSubject> {
  return { regionCode: a.region_code, ownerOrgId: Number(a.enterprise_org_id), parties: await loadParties(db, { type: APPLICATION, id: Number(a.id) }) };
}

/** Loads an application the actor may see (the enterprise, its bank while a standing party, the bureau of its region), or 404. */
export async function loadApplication(ctx: AppContext, actor: Actor, id: number) {
  const a = await findApplication(ctx.db, id);
  if (!a) throw notFound('融资申请');
  const subject = await subjectOf(ctx.db, a);
  const bureau = actor.permissions.has('finance.oversee') && inJurisdiction(actor, { regionCode: a.region_code, orgId: null });
  if (!bureau && !canAccess(actor, { regionCode: a.region_code, orgId: subject.ownerOrgId, parties: subject.parties })) throw notFound('融资申请');
  return { ...a, subject };
}

async function consentActive(db: Executor, a: Pick<ApplicationRow, 'consent_id'>): Promise<{ id: number; revokedAt: string | null } | null> {
  if (a.consent_id === null || a.consent_id === undefined) return null;
  const c = await findConsent(db, Number(a.consent_id));
  return c ? { id: Number(c.id), revokedAt: c.revoked_at } : null;
}

export async function presentApplication(ctx: AppContext, a: ApplicationRow): Promise<FinanceApplication> {
  const today = todayIso(ctx);
  const soon = await getSetting(ctx.db, 'workflow.due_soon_days');
  const consent = await consentActive(ctx.db, a);
  const n = (v: number | null) => (v === null ? null : Number(v));
  return {
    id: Number(a.id),
    productId: Number(a.product_id),
    productVersion: Number(a.product_version),
    productName: a.product_name,
    productKind: a.product_kind as FinanceApplication['productKind'],
    enterpriseOrgId: Number(a.enterprise_org_id),
    enterpriseName: a.enterprise_name,
    bankOrgId: Number(a.bank_org_id),
    bankName: a.bank_name,
    regionCode: a.region_code,
    status: a.status as FinanceApplicationStatus,
    amount: Number(a.amount),
    termMonths: Number(a.term_months),
    purpose: a.purpose,
    collateral: parseCollateral(a.collateral),
    submittedAt: a.submitted_at,
    acceptedAt: a.accepted_at,
    decidedAt: a.decided_at,
    disbursedOn: a.disbursed_on,
    returnReason: a.return_reason,
    declineReason: a.decline_reason,
    valuation:
      a.valuation_method && a.valuation_value !== null
        ? {
            method: a.valuation_method,
            value: Number(a.valuation_value),
            appraiser: a.valuation_appraiser ?? '',
            valuedOn: a.valued_on ?? '',
            attachmentId: n(a.valuation_attachment_id),
          }
        : null,
    approval:
      a.approved_amount !== null && a.approved_rate !== null
        ? { amount: Number(a.approved_amount), ratePercent: Number(a.approved_rate), termStart: a.term_start ?? '', termEnd: a.term_end ?? '' }
        : null,
    disbursement:
      a.disbursed_amount !== null ? { amount: Number(a.disbursed_amount), disbursedOn: a.disbursed_on ?? '', contractNo: a.contract_no ?? '' } : null,
    consent: consent ? { id: consent.id, granted: consent.revokedAt === null, revokedAt: consent.revokedAt } : null,
    dueOn: a.due_on ?? null,
    urgency: a.due_on ? urgencyOf(a.due_on, today, soon) : null,
    isDemo: Number(a.is_demo) === 1,
  };
}

async function present(ctx: AppContext, id: number): Promise<FinanceApplication> {
  return presentApplication(ctx, (await findApplication(ctx.db, id)) as ApplicationRow);
}

async function presentPage(ctx: AppContext, r: { rows: ApplicationRow[]; total: number }, q: { page: number; pageSize: number }) {
  const items: FinanceApplication[] = [];
  for (const row of r.rows) items.push(await presentApplication(ctx, row));
  return { items, total: r.total, page: q.page, pageSize: q.pageSize };
}

// —— Collateral ——

interface CollateralCheck {
  kind: 'patent' | 'trademark';
  id: number;
  label: string;
  available: boolean;
  reason: string | null;
  code?: Parameters<typeof message>[0];
  params?: Record<string, string | number>;
}

/**
 * What of the enterprise's IP may be pledged today: its own (the registry's holder / owner), in force (the one
 * rule of patents/in-force.ts; trademarks' own rule), without a pledge registration still standing, and not
 * already offered in another live application.
 */
async function collateralChecks(db: Executor, orgId: number, today: string, only?: readonly Collateral[]): Promise<CollateralCheck[]> {
  const patentIds = only?.filter((c) => c.kind === 'patent').map((c) => c.id);
  const tmIds = only?.filter((c) => c.kind === 'trademark').map((c) => c.id);
  const [patents, trademarks, live] = await Promise.all([
    only && patentIds?.length === 0 ? Promise.resolve([]) : findHeldPatents(db, orgId, patentIds),
    only && tmIds?.length === 0 ? Promise.resolve([]) : findOwnTrademarks(db, orgId, tmIds),
    findLiveCollateral(db, orgId),
  ]);
  const pledges = await findPledges(
    db,
    patents.map((p) => Number(p.id)),
  );
  const liveOf = new Map<string, number>();
  for (const a of live) for (const c of parseCollateral(a.collateral)) liveOf.set(`${c.kind}:${c.id}`, Number(a.id));
  const out: CollateralCheck[] = [];
  for (const p of patents) {
    const label = `${p.app_no} ${p.title}`;
    const standing = pledges.find((g) => Number(g.patent_id) === Number(p.id) && (g.ended_on === null || g.ended_on > today));
    const inApp = liveOf.get(`patent:${Number(p.id)}`);
    const check: CollateralCheck = { kind: 'patent', id: Number(p.id), label, available: true, reason: null };
    if (!isInForceOn({ grant: p.grant_date, expires: p.expires_on, terminated: p.terminated_on }, today)) {
      Object.assign(check, { available: false, code: 'finance.collateral_not_in_force', params: { label } });
    } else if (standing) {
      Object.assign(check, {
        available: false,
        code: 'finance.collateral_pledged',
        params: { label, registration: standing.authority_no ?? standing.registered_on },
      });
    } else if (inApp !== undefined) {
      Object.assign(check, { available: false, code: 'finance.collateral_in_other_application', params: { label, id: inApp } });
    }
    if (check.code) check.reason = message(check.code, check.params).text;
    out.push(check);
  }
  for (const t of trademarks) {
    const label = `${t.reg_no} ${t.mark}`;
    const inApp = liveOf.get(`trademark:${Number(t.id)}`);
    const check: CollateralCheck = { kind: 'trademark', id: Number(t.id), label, available: true, reason: null };
    if (!isTrademarkInForce(t, today)) Object.assign(check, { available: false, code: 'finance.collateral_not_in_force', params: { label } });
    else if (inApp !== undefined) Object.assign(check, { available: false, code: 'finance.collateral_in_other_application', params: { label, id: inApp } });
    if (check.code) check.reason = message(check.code, check.params).text;
    out.push(check);
  }
  return out;
}

export async function collateralOptions(ctx: AppContext, actor: Actor) {
  const items = await collateralChecks(ctx.db, actor.orgId, todayIso(ctx));
  return { items: items.map(({ kind, id, label, available, reason }) => ({ kind, id, label, available, reason })) };
}

/** Every item offered must be the enterprise's own (409 naming it), in force, unpledged and not in another live application. */
async function assertCollateral(db: Executor, orgId: number, today: string, collateral: readonly Collateral[]): Promise<CollateralWithLabel[]> {
  const checks = await collateralChecks(db, orgId, today, collateral);
  const out: CollateralWithLabel[] = [];
  for (const c of collateral) {
    const found = checks.find((x) => x.kind === c.kind && x.id === c.id);
    if (!found) {
      const label =
        c.kind === 'patent'
          ? ((await findPatentLabels(db, [c.id]))[0]?.app_no ?? `专利 #${c.id}`)
          : ((await findTrademarkLabels(db, [c.id]))[0]?.reg_no ?? `商标 #${c.id}`);
      throw conflict(message('finance.collateral_not_held', { label }), { collateral: message('finance.collateral_not_held', { label }) });
    }
    if (!found.available && found.code) throw conflict(message(found.code, found.params), { collateral: message(found.code, found.params) });
    out.push({ kind: c.kind, id: c.id, label: found.label });
  }
  return out;
}

// —— Work items ——

function bankItem(
  a: { id: number; productName: string; enterpriseName: string; regionCode: string; bankOrgId: number },
  stage: 'accept' | 'decide' | 'disburse',
): WorkItemInput {
  const steps = { accept: '融资申请待受理', decide: '融资申请待审批', disburse: '融资已批准待放款' } as const;
  return {
    recordType: APPLICATION,
    recordId: a.id,
    step: steps[stage],
    title: `${steps[stage]}：${a.enterpriseName} · ${a.productName}`,
    link: `/finance/applications/${a.id}`,
    regionCode: a.regionCode,
    assignee: { orgId: a.bankOrgId },
    clock: stage === 'accept' ? applicationWorkflow.clocks?.submitted : stage === 'decide' ? applicationWorkflow.clocks?.accepted : undefined,
  };
}

async function notifyOrg(ctx: AppContext, orgId: number, regionCode: string, n: { kind: string; title: string; body: string; link: string }) {
  const users = await assigneeUserIds(ctx.db, { assignee_org_id: orgId, assignee_permission: null, region_code: regionCode });
  await notifyUsers(
    ctx,
    users.map((userId) => ({ userId, ...n })),
  );
}

// —— The enterprise's steps ——

/**
 * The enterprise applies for a listed product: the product must serve its region; amount and term within the
 * product's ranges; no other live application for the same product (409, also held by a unique key); collateral its
 * own, in force and unpledged; with its separate consent for the bank to see its IP facts. The bank becomes the
 * application's counterparty and gets the accept step on its clock.
 */
export async function apply(ctx: AppContext, actor: Actor, body: ApplyBody): Promise<FinanceApplication> {
  const product = await findProduct(ctx.db, body.productId);
  if (!product) throw badRequest('金融产品不存在', { productId: '金融产品不存在' });
  if (product.status !== 'listed') throw conflict(message('finance.product_not_listed'));
  const served = JSON.parse(product.regions) as string[];
  const ancestry = regionAncestry(actor.regionCode);
  if (!served.some((c) => ancestry.includes(c))) {
    const names = await findRegionNames(ctx.db, [actor.regionCode]);
    throw conflict(message('finance.region_not_served', { region: names.get(actor.regionCode) ?? actor.regionCode }));
  }
  if (body.amount < Number(product.amount_min) || body.amount > Number(product.amount_max)) {
    const m = message('finance.amount_outside_product', { min: Number(product.amount_min), max: Number(product.amount_max) });
    throw badRequest(m, { amount: m });
  }
  if (body.termMonths < Number(product.term_min) || body.termMonths > Number(product.term_max)) {
    const m = message('finance.term_outside_product', { min: Number(product.term_min), max: Number(product.term_max) });
    throw badRequest(m, { termMonths: m });
  }
  const liveKey = `${Number(product.id)}:${actor.orgId}`;
  const live = await findLiveApplication(ctx.db, liveKey);
  if (live) throw conflict(message('finance.live_application_exists', { id: Number(live.id) }));
  if ((product.kind === 'patent_pledge_loan' || product.kind === 'trademark_pledge_loan') && body.collateral.length === 0) {
    throw badRequest(message('finance.collateral_required'), { collateral: message('finance.collateral_required') });
  }
  const today = todayIso(ctx);
  const collateral = await assertCollateral(ctx.db, actor.orgId, today, body.collateral);
  const at = nowIso(ctx);
  const bankOrgId = Number(product.org_id);
  const enterpriseName = (await findOrg(ctx.db, actor.orgId))?.name ?? '';
  const id = await mutate(ctx, actor, async (trx) => {
    const id = await insertApplication(trx, {
      product_id: Number(product.id),
      product_version: Number(product.version),
      enterprise_org_id: actor.orgId,
      bank_org_id: bankOrgId,
      region_code: actor.regionCode,
      status: 'submitted',
      live_key: liveKey,
      amount: body.amount,
      term_months: body.termMonths,
      purpose: body.purpose,
      collateral: JSON.stringify(collateral),
      submitted_by: actor.userId,
      submitted_at: at,
      submitted_on: today,
      accepted_at: null,
      decided_at: null,
      withdrawn_at: null,
      return_reason: null,
      decline_reason: null,
      valuation_method: null,
      valuation_value: null,
      valuation_appraiser: null,
      valued_on: null,
      valuation_attachment_id: null,
      approved_amount: null,
      approved_rate: null,
      term_start: null,
      term_end: null,
      disbursed_amount: null,
      disbursed_on: null,
      contract_no: null,
      is_demo: 0,
      created_at: at,
      updated_at: at,
    });
    await addParty(ctx, trx, { type: APPLICATION, id }, bankOrgId, 'counterparty');
    await insertConsent(trx, {
      application_id: id,
      enterprise_org_id: actor.orgId,
      bank_org_id: bankOrgId,
      wording: FINANCE_CONSENT_WORDING,
      granted_by: actor.userId,
      granted_at: at,
    });
    await moveWorkItem(
      ctx,
      trx,
      APPLICATION,
      id,
      bankItem({ id, productName: product.name, enterpriseName, regionCode: actor.regionCode, bankOrgId }, 'accept'),
    );
    return {
      value: id,
      audit: {
        action: 'finance.apply',
        entityType: APPLICATION,
        entityId: id,
        regionCode: actor.regionCode,
        after: {
          productId: body.productId,
          productVersion: Number(product.version),
          amount: body.amount,
          termMonths: body.termMonths,
          collateral,
          consent: true,
        },
      },
    };
  });
  const a = await present(ctx, id);
  await notifyOrg(ctx, bankOrgId, a.regionCode, {
    kind: 'finance.applied',
    title: `新的融资申请：${a.enterpriseName} · ${a.productName}`,
    body: `申请金额 ${a.amount} 元，期限 ${a.termMonths} 个月，请在受理时限内受理或退回。`,
    link: `/finance/applications/${id}`,
  });
  return a;
}

/** The enterprise withdraws its application before the decision. */
export async function withdrawApplication(ctx: AppContext, actor: Actor, id: number): Promise<FinanceApplication> {
  const a = await loadApplication(ctx, actor, id);
  const t = assertTransition(applicationWorkflow, a.status as FinanceApplicationStatus, 'withdraw', { actor, subject: a.subject });
  const at = nowIso(ctx);
  await mutate(ctx, actor, async (trx) => {
    await updateApplication(trx, id, { status: t.to, live_key: null, withdrawn_at: at, updated_at: at });
    await moveWorkItem(ctx, trx, APPLICATION, id, null);
    return {
      value: null,
      audit: {
        action: 'finance.withdraw',
        entityType: APPLICATION,
        entityId: id,
        regionCode: a.region_code,
        before: { status: a.status },
        after: { status: t.to },
      },
    };
  });
  return present(ctx, id);
}

/** The enterprise's consents (for 我的融资). */
export async function listMyConsents(ctx: AppContext, actor: Actor) {
  const rows = await findConsentsOf(ctx.db, actor.orgId);
  return {
    items: rows.map((c) => ({
      id: Number(c.id),
      applicationId: Number(c.application_id),
      bankName: c.bank_name,
      productName: c.product_name,
      wording: c.wording,
      grantedAt: c.granted_at,
      revokedAt: c.revoked_at,
      revokeReason: c.revoke_reason,
    })),
  };
}

/**
 * The enterprise revokes its consent: from then on the bank can neither see its IP facts (403) nor take a step
 * needing them (409); the revocation is audited. Work already done stays.
 */
export async function revokeConsent(ctx: AppContext, actor: Actor, consentId: number, reason: string) {
  const c = await findConsent(ctx.db, consentId);
  if (!c || Number(c.enterprise_org_id) !== actor.orgId) throw notFound('授权同意');
  if (c.revoked_at !== null) throw conflict(message('finance.consent_already_revoked'));
  const a = await findApplication(ctx.db, Number(c.application_id));
  const at = nowIso(ctx);
  await mutate(ctx, actor, async (trx) => {
    await revokeConsentRow(trx, consentId, { revoked_by: actor.userId, revoked_at: at, revoke_reason: reason });
    return {
      value: null,
      audit: {
        action: 'finance.consent.revoke',
        entityType: APPLICATION,
        entityId: Number(c.application_id),
        regionCode: a?.region_code ?? actor.regionCode,
        before: { consentId, bankOrgId: Number(c.bank_org_id) },
        after: { revoked: true, reason },
      },
    };
  });
  if (a)
    await notifyOrg(ctx, Number(c.bank_org_id), a.region_code, {
      kind: 'finance.consent_revoked',
      title: `企业已撤回信息查看同意：${a.enterprise_name}`,
      body: message('finance.consent_revoked').text,
      link: `/finance/applications/${Number(a.id)}`,
    });
  return listMyConsents(ctx, actor);
}

/** The enterprise gives its consent again (a new consent row) on a live application whose consent it revoked. */
export async function grantConsent(ctx: AppContext, actor: Actor, id: number): Promise<FinanceApplication> {
  const a = await loadApplication(ctx, actor, id);
  if (Number(a.enterprise_org_id) !== actor.orgId) throw notFound('融资申请');
  if (!liveStatuses.includes(a.status as FinanceApplicationStatus) && a.status !== 'disbursed') throw conflict(message('finance.application_closed'));
  const current = await consentActive(ctx.db, a);
  if (current && current.revokedAt === null) throw conflict(message('finance.consent_active'));
  const at = nowIso(ctx);
  await mutate(ctx, actor, async (trx) => {
    const cid = await insertConsent(trx, {
      application_id: id,
      enterprise_org_id: actor.orgId,
      bank_org_id: Number(a.bank_org_id),
      wording: FINANCE_CONSENT_WORDING,
      granted_by: actor.userId,
      granted_at: at,
    });
    return {
      value: cid,
      audit: { action: 'finance.consent.grant', entityType: APPLICATION, entityId: id, regionCode: a.region_code, after: { consentId: cid } },
    };
  });
  return present(ctx, id);
}

// —— The bank's steps ——

async function bankStep(ctx: AppContext, actor: Actor, id: number, action: ApplicationAction) {
  const a = await loadApplication(ctx, actor, id);
  const t = assertTransition(applicationWorkflow, a.status as FinanceApplicationStatus, action, { actor, subject: a.subject });
  const consent = await consentActive(ctx.db, a);
  if (!consent || consent.revokedAt !== null) throw conflict(message('finance.consent_revoked'));
  return { a, t };
}

function assertNotFuture(ctx: AppContext, date: string, field: string) {
  if (date > todayIso(ctx)) throw badRequest(message('finance.date_in_future'), { [field]: message('finance.date_in_future') });
}

/** The bank accepts the application (受理): the decide clock starts now. */
export async function acceptApplication(ctx: AppContext, actor: Actor, id: number, note?: string): Promise<FinanceApplication> {
  const { a, t } = await bankStep(ctx, actor, id, 'accept');
  const at = nowIso(ctx);
  await mutate(ctx, actor, async (trx) => {
    await updateApplication(trx, id, { status: t.to, accepted_at: at, updated_at: at });
    await moveWorkItem(
      ctx,
      trx,
      APPLICATION,
      id,
      bankItem({ id, productName: a.product_name, enterpriseName: a.enterprise_name, regionCode: a.region_code, bankOrgId: Number(a.bank_org_id) }, 'decide'),
    );
    return {
      value: null,
      audit: {
        action: 'finance.accept',
        entityType: APPLICATION,
        entityId: id,
        regionCode: a.region_code,
        before: { status: a.status },
        after: { status: t.to, note },
      },
    };
  });
  await notifyOrg(ctx, Number(a.enterprise_org_id), a.region_code, {
    kind: 'finance.accepted',
    title: `融资申请已受理：${a.product_name}`,
    body: `${a.bank_name} 已受理贵企业的融资申请，正在评估。`,
    link: `/finance/mine`,
  });
  return present(ctx, id);
}

/** The bank returns the application with its reasons (退回): it is closed; the enterprise may apply again. */
export async function returnApplication(ctx: AppContext, actor: Actor, id: number, reason: string): Promise<FinanceApplication> {
  const a = await loadApplication(ctx, actor, id);
  const t = assertTransition(applicationWorkflow, a.status as FinanceApplicationStatus, 'return', { actor, subject: a.subject });
  const at = nowIso(ctx);
  await mutate(ctx, actor, async (trx) => {
    await updateApplication(trx, id, { status: t.to, live_key: null, return_reason: reason, decided_at: at, updated_at: at });
    await moveWorkItem(ctx, trx, APPLICATION, id, null);
    return {
      value: null,
      audit: {
        action: 'finance.return',
        entityType: APPLICATION,
        entityId: id,
        regionCode: a.region_code,
        before: { status: a.status },
        after: { status: t.to, reason },
      },
    };
  });
  await notifyOrg(ctx, Number(a.enterprise_org_id), a.region_code, {
    kind: 'finance.returned',
    title: `融资申请被退回：${a.product_name}`,
    body: `退回原因：${reason}`,
    link: `/finance/mine`,
  });
  return present(ctx, id);
}

/** The valuation record (评估): method, value, appraiser, date, the report as an attachment. The decide clock runs on. */
export async function recordValuation(ctx: AppContext, actor: Actor, id: number, body: z.infer<typeof ZValuationBody>): Promise<FinanceApplication> {
  const { a, t } = await bankStep(ctx, actor, id, 'value');
  assertNotFuture(ctx, body.valuedOn, 'valuedOn');
  const at = nowIso(ctx);
  await mutate(ctx, actor, async (trx) => {
    if (body.attachmentId !== undefined)
      await linkAttachments(trx, actor.orgId, [body.attachmentId], { recordType: APPLICATION, recordId: id, step: 'valuation' }, 'attachmentId');
    await updateApplication(trx, id, {
      status: t.to,
      valuation_method: body.method,
      valuation_value: body.value,
      valuation_appraiser: body.appraiser,
      valued_on: body.valuedOn,
      valuation_attachment_id: body.attachmentId ?? null,
      updated_at: at,
    });
    return {
      value: null,
      audit: {
        action: 'finance.valuation',
        entityType: APPLICATION,
        entityId: id,
        regionCode: a.region_code,
        before: { status: a.status },
        after: { status: t.to, ...body },
      },
    };
  });
  return present(ctx, id);
}

/** The bank approves (amount, rate, term) — the application then waits for the disbursement record. */
export async function approveApplication(ctx: AppContext, actor: Actor, id: number, body: z.infer<typeof ZApproveBody>): Promise<FinanceApplication> {
  const { a, t } = await bankStep(ctx, actor, id, 'approve');
  const product = await findProduct(ctx.db, Number(a.product_id));
  if (product && body.amount > Number(product.amount_max)) {
    const m = message('finance.approved_above_product', { max: Number(product.amount_max) });
    throw badRequest(m, { amount: m });
  }
  const at = nowIso(ctx);
  await mutate(ctx, actor, async (trx) => {
    await updateApplication(trx, id, {
      status: t.to,
      approved_amount: body.amount,
      approved_rate: body.ratePercent,
      term_start: body.termStart,
      term_end: body.termEnd,
      decided_at: at,
      updated_at: at,
    });
    await moveWorkItem(
      ctx,
      trx,
      APPLICATION,
      id,
      bankItem({ id, productName: a.product_name, enterpriseName: a.enterprise_name, regionCode: a.region_code, bankOrgId: Number(a.bank_org_id) }, 'disburse'),
    );
    return {
      value: null,
      audit: {
        action: 'finance.approve',
        entityType: APPLICATION,
        entityId: id,
        regionCode: a.region_code,
        before: { status: a.status },
        after: { status: t.to, ...body },
      },
    };
  });
  await notifyOrg(ctx, Number(a.enterprise_org_id), a.region_code, {
    kind: 'finance.approved',
    title: `融资申请已批准：${a.product_name}`,
    body: `批准金额 ${body.amount} 元，年利率 ${body.ratePercent}%，期限 ${body.termStart} 至 ${body.termEnd}。`,
    link: `/finance/mine`,
  });
  return present(ctx, id);
}

/** The bank declines (不予批准) with its reason. */
export async function declineApplication(ctx: AppContext, actor: Actor, id: number, reason: string): Promise<FinanceApplication> {
  const a = await loadApplication(ctx, actor, id);
  const t = assertTransition(applicationWorkflow, a.status as FinanceApplicationStatus, 'decline', { actor, subject: a.subject });
  const at = nowIso(ctx);
  await mutate(ctx, actor, async (trx) => {
    await updateApplication(trx, id, { status: t.to, live_key: null, decline_reason: reason, decided_at: at, updated_at: at });
    await moveWorkItem(ctx, trx, APPLICATION, id, null);
    return {
      value: null,
      audit: {
        action: 'finance.decline',
        entityType: APPLICATION,
        entityId: id,
        regionCode: a.region_code,
        before: { status: a.status },
        after: { status: t.to, reason },
      },
    };
  });
  await notifyOrg(ctx, Number(a.enterprise_org_id), a.region_code, {
    kind: 'finance.declined',
    title: `融资申请未获批准：${a.product_name}`,
    body: `原因：${reason}`,
    link: `/finance/mine`,
  });
  return present(ctx, id);
}

/** The disbursement record (放款): amount (≤ approved), date (not before the approval, not in the future), loan contract number. */
export async function recordDisbursement(ctx: AppContext, actor: Actor, id: number, body: z.infer<typeof ZDisburseBody>): Promise<FinanceApplication> {
  const a = await loadApplication(ctx, actor, id);
  const t = assertTransition(applicationWorkflow, a.status as FinanceApplicationStatus, 'disburse', { actor, subject: a.subject });
  assertNotFuture(ctx, body.disbursedOn, 'disbursedOn');
  if (a.decided_at && body.disbursedOn < a.decided_at.slice(0, 10))
    throw badRequest(message('finance.date_before_approval'), { disbursedOn: message('finance.date_before_approval') });
  if (a.approved_amount !== null && body.amount > Number(a.approved_amount)) {
    const m = message('finance.disbursed_above_approved', { approved: Number(a.approved_amount) });
    throw badRequest(m, { amount: m });
  }
  const at = nowIso(ctx);
  await mutate(ctx, actor, async (trx) => {
    await updateApplication(trx, id, {
      status: t.to,
      live_key: null,
      disbursed_amount: body.amount,
      disbursed_on: body.disbursedOn,
      contract_no: body.contractNo,
      updated_at: at,
    });
    await moveWorkItem(ctx, trx, APPLICATION, id, null);
    return {
      value: null,
      audit: {
        action: 'finance.disburse',
        entityType: APPLICATION,
        entityId: id,
        regionCode: a.region_code,
        before: { status: a.status },
        after: { status: t.to, ...body },
      },
    };
  });
  return present(ctx, id);
}

/** The IP facts the bank sees while the enterprise's consent stands (403 coded once it is revoked). */
export async function ipFacts(ctx: AppContext, actor: Actor, id: number) {
  const a = await loadApplication(ctx, actor, id);
  const isBank = (a.subject.parties ?? []).some((p) => p.orgId === actor.orgId && p.role === 'counterparty');
  if (!isBank) throw notFound('融资申请');
  const consent = await consentActive(ctx.db, a);
  if (!consent || consent.revokedAt !== null) throw forbidden(message('finance.consent_revoked'));
  const today = todayIso(ctx);
  const orgId = Number(a.enterprise_org_id);
  const f = (await enterpriseFigures(ctx.db, [orgId], today, { ipc: false })).get(orgId);
  const collateral = parseCollateral(a.collateral);
  const checks = await collateralChecks(ctx.db, orgId, today, collateral);
  return {
    enterpriseName: a.enterprise_name,
    figures: {
      inventionPatents: f?.inventionPatents ?? 0,
      highValuePatents: f?.highValuePatents ?? 0,
      tags: [...(f?.tags ?? [])],
      creditListed: f?.creditListed ?? null,
      yearsEstablished: f?.yearsEstablished ?? null,
    },
    collateral: collateral.map((c) => {
      const k = checks.find((x) => x.kind === c.kind && x.id === c.id);
      const inForce = k ? k.code !== 'finance.collateral_not_in_force' : false;
      const pledged = k ? k.code === 'finance.collateral_pledged' : false;
      return { kind: c.kind, id: c.id, label: c.label, inForce, pledged };
    }),
  };
}

// —— Lists ——

export async function listMyApplications(ctx: AppContext, actor: Actor, q: { page: number; pageSize: number; status?: string }) {
  const where = [applicationCondition.enterprise(actor.orgId), ...(q.status ? [applicationCondition.status(q.status)] : [])];
  return presentPage(ctx, await findApplicationsPage(ctx.db, where, q.page, q.pageSize), q);
}

/** The bank's queue: applications addressed to it while it stands as their counterparty. */
export async function listBankApplications(ctx: AppContext, actor: Actor, q: { page: number; pageSize: number; status?: string; open?: boolean }) {
  const where = [
    partyCondition(APPLICATION, 'a.id', actor.orgId),
    ...(q.status ? [applicationCondition.status(q.status)] : []),
    ...(q.open ? [applicationCondition.open()] : []),
  ];
  return presentPage(ctx, await findApplicationsPage(ctx.db, where, q.page, q.pageSize), q);
}

/** The bureau: every application in its jurisdiction (a region filter within it). */
export async function listOverseenApplications(ctx: AppContext, actor: Actor, q: { page: number; pageSize: number; status?: string; region?: string }) {
  const region = q.region && regionAncestry(q.region).includes(actor.regionCode) ? q.region : actor.regionCode;
  const where = [applicationCondition.region(region), ...(q.status ? [applicationCondition.status(q.status)] : [])];
  return presentPage(ctx, await findApplicationsPage(ctx.db, where, q.page, q.pageSize), q);
}

export async function getApplication(ctx: AppContext, actor: Actor, id: number) {
  const a = await loadApplication(ctx, actor, id);
  return presentApplication(ctx, a);
}

/** Counts for the bank's workbench card: open steps (accept, decide, disburse) and how many are overdue. */
export async function bankQueueCount(ctx: AppContext, actor: Actor) {
  const r = await listBankApplications(ctx, actor, { page: 1, pageSize: 200, open: true });
  return { count: r.total, overdue: r.items.filter((a) => a.urgency === 'overdue').length };
}
