import { message, type CreateWhitelistBody, type MessageCode, type Whitelist, type WhitelistFeedbackBody, type WhitelistReviewBody } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import { mutate } from '../../platform/audit.js';
import { nowIso, todayIso, type AppContext } from '../../platform/context.js';
import { badRequest, conflict } from '../../platform/errors.js';
import { assertRegionInJurisdiction, isWithinRegion } from '../../platform/jurisdiction.js';
import { addParty } from '../../platform/parties.js';
import { notifyUsers } from '../../platform/notify.js';
import {
  WHITELIST,
  findCurrentFeedback,
  findDecisions,
  findEnterprise,
  findEntry,
  findIncludedEntries,
  findOrgUserIds,
  findOrgs,
  findPublishedOfSeries,
  findPushes,
  insertEntries,
  insertFeedback,
  insertPush,
  insertWhitelist,
  latestVersionNo,
  updateEntry,
  updateWhitelist,
  type WhitelistView,
} from './repository.js';
import { screenEnterprise, screenRegion, type ScreeningResult } from './screening.js';
import { assertNotCreditListed } from './credit.js';
import { getWhitelist, getPushedWhitelist } from './queries.js';
import { loadPushedWhitelist, loadWhitelist } from './access.js';
import { parseFeedbackRows } from './feedback-parser.js';
import { readFeedbackSheet } from './workbook.js';
import { ZWhitelistRules } from '@zhichan/contract';

const notDraft = (row: WhitelistView) => conflict(message('whitelists.not_draft', { version: row.version_no ?? '—' }));

function entryRow(listId: number, r: ScreeningResult, included: boolean, source: 'screening' | 'manual') {
  return {
    whitelist_id: listId,
    org_id: r.orgId,
    included: included ? 1 : 0,
    source,
    figures: JSON.stringify(r.figures),
    reasons: JSON.stringify(r.reasons),
    decision: null,
    decision_reason: null,
    decided_by: null,
    decided_at: null,
  };
}

/**
 * Screens every enterprise of the region with the rules and keeps the eligible ones as a draft list with
 * their figures and reasons (one audit row for the screening).
 */
export async function createWhitelist(ctx: AppContext, actor: Actor, body: CreateWhitelistBody): Promise<Whitelist> {
  const regionCode = body.regionCode ?? actor.regionCode;
  assertRegionInJurisdiction(actor, regionCode);
  const today = todayIso(ctx);
  const { screened, results: eligible } = await screenRegion(ctx.db, regionCode, body.rules, today);
  const at = nowIso(ctx);
  const id = await mutate(ctx, actor, async (trx) => {
    const listId = await insertWhitelist(trx, {
      series_id: null,
      version_no: null,
      title: body.title,
      region_code: regionCode,
      owner_org_id: actor.orgId,
      status: 'draft',
      rules: JSON.stringify(body.rules),
      screened_on: today,
      screened_count: screened,
      created_by: actor.userId,
      published_by: null,
      published_at: null,
      is_demo: 0,
      created_at: at,
      updated_at: at,
    });
    await updateWhitelist(trx, listId, { series_id: listId });
    await insertEntries(
      trx,
      ctx.dialect,
      eligible.map((r) => entryRow(listId, r, true, 'screening')),
    );
    return {
      value: listId,
      audit: {
        action: 'whitelist.screen',
        entityType: WHITELIST,
        entityId: listId,
        regionCode,
        after: { title: body.title, rules: body.rules, screened, candidates: eligible.length },
      },
    };
  });
  return getWhitelist(ctx, actor, id);
}

/**
 * Staff review of a draft: add an enterprise of the region (its figures computed like the screening's) or
 * remove one, each with a reason.
 */
export async function reviewWhitelist(ctx: AppContext, actor: Actor, id: number, body: WhitelistReviewBody): Promise<Whitelist> {
  const list = await loadWhitelist(ctx, actor, id);
  if (list.status !== 'draft') throw notDraft(list);
  const entry = await findEntry(ctx.db, id, body.orgId);
  const at = nowIso(ctx);
  const decided = { decision: body.decision, decision_reason: body.reason, decided_by: actor.userId, decided_at: at };
  if (body.decision === 'remove') {
    if (!entry || entry.included !== 1) throw conflict(message('whitelists.not_included'));
    await mutate(ctx, actor, async (trx) => {
      await updateEntry(trx, entry.id, { included: 0, ...decided });
      return {
        value: null,
        audit: {
          action: 'whitelist.remove',
          entityType: WHITELIST,
          entityId: id,
          regionCode: list.region_code,
          after: { orgId: body.orgId, reason: body.reason },
        },
      };
    });
    return getWhitelist(ctx, actor, id);
  }
  if (entry?.included === 1) throw conflict(message('whitelists.already_included'));
  const org = await findEnterprise(ctx.db, body.orgId);
  if (!org || org.kind !== 'enterprise' || org.status !== 'active' || !isWithinRegion(org.region_code, list.region_code))
    throw badRequest(message('whitelists.enterprise_outside'), { orgId: message('whitelists.enterprise_outside') });
  const rules = ZWhitelistRules.parse(JSON.parse(list.rules));
  const screened = await screenEnterprise(ctx.db, list.region_code, rules, todayIso(ctx), body.orgId);
  if (!screened) throw badRequest(message('whitelists.enterprise_outside'), { orgId: message('whitelists.enterprise_outside') });
  if (rules.noCreditListing) await assertNotCreditListed(ctx.db, body.orgId, todayIso(ctx));
  await mutate(ctx, actor, async (trx) => {
    if (entry)
      await updateEntry(trx, entry.id, { included: 1, figures: JSON.stringify(screened.figures), reasons: JSON.stringify(screened.reasons), ...decided });
    else await insertEntries(trx, ctx.dialect, [{ ...entryRow(id, screened, true, 'manual'), ...decided }]);
    return {
      value: null,
      audit: { action: 'whitelist.add', entityType: WHITELIST, entityId: id, regionCode: list.region_code, after: { orgId: body.orgId, reason: body.reason } },
    };
  });
  return getWhitelist(ctx, actor, id);
}

/** Publishes a draft as the series' next version; the version it replaces becomes superseded. */
export async function publishWhitelist(ctx: AppContext, actor: Actor, id: number): Promise<Whitelist> {
  const list = await loadWhitelist(ctx, actor, id);
  if (list.status !== 'draft') throw notDraft(list);
  const seriesId = list.series_id ?? list.id;
  const at = nowIso(ctx);
  await mutate(ctx, actor, async (trx) => {
    const version = (await latestVersionNo(trx, seriesId)) + 1;
    const replaced = await findPublishedOfSeries(trx, seriesId);
    for (const r of replaced) await updateWhitelist(trx, r.id, { status: 'superseded', updated_at: at });
    await updateWhitelist(trx, id, { status: 'published', version_no: version, published_by: actor.userId, published_at: at, updated_at: at });
    return {
      value: null,
      audit: {
        action: 'whitelist.publish',
        entityType: WHITELIST,
        entityId: id,
        regionCode: list.region_code,
        before: { status: 'draft' },
        after: { status: 'published', version, superseded: replaced.map((r) => r.id) },
      },
    };
  });
  return getWhitelist(ctx, actor, id);
}

/**
 * A new draft version of a published list: screened again today with the same rules, the staff's additions
 * and removals of the version it revises carried over with their reasons.
 */
export async function reviseWhitelist(ctx: AppContext, actor: Actor, id: number): Promise<Whitelist> {
  const list = await loadWhitelist(ctx, actor, id);
  if (list.status !== 'published') throw conflict(message('whitelists.not_published'));
  const rules = ZWhitelistRules.parse(JSON.parse(list.rules));
  const today = todayIso(ctx);
  const decisions = await findDecisions(ctx.db, id);
  const byOrg = new Map(decisions.map((d) => [Number(d.org_id), d]));
  const { screened, results } = await screenRegion(ctx.db, list.region_code, rules, today, [...byOrg.keys()]);
  const at = nowIso(ctx);
  const newId = await mutate(ctx, actor, async (trx) => {
    const listId = await insertWhitelist(trx, {
      series_id: list.series_id ?? list.id,
      version_no: null,
      title: list.title,
      region_code: list.region_code,
      owner_org_id: actor.orgId,
      status: 'draft',
      rules: list.rules,
      screened_on: today,
      screened_count: screened,
      created_by: actor.userId,
      published_by: null,
      published_at: null,
      is_demo: 0,
      created_at: at,
      updated_at: at,
    });
    const rows = results.flatMap((r) => {
      const d = byOrg.get(r.orgId);
      const carried = d ? { decision: d.decision, decision_reason: d.decision_reason, decided_by: d.decided_by, decided_at: d.decided_at } : {};
      if (d?.decision === 'add' && !(rules.noCreditListing && r.figures.creditListings.length > 0))
        return [{ ...entryRow(listId, r, true, 'manual'), ...carried }];
      if (d?.decision === 'remove' && r.eligible) return [{ ...entryRow(listId, r, false, 'screening'), ...carried }];
      return r.eligible ? [entryRow(listId, r, true, 'screening')] : [];
    });
    await insertEntries(trx, ctx.dialect, rows);
    return {
      value: listId,
      audit: {
        action: 'whitelist.revise',
        entityType: WHITELIST,
        entityId: listId,
        regionCode: list.region_code,
        after: { revises: id, screened, included: rows.filter((r) => r.included === 1).length },
      },
    };
  });
  return getWhitelist(ctx, actor, newId);
}

/** Pushes a published version to banks: each becomes a standing party of it and its officers are notified. */
export async function pushWhitelist(ctx: AppContext, actor: Actor, id: number, bankOrgIds: number[]): Promise<Whitelist> {
  const list = await loadWhitelist(ctx, actor, id);
  if (list.status !== 'published') throw conflict(message('whitelists.not_published'));
  const wanted = [...new Set(bankOrgIds)];
  const orgs = await findOrgs(ctx.db, wanted);
  const banks = new Map(orgs.filter((o) => o.kind === 'bank' && o.status === 'active').map((o) => [Number(o.id), o]));
  if (wanted.some((b) => !banks.has(b))) throw badRequest(message('whitelists.not_bank'), { bankOrgIds: message('whitelists.not_bank') });
  const already = new Set((await findPushes(ctx.db, id)).map((p) => Number(p.bank_org_id)));
  const fresh = wanted.filter((b) => !already.has(b));
  const at = nowIso(ctx);
  await mutate(ctx, actor, async (trx) => {
    for (const bank of fresh) {
      await insertPush(trx, { whitelist_id: id, bank_org_id: bank, pushed_by: actor.userId, pushed_at: at });
      await addParty(ctx, trx, { type: WHITELIST, id }, bank, 'counterparty');
    }
    return {
      value: null,
      audit: {
        action: 'whitelist.push',
        entityType: WHITELIST,
        entityId: id,
        regionCode: list.region_code,
        after: { bankOrgIds: fresh, alreadyPushed: [...already].filter((b) => wanted.includes(b)) },
      },
    };
  });
  for (const bank of fresh) {
    const users = await findOrgUserIds(ctx.db, bank);
    await notifyUsers(
      ctx,
      users.map((userId) => ({
        userId,
        kind: 'whitelist.pushed',
        title: `知识产权局向贵行推送了授信白名单“${list.title}”（第 ${list.version_no ?? '—'} 版）`,
        body: '请查看名单中的企业，并逐户反馈对接、申请、授信或未授信情况。',
        link: `/bank/whitelists/${id}`,
      })),
    );
  }
  return getWhitelist(ctx, actor, id);
}

/** A bank reports back on one enterprise of a list pushed to it. */
export async function recordFeedback(ctx: AppContext, actor: Actor, id: number, body: WhitelistFeedbackBody): Promise<Whitelist> {
  const list = await loadPushedWhitelist(ctx, actor, id);
  const entry = await findEntry(ctx.db, id, body.orgId);
  if (!entry || entry.included !== 1) throw badRequest(message('whitelists.not_included'), { orgId: message('whitelists.not_included') });
  await mutate(ctx, actor, async (trx) => {
    await insertFeedback(trx, [
      {
        whitelist_id: id,
        bank_org_id: actor.orgId,
        org_id: body.orgId,
        outcome: body.outcome,
        amount: body.outcome === 'granted' ? (body.amount ?? null) : null,
        reason: body.reason ?? null,
        source: 'form',
        recorded_by: actor.userId,
        recorded_at: nowIso(ctx),
      },
    ]);
    return {
      value: null,
      audit: {
        action: 'whitelist.feedback',
        entityType: WHITELIST,
        entityId: id,
        regionCode: list.region_code,
        after: { bankOrgId: actor.orgId, orgId: body.orgId, outcome: body.outcome, amount: body.amount ?? null, reason: body.reason ?? null },
      },
    };
  });
  return getPushedWhitelist(ctx, actor, id);
}

/**
 * A bank's feedback workbook: every row checked first (a bad row is a 400 naming its row and column, and
 * nothing is written), then the rows that change the bank's current feedback are recorded in one transaction.
 */
export async function importFeedback(ctx: AppContext, actor: Actor, id: number, data: Buffer): Promise<{ recorded: number }> {
  const list = await loadPushedWhitelist(ctx, actor, id);
  const sheet = await readFeedbackSheet(data);
  if (!sheet) throw badRequest(message('whitelists.xlsx.unreadable'), { file: message('whitelists.xlsx.unreadable') });
  const entries = await findIncludedEntries(ctx.db, id);
  const lookup = new Map(entries.filter((e) => e.credit_code).map((e) => [String(e.credit_code).toUpperCase(), Number(e.org_id)]));
  const parsed = parseFeedbackRows(sheet.header, sheet.rows, lookup);
  if (!parsed.ok) {
    const m = message(parsed.error.code as MessageCode, parsed.error.params);
    throw badRequest(m, { file: m });
  }
  const current = new Map((await findCurrentFeedback(ctx.db, id, { bankOrgId: actor.orgId })).map((f) => [Number(f.org_id), f]));
  const changed = parsed.items.filter((i) => {
    const c = current.get(i.orgId);
    return !c || c.outcome !== i.outcome || (c.amount === null ? null : Number(c.amount)) !== i.amount || (c.reason ?? null) !== i.reason;
  });
  if (parsed.items.length === 0) throw badRequest(message('whitelists.xlsx.no_rows'), { file: message('whitelists.xlsx.no_rows') });
  const at = nowIso(ctx);
  await mutate(ctx, actor, async (trx) => {
    await insertFeedback(
      trx,
      changed.map((i) => ({
        whitelist_id: id,
        bank_org_id: actor.orgId,
        org_id: i.orgId,
        outcome: i.outcome,
        amount: i.amount,
        reason: i.reason,
        source: 'xlsx',
        recorded_by: actor.userId,
        recorded_at: at,
      })),
    );
    return {
      value: null,
      audit: {
        action: 'whitelist.feedback_import',
        entityType: WHITELIST,
        entityId: id,
        regionCode: list.region_code,
        after: { bankOrgId: actor.orgId, rows: parsed.items.length, recorded: changed.length },
      },
    };
  });
  return { recorded: changed.length };
}
