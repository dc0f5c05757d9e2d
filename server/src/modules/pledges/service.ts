import type { z } from 'zod';
import {
  message,
  pledgeRuleLabels,
  type AuthorityActBody,
  type CreatePledgeBody,
  type PledgeApplication,
  type PledgePrefill,
  type PledgeRule,
  type PledgeStatus,
  type ZPledgeChangeBody,
  type ZPledgeListQuery,
  type ZPledgeRefusalBody,
} from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { nowIso, todayIso } from '../../platform/context.js';
import { mutate } from '../../platform/audit.js';
import { AppError, badRequest } from '../../platform/errors.js';
import { notFound } from '../../platform/errors.js';
import { competentAuthority } from '../../platform/authority.js';
import { assertRegionInJurisdiction, canAccess } from '../../platform/jurisdiction.js';
import { linkAttachments } from '../../platform/attachments.js';
import { addParty, loadParties, type Party } from '../../platform/parties.js';
import { assigneeUserIds, moveWorkItem } from '../../platform/work-items.js';
import { notifyUsers } from '../../platform/notify.js';
import { getSetting } from '../../platform/settings.js';
import { addDays } from '../../platform/deadlines.js';
import { assertTransition, type WorkflowSubject } from '../../platform/workflow.js';
import type { Executor } from '../../db/database.js';
import { findPledges, recordPatentEvents, type PatentEvent } from '../patents/api.js';
import { findTrademarkPledges, recordTrademarkEvents, type TrademarkEvent } from '../trademarks/api.js';
import { openLicenceConflicts } from '../open-licensing/api.js';
import { approvedLoanFacts, type ApprovedLoanFacts } from '../finance/api.js';
import { checkPatentPledge, checkTrademarkPledge, type PledgeFailure } from './rules.js';
import {
  PLEDGE,
  findAttachmentKinds,
  findBanks,
  findHeldRights,
  findLivePledgesForFinancing,
  findOpenApplicationsOn,
  findOrg,
  findPatentFacts,
  findPledgeApplication,
  findPledgeAssets,
  findTrademarkFacts,
  insertPledgeApplication,
  insertPledgeAssets,
  listPledgeApplications,
  updatePledgeApplication,
  type PledgeFilter,
  type PledgeRow,
} from './repository.js';
import { pledgeWorkflow } from './workflow.js';

export { PLEDGE };

export interface LoadedPledge {
  row: PledgeRow;
  parties: Party[];
  subject: WorkflowSubject;
}

/** Loads an application the actor may see — the pledgor, the standing pledgee, region roles over the pledgor — or 404. */
export async function loadPledge(ctx: AppContext, actor: Actor, id: number): Promise<LoadedPledge> {
  const row = await findPledgeApplication(ctx.db, id);
  if (!row) throw notFound('质押登记申请');
  const parties = await loadParties(ctx.db, { type: PLEDGE, id });
  if (!canAccess(actor, { regionCode: row.region_code, orgId: Number(row.pledgor_org_id), parties })) throw notFound('质押登记申请');
  return { row, parties, subject: { regionCode: row.region_code, ownerOrgId: Number(row.pledgor_org_id), parties } };
}

async function presentAll(ctx: AppContext, rows: PledgeRow[]): Promise<PledgeApplication[]> {
  const assets = await findPledgeAssets(
    ctx.db,
    rows.map((r) => Number(r.id)),
  );
  const days = await getSetting(ctx.db, 'pledges.decision_days');
  return rows.map((r) => ({
    id: Number(r.id),
    assetKind: r.asset_kind as 'patent' | 'trademark',
    status: r.status as PledgeStatus,
    pledgorOrgId: Number(r.pledgor_org_id),
    pledgorName: r.pledgor_name,
    pledgeeOrgId: Number(r.pledgee_org_id),
    pledgeeName: r.pledgee_name,
    regionCode: r.region_code,
    contractNo: r.contract_no,
    securedAmount: Number(r.secured_amount),
    loanAmount: Number(r.loan_amount),
    debtStartsOn: r.debt_starts_on,
    debtEndsOn: r.debt_ends_on,
    financingApplicationId: r.financing_application_id === null ? null : Number(r.financing_application_id),
    assets: assets.get(Number(r.id)) ?? [],
    pledgorConfirmedAt: r.pledgor_confirmed_at,
    pledgeeConfirmedAt: r.pledgee_confirmed_at,
    submittedAt: r.submitted_at,
    decisionDueOn: r.submitted_at ? addDays(r.submitted_at.slice(0, 10), days, 'working') : null,
    authorityName: r.authority_name,
    registrationNo: r.registration_no,
    registeredOn: r.registered_on,
    refusalRule: (r.refusal_rule as PledgeRule | null) ?? null,
    refusalNote: r.refusal_note,
    releaseNo: r.release_no,
    releasedOn: r.released_on,
    note: r.note,
    isDemo: r.is_demo === 1,
    createdAt: r.created_at,
  }));
}

async function presentOne(ctx: AppContext, id: number): Promise<PledgeApplication> {
  const [p] = await presentAll(ctx, [(await findPledgeApplication(ctx.db, id)) as PledgeRow]);
  return p as PledgeApplication;
}

interface CheckTarget {
  assetKind: 'patent' | 'trademark';
  assetIds: readonly number[];
  pledgorOrgId: number;
  debtEndsOn: string;
  attachmentKinds: readonly string[];
  exceptApplicationId: number | null;
}

/** Every registration rule that fails for the rights (rules.ts), read from the registry, the pledge registers and open applications. */
export async function pledgeFailures(ctx: AppContext, db: Executor, t: CheckTarget): Promise<PledgeFailure[]> {
  const today = todayIso(ctx);
  const ids = [...new Set(t.assetIds)];
  const pending = await findOpenApplicationsOn(db, t.assetKind, ids, t.exceptApplicationId);
  const pendingOf = (id: number) => {
    const p = pending.find((x) => Number(x.asset_id) === id);
    return p ? Number(p.id) : null;
  };
  const input = { pledgorOrgId: t.pledgorOrgId, debtEndsOn: t.debtEndsOn, today, attachmentKinds: t.attachmentKinds };
  if (t.assetKind === 'trademark') {
    const [marks, pledges] = await Promise.all([findTrademarkFacts(db, ids), findTrademarkPledges(db, ids)]);
    return checkTrademarkPledge(
      input,
      marks.map((m) => ({
        id: Number(m.id),
        regNo: m.reg_no,
        ownerOrgId: m.owner_org_id === null ? null : Number(m.owner_org_id),
        regDate: m.reg_date,
        expiresOn: m.expires_on,
        status: m.status,
        standingPledges: pledges.filter((p) => Number(p.trademark_id) === Number(m.id) && p.ended_on === null).map((p) => p.authority_no),
        pendingApplicationId: pendingOf(Number(m.id)),
      })),
    );
  }
  const [facts, pledges] = await Promise.all([findPatentFacts(db, ids), findPledges(db, ids)]);
  const list = [];
  for (const p of facts.patents) {
    const id = Number(p.id);
    const open = await openLicenceConflicts(db, id, today, t.debtEndsOn);
    list.push({
      id,
      appNo: p.app_no,
      grantDate: p.grant_date,
      expiresOn: p.expires_on,
      terminatedOn: p.terminated_on,
      sourceStatus: p.source_status,
      holderOrgIds: facts.holders.filter((h) => Number(h.patent_id) === id).map((h) => (h.org_id === null ? null : Number(h.org_id))),
      standingPledges: pledges.filter((x) => Number(x.patent_id) === id && (x.ended_on === null || x.ended_on > today)).map((x) => x.authority_no),
      pendingApplicationId: pendingOf(id),
      openLicenceDeclarationId: open.standingDeclarationId,
    });
  }
  return checkPatentPledge(input, list);
}

/** A 409 naming the failed rule (or every one, when several fail); details.rules lists them with their codes. */
function refusal(failures: PledgeFailure[]): AppError {
  const rules = failures.map((f) => ({ rule: f.rule, code: f.message.code, params: f.message.params, text: f.message.text }));
  const first = failures[0] as PledgeFailure;
  const text =
    failures.length === 1
      ? first.message
      : message('pledge.rules_failed', {
          count: failures.length,
          list: failures.map((f) => f.message.text).join('；'),
          listEn: failures.map((f) => pledgeRuleLabels[f.rule].en).join('; '),
        });
  return new AppError(409, `pledge_${first.rule}`, text, undefined, { rules });
}

async function assertPledgeable(ctx: AppContext, db: Executor, t: CheckTarget): Promise<void> {
  const failures = await pledgeFailures(ctx, db, t);
  if (failures.length > 0) throw refusal(failures);
}

async function assetIdsOf(ctx: AppContext, id: number): Promise<number[]> {
  return ((await findPledgeAssets(ctx.db, [id])).get(id) ?? []).map((a) => a.id);
}

async function notifyOrg(ctx: AppContext, orgId: number, regionCode: string, kind: string, title: string, id: number) {
  const users = await assigneeUserIds(ctx.db, { assignee_org_id: orgId, assignee_permission: null, region_code: regionCode });
  await notifyUsers(
    ctx,
    users.map((userId) => ({ userId, kind, title, body: title, link: `/pledges/${id}` })),
  );
}

const PLEDGE_LOANS: Record<string, 'patent' | 'trademark'> = { patent_pledge_loan: 'patent', trademark_pledge_loan: 'trademark' };

/**
 * The approved pledge loan a pledge registration is started from (发起质押登记), or a coded 409: the financing
 * application must be approved (or disbursed), the pledgor's own, for a pledge loan, its bank the pledgee (when one is
 * named), and no other pledge application may stand on it (open or registered).
 */
async function linkedLoan(ctx: AppContext, pledgorOrgId: number, financingId: number, pledgeeOrgId: number | null): Promise<ApprovedLoanFacts> {
  const facts = await approvedLoanFacts(ctx.db, financingId);
  const refuse = (code: string, m: ReturnType<typeof message>) => new AppError(409, code, m, { financingApplicationId: m });
  if (!facts) throw refuse('pledge_financing_not_approved', message('pledge.financing_not_approved', { id: financingId }));
  if (facts.enterpriseOrgId !== pledgorOrgId)
    throw refuse('pledge_financing_other_enterprise', message('pledge.financing_other_enterprise', { id: financingId }));
  if (!PLEDGE_LOANS[facts.productKind]) throw refuse('pledge_financing_not_pledge_loan', message('pledge.financing_not_pledge_loan', { id: financingId }));
  if (pledgeeOrgId !== null && facts.bankOrgId !== pledgeeOrgId) {
    throw refuse('pledge_financing_other_bank', message('pledge.financing_other_bank', { id: financingId, bank: facts.bankName }));
  }
  const [live] = await findLivePledgesForFinancing(ctx.db, financingId);
  if (live) throw refuse('pledge_financing_already_linked', message('pledge.financing_already_linked', { id: financingId, pledgeId: Number(live.id) }));
  return facts;
}

/**
 * 发起质押登记 from an approved pledge-loan application: the joint application's terms as approved (the bank as
 * pledgee, the collateral the enterprise offered, the approved amount and term), for the pledgor to check, attach
 * the contract and identity documents to, and confirm. Refused (409) as `linkedLoan` says.
 */
export async function pledgePrefill(ctx: AppContext, actor: Actor, financingId: number): Promise<PledgePrefill> {
  const f = await linkedLoan(ctx, actor.orgId, financingId, null);
  const kind = PLEDGE_LOANS[f.productKind] as 'patent' | 'trademark';
  const assets = f.collateral.filter((c) => c.kind === kind);
  return {
    financingApplicationId: f.applicationId,
    assetKind: kind,
    pledgeeOrgId: f.bankOrgId,
    pledgeeName: f.bankName,
    assetIds: assets.map((c) => c.id),
    assetLabels: assets.map((c) => c.label),
    securedAmount: f.amount,
    loanAmount: f.disbursedAmount ?? f.amount,
    debtStartsOn: f.termStart,
    debtEndsOn: f.termEnd,
    contractNo: f.contractNo,
  };
}

/**
 * The pledgor files the application and confirms it (出质人申请并确认): the pledgee must be a bank on the platform,
 * the rights exist, the contract and identity documents are attached, the debt term has not ended, and the
 * registration rules pass. The bank is named as counterparty and asked to confirm.
 */
export async function createPledge(ctx: AppContext, actor: Actor, body: CreatePledgeBody): Promise<PledgeApplication> {
  const today = todayIso(ctx);
  const bank = await findOrg(ctx.db, body.pledgeeOrgId);
  if (!bank || bank.kind !== 'bank') throw badRequest(message('pledge.pledgee_not_bank'), { pledgeeOrgId: message('pledge.pledgee_not_bank') });
  const ids = [...new Set(body.assetIds)];
  const found = body.assetKind === 'patent' ? (await findPatentFacts(ctx.db, ids)).patents.length : (await findTrademarkFacts(ctx.db, ids)).length;
  if (found !== ids.length) throw badRequest(message('pledge.asset_missing'), { assetIds: message('pledge.asset_missing') });
  if (body.debtEndsOn < today) throw badRequest(message('pledge.debt_ended'), { debtEndsOn: message('pledge.debt_ended') });
  if (body.financingApplicationId !== null) await linkedLoan(ctx, actor.orgId, body.financingApplicationId, body.pledgeeOrgId);
  const kinds = await findAttachmentKinds(ctx.db, [actor.orgId], body.attachmentIds, null);
  if (!kinds.includes('contract')) throw badRequest(message('pledge.contract_missing'), { attachmentIds: message('pledge.contract_missing') });
  if (!kinds.includes('identity_document')) throw badRequest(message('pledge.identity_missing'), { attachmentIds: message('pledge.identity_missing') });
  await assertPledgeable(ctx, ctx.db, {
    assetKind: body.assetKind,
    assetIds: ids,
    pledgorOrgId: actor.orgId,
    debtEndsOn: body.debtEndsOn,
    attachmentKinds: kinds,
    exceptApplicationId: null,
  });
  const at = nowIso(ctx);
  const org = await findOrg(ctx.db, actor.orgId);
  const id = await mutate(ctx, actor, async (trx) => {
    const id = await insertPledgeApplication(trx, {
      asset_kind: body.assetKind,
      pledgor_org_id: actor.orgId,
      pledgee_org_id: body.pledgeeOrgId,
      region_code: actor.regionCode,
      status: 'awaiting_pledgee',
      contract_no: body.contractNo,
      secured_amount: body.securedAmount,
      loan_amount: body.loanAmount,
      debt_starts_on: body.debtStartsOn,
      debt_ends_on: body.debtEndsOn,
      financing_application_id: body.financingApplicationId,
      pledgor_confirmed_at: at,
      pledgor_confirmed_by: actor.userId,
      pledgee_confirmed_at: null,
      pledgee_confirmed_by: null,
      submitted_at: null,
      authority: null,
      authority_name: null,
      registration_no: null,
      registered_on: null,
      refusal_no: null,
      refused_on: null,
      refusal_rule: null,
      refusal_note: null,
      release_no: null,
      released_on: null,
      note: null,
      is_demo: 0,
      created_at: at,
      updated_at: at,
    });
    await insertPledgeAssets(trx, id, body.assetKind, ids);
    await linkAttachments(trx, actor.orgId, body.attachmentIds, { recordType: PLEDGE, recordId: id, step: 'apply' });
    await addParty(ctx, trx, { type: PLEDGE, id }, body.pledgeeOrgId, 'counterparty');
    await moveWorkItem(ctx, trx, PLEDGE, id, {
      recordType: PLEDGE,
      recordId: id,
      step: '质押登记申请待质权人确认',
      title: `质押登记申请：${org?.name ?? ''}（合同${body.contractNo}）`,
      link: `/pledges/${id}`,
      regionCode: actor.regionCode,
      assignee: { orgId: body.pledgeeOrgId },
    });
    return { value: id, audit: { action: 'pledge.apply', entityType: PLEDGE, entityId: id, regionCode: actor.regionCode, after: body } };
  });
  await notifyOrg(
    ctx,
    body.pledgeeOrgId,
    actor.regionCode,
    'pledge.confirm_requested',
    message('pledge.notice.confirm_requested', { pledgor: org?.name ?? '', contractNo: body.contractNo }).text,
    id,
  );
  return presentOne(ctx, id);
}

/**
 * The pledgee confirms (质权人确认): with its identity documents the application becomes the joint application
 * and goes to the registering authority, on the decision clock (setting `pledges.decision_days`).
 */
export async function confirmPledge(ctx: AppContext, actor: Actor, id: number, body: { attachmentIds: number[] }): Promise<PledgeApplication> {
  const p = await loadPledge(ctx, actor, id);
  const t = assertTransition(pledgeWorkflow, p.row.status as PledgeStatus, 'confirm', { actor, subject: p.subject });
  const kinds = await findAttachmentKinds(ctx.db, [Number(p.row.pledgor_org_id), actor.orgId], body.attachmentIds, id);
  await assertPledgeable(ctx, ctx.db, {
    assetKind: p.row.asset_kind as 'patent' | 'trademark',
    assetIds: await assetIdsOf(ctx, id),
    pledgorOrgId: Number(p.row.pledgor_org_id),
    debtEndsOn: p.row.debt_ends_on,
    attachmentKinds: kinds,
    exceptApplicationId: id,
  });
  const at = nowIso(ctx);
  await mutate(ctx, actor, async (trx) => {
    await linkAttachments(trx, actor.orgId, body.attachmentIds, { recordType: PLEDGE, recordId: id, step: 'confirm' });
    await updatePledgeApplication(trx, id, { status: t.to, pledgee_confirmed_at: at, pledgee_confirmed_by: actor.userId, submitted_at: at, updated_at: at });
    await moveWorkItem(ctx, trx, PLEDGE, id, {
      recordType: PLEDGE,
      recordId: id,
      step: '质押登记待登记机关办理',
      title: `质押登记待登记机关办理：${p.row.pledgor_name}（合同${p.row.contract_no}）`,
      link: `/pledges/${id}`,
      regionCode: p.row.region_code,
      assignee: { permission: 'utilization.review' },
      clock: pledgeWorkflow.clocks?.submitted,
    });
    return {
      value: null,
      audit: {
        action: 'pledge.confirm',
        entityType: PLEDGE,
        entityId: id,
        regionCode: p.row.region_code,
        before: { status: p.row.status },
        after: { status: t.to },
      },
    };
  });
  await notifyOrg(
    ctx,
    Number(p.row.pledgor_org_id),
    p.row.region_code,
    'pledge.submitted',
    message('pledge.notice.submitted', { contractNo: p.row.contract_no }).text,
    id,
  );
  return presentOne(ctx, id);
}

/** The pledgee declines to confirm, or either party withdraws before the decision; the reason is kept. */
export async function endPledgeApplication(
  ctx: AppContext,
  actor: Actor,
  id: number,
  action: 'decline' | 'withdraw',
  reason: string,
): Promise<PledgeApplication> {
  const p = await loadPledge(ctx, actor, id);
  const t = assertTransition(pledgeWorkflow, p.row.status as PledgeStatus, action, { actor, subject: p.subject });
  const at = nowIso(ctx);
  await mutate(ctx, actor, async (trx) => {
    await updatePledgeApplication(trx, id, { status: t.to, note: reason, updated_at: at });
    await moveWorkItem(ctx, trx, PLEDGE, id, null);
    return {
      value: null,
      audit: {
        action: `pledge.${action}`,
        entityType: PLEDGE,
        entityId: id,
        regionCode: p.row.region_code,
        before: { status: p.row.status },
        after: { status: t.to, reason },
      },
    };
  });
  if (action === 'decline') {
    await notifyOrg(
      ctx,
      Number(p.row.pledgor_org_id),
      p.row.region_code,
      'pledge.declined',
      message('pledge.notice.declined', { contractNo: p.row.contract_no }).text,
      id,
    );
  }
  return presentOne(ctx, id);
}

function assertActDate(ctx: AppContext, date: string, notBefore: string | null, code: 'pledge.act_before_filing' | 'pledge.act_before_registration') {
  if (date > todayIso(ctx)) throw badRequest(message('pledge.act_in_future'), { date: message('pledge.act_in_future') });
  if (notBefore && date < notBefore) throw badRequest(message(code, { date: notBefore }), { date: message(code, { date: notBefore }) });
}

const summaryOf = (verb: string, authority: string, number: string) => `${verb}（${authority} ${number}）`;

/**
 * Records the registering authority's registration (质押登记): its number and date, under its name — CNIPA, or the
 * CNIPA 代办处 this deployment is (`authority.delegated`). The rules are checked once more; each pledged patent's
 * legal-status history then gains the pledge (and the typed pledge register, which high-value criterion 4 and the
 * indicators read), each trademark's likewise.
 */
export async function registerPledge(ctx: AppContext, actor: Actor, id: number, body: AuthorityActBody): Promise<PledgeApplication> {
  const p = await loadPledge(ctx, actor, id);
  const t = assertTransition(pledgeWorkflow, p.row.status as PledgeStatus, 'register', { actor, subject: p.subject });
  assertActDate(ctx, body.date, p.row.submitted_at?.slice(0, 10) ?? null, 'pledge.act_before_filing');
  const assetIds = await assetIdsOf(ctx, id);
  const kind = p.row.asset_kind as 'patent' | 'trademark';
  await assertPledgeable(ctx, ctx.db, {
    assetKind: kind,
    assetIds,
    pledgorOrgId: Number(p.row.pledgor_org_id),
    debtEndsOn: p.row.debt_ends_on,
    attachmentKinds: await findAttachmentKinds(ctx.db, [Number(p.row.pledgor_org_id), Number(p.row.pledgee_org_id)], [], id),
    exceptApplicationId: id,
  });
  const authority = await competentAuthority(ctx.db, 'pledge');
  const at = nowIso(ctx);
  const terms = { pledgor: p.row.pledgor_name, pledgee: p.row.pledgee_name, amount: Number(p.row.secured_amount), currency: 'CNY' };
  const details = { pledgeApplicationId: id, contractNo: p.row.contract_no, debtEndsOn: p.row.debt_ends_on };
  await mutate(ctx, actor, async (trx) => {
    await updatePledgeApplication(trx, id, {
      status: t.to,
      authority: authority.kind,
      authority_name: authority.name,
      registration_no: body.number,
      registered_on: body.date,
      updated_at: at,
    });
    const act = { kind: authority.kind, number: body.number, date: body.date, name: authority.name };
    if (kind === 'patent') {
      const events: PatentEvent[] = assetIds.map((patentId) => ({
        patentId,
        date: body.date,
        kind: 'pledge',
        summary: summaryOf('专利权质押登记', authority.name, body.number),
        pledge: terms,
        details,
        authority: act,
      }));
      await recordPatentEvents(ctx, trx, events);
    } else {
      const events: TrademarkEvent[] = assetIds.map((trademarkId) => ({
        trademarkId,
        date: body.date,
        kind: 'pledge',
        summary: summaryOf('注册商标专用权质押登记', authority.name, body.number),
        pledge: terms,
        details,
        authority: act,
      }));
      await recordTrademarkEvents(ctx, trx, events);
    }
    await moveWorkItem(ctx, trx, PLEDGE, id, null);
    return {
      value: null,
      audit: {
        action: 'pledge.register',
        entityType: PLEDGE,
        entityId: id,
        regionCode: p.row.region_code,
        before: { status: p.row.status },
        after: { status: t.to, authority: authority.kind, authorityName: authority.name, number: body.number, date: body.date },
      },
    };
  });
  const title = message('pledge.notice.registered', { authority: authority.name, number: body.number, contractNo: p.row.contract_no }).text;
  await notifyOrg(ctx, Number(p.row.pledgor_org_id), p.row.region_code, 'pledge.registered', title, id);
  await notifyOrg(ctx, Number(p.row.pledgee_org_id), p.row.region_code, 'pledge.registered', title, id);
  return presentOne(ctx, id);
}

/** Records the authority's refusal (不予登记): its number and date and the rule it refused on. Nothing enters the rights' histories. */
export async function refusePledge(ctx: AppContext, actor: Actor, id: number, body: z.infer<typeof ZPledgeRefusalBody>): Promise<PledgeApplication> {
  const p = await loadPledge(ctx, actor, id);
  const t = assertTransition(pledgeWorkflow, p.row.status as PledgeStatus, 'refuse', { actor, subject: p.subject });
  assertActDate(ctx, body.date, p.row.submitted_at?.slice(0, 10) ?? null, 'pledge.act_before_filing');
  const authority = await competentAuthority(ctx.db, 'pledge');
  const at = nowIso(ctx);
  await mutate(ctx, actor, async (trx) => {
    await updatePledgeApplication(trx, id, {
      status: t.to,
      authority: authority.kind,
      authority_name: authority.name,
      refusal_no: body.number,
      refused_on: body.date,
      refusal_rule: body.rule,
      refusal_note: body.note,
      updated_at: at,
    });
    await moveWorkItem(ctx, trx, PLEDGE, id, null);
    return {
      value: null,
      audit: {
        action: 'pledge.refuse',
        entityType: PLEDGE,
        entityId: id,
        regionCode: p.row.region_code,
        before: { status: p.row.status },
        after: { status: t.to, rule: body.rule, number: body.number, date: body.date, note: body.note },
      },
    };
  });
  const label = pledgeRuleLabels[body.rule];
  await notifyOrg(
    ctx,
    Number(p.row.pledgor_org_id),
    p.row.region_code,
    'pledge.refused',
    message('pledge.notice.refused', { contractNo: p.row.contract_no, rule: label.zh, ruleEn: label.en }).text,
    id,
  );
  return presentOne(ctx, id);
}

/**
 * Records the authority's change of a registered pledge (变更登记: the secured amount, the debt term) or its release
 * (注销). Each right's history gains the change or release, acting on the pledge registered under the registration's
 * number; a longer debt term is checked against each right's term.
 */
export async function changeOrReleasePledge(
  ctx: AppContext,
  actor: Actor,
  id: number,
  action: { action: 'change'; body: z.infer<typeof ZPledgeChangeBody> } | { action: 'release'; body: AuthorityActBody },
): Promise<PledgeApplication> {
  const p = await loadPledge(ctx, actor, id);
  const t = assertTransition(pledgeWorkflow, p.row.status as PledgeStatus, action.action, { actor, subject: p.subject });
  const body = action.body;
  assertActDate(ctx, body.date, p.row.registered_on, 'pledge.act_before_registration');
  const assetIds = await assetIdsOf(ctx, id);
  const kind = p.row.asset_kind as 'patent' | 'trademark';
  const change = action.action === 'change' ? action.body : null;
  if (change?.debtEndsOn !== undefined && change.debtEndsOn > p.row.debt_ends_on) {
    const expiries =
      kind === 'patent'
        ? (await findPatentFacts(ctx.db, assetIds)).patents.map((x) => ({ asset: `专利${x.app_no}`, expiresOn: x.expires_on }))
        : (await findTrademarkFacts(ctx.db, assetIds)).map((x) => ({ asset: `商标${x.reg_no}`, expiresOn: x.expires_on }));
    const short = expiries.find((x) => x.expiresOn !== null && x.expiresOn <= (change.debtEndsOn as string));
    if (short) {
      const m = message('pledge.change_debt_past_term', { debtEndsOn: change.debtEndsOn, asset: short.asset, expiresOn: short.expiresOn as string });
      throw new AppError(409, 'pledge_lapses_before_debt', m, undefined, {
        rules: [{ rule: 'lapses_before_debt', code: m.code, params: m.params, text: m.text }],
      });
    }
  }
  const authorityName = p.row.authority_name ?? '国家知识产权局';
  const act = { kind: (p.row.authority ?? 'cnipa') as 'cnipa' | 'agency', number: p.row.registration_no ?? body.number, date: body.date, name: authorityName };
  const verb = kind === 'patent' ? '专利权质押' : '注册商标专用权质押';
  const summary = summaryOf(`${verb}${change ? '变更' : '注销'}`, authorityName, body.number);
  const details = {
    pledgeApplicationId: id,
    registrationNo: p.row.registration_no,
    [change ? 'changeNo' : 'releaseNo']: body.number,
    ...(change?.debtEndsOn ? { debtEndsOn: change.debtEndsOn } : {}),
  };
  const at = nowIso(ctx);
  await mutate(ctx, actor, async (trx) => {
    await updatePledgeApplication(trx, id, {
      status: t.to,
      updated_at: at,
      ...(change
        ? {
            ...(change.securedAmount !== undefined ? { secured_amount: change.securedAmount } : {}),
            ...(change.debtEndsOn ? { debt_ends_on: change.debtEndsOn } : {}),
          }
        : { release_no: body.number, released_on: body.date }),
    });
    if (kind === 'patent') {
      await recordPatentEvents(
        ctx,
        trx,
        assetIds.map((patentId): PatentEvent =>
          change
            ? {
                patentId,
                date: body.date,
                kind: 'pledge_change',
                summary,
                details,
                authority: act,
                pledge: change.securedAmount !== undefined ? { amount: change.securedAmount } : {},
              }
            : { patentId, date: body.date, kind: 'pledge_release', summary, details, authority: act },
        ),
      );
    } else {
      await recordTrademarkEvents(
        ctx,
        trx,
        assetIds.map((trademarkId): TrademarkEvent =>
          change
            ? {
                trademarkId,
                date: body.date,
                kind: 'pledge_change',
                summary,
                details,
                authority: act,
                pledge: change.securedAmount !== undefined ? { amount: change.securedAmount } : {},
              }
            : { trademarkId, date: body.date, kind: 'pledge_release', summary, details, authority: act },
        ),
      );
    }
    return {
      value: null,
      audit: {
        action: `pledge.${action.action}`,
        entityType: PLEDGE,
        entityId: id,
        regionCode: p.row.region_code,
        before: { status: p.row.status, securedAmount: Number(p.row.secured_amount), debtEndsOn: p.row.debt_ends_on },
        after: { status: t.to, ...body },
      },
    };
  });
  if (!change) {
    const title = message('pledge.notice.released', { number: p.row.registration_no ?? body.number }).text;
    await notifyOrg(ctx, Number(p.row.pledgor_org_id), p.row.region_code, 'pledge.released', title, id);
    await notifyOrg(ctx, Number(p.row.pledgee_org_id), p.row.region_code, 'pledge.released', title, id);
  }
  return presentOne(ctx, id);
}

async function page(ctx: AppContext, f: PledgeFilter, q: { page: number; pageSize: number }) {
  const { rows, total } = await listPledgeApplications(ctx.db, f, q);
  return { items: await presentAll(ctx, rows), total, page: q.page, pageSize: q.pageSize };
}

/** The enterprise's own applications (as pledgor). */
export function listMyPledges(ctx: AppContext, actor: Actor, q: z.infer<typeof ZPledgeListQuery>) {
  return page(ctx, { pledgorOrgId: actor.orgId, status: q.status, financingApplicationId: q.financingApplicationId }, q);
}

/** The bank's applications (as pledgee); `awaiting_pledgee` is its queue of applications to confirm. */
export function listBankPledges(ctx: AppContext, actor: Actor, q: z.infer<typeof ZPledgeListQuery>) {
  return page(ctx, { pledgeeOrgId: actor.orgId, status: q.status, financingApplicationId: q.financingApplicationId }, q);
}

/** Applications of pledgors in the bureau's jurisdiction (the registrar's view). */
export function listPledgesForReview(ctx: AppContext, actor: Actor, q: z.infer<typeof ZPledgeListQuery>) {
  if (q.regionCode) assertRegionInJurisdiction(actor, q.regionCode);
  return page(ctx, { withinRegion: q.regionCode ?? actor.regionCode, status: q.status, financingApplicationId: q.financingApplicationId }, q);
}

export async function getPledge(ctx: AppContext, actor: Actor, id: number) {
  await loadPledge(ctx, actor, id);
  return presentOne(ctx, id);
}

/** The banks an enterprise may name as pledgee. */
export async function listPledgees(ctx: AppContext) {
  return { items: (await findBanks(ctx.db)).map((b) => ({ id: Number(b.id), name: b.name })) };
}

/** The rights the enterprise holds, with the registration number of a pledge standing on each (null: free). */
export async function listPledgeableRights(ctx: AppContext, actor: Actor) {
  const today = todayIso(ctx);
  const { patents, marks } = await findHeldRights(ctx.db, actor.orgId);
  const pp = await findPledges(
    ctx.db,
    patents.map((p) => Number(p.id)),
  );
  const tp = await findTrademarkPledges(
    ctx.db,
    marks.map((m) => Number(m.id)),
  );
  const standing = (rows: { id: number; ended_on: string | null; authority_no: string | null }[], id: number) =>
    rows.find((r) => r.id === id && (r.ended_on === null || r.ended_on > today))?.authority_no ?? null;
  const ppRows = pp.map((r) => ({ id: Number(r.patent_id), ended_on: r.ended_on, authority_no: r.authority_no ?? '—' }));
  const tpRows = tp.map((r) => ({ id: Number(r.trademark_id), ended_on: r.ended_on, authority_no: r.authority_no ?? '—' }));
  return {
    items: [
      ...patents.map((p) => ({
        kind: 'patent' as const,
        id: Number(p.id),
        number: p.number,
        title: p.title,
        expiresOn: p.expires_on,
        pledgedUnder: standing(ppRows, Number(p.id)),
      })),
      ...marks.map((m) => ({
        kind: 'trademark' as const,
        id: Number(m.id),
        number: m.number,
        title: m.title,
        expiresOn: m.expires_on,
        pledgedUnder: standing(tpRows, Number(m.id)),
      })),
    ],
  };
}
