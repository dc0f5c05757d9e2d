import {
  whitelistOutcomes,
  type Whitelist,
  type WhitelistEntryList,
  type WhitelistList,
  type WhitelistOutcome,
  type WhitelistOutcomes,
  type WhitelistStatus,
  type WhitelistFigures,
  type WhitelistReason,
} from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { accessCondition } from '../../platform/jurisdiction.js';
import {
  WHITELIST,
  countEntries,
  findBanks,
  findCurrentFeedback,
  findEntriesPage,
  findIncludedEntries,
  findPushes,
  findWhitelistsPage,
  type WhitelistView,
} from './repository.js';
import { toEntry, toFeedback, toWhitelist } from './present.js';
import { loadPushedWhitelist, loadWhitelist } from './access.js';
import { bankWorkbook, bureauWorkbook } from './workbook.js';

async function present(ctx: AppContext, row: WhitelistView, bankOrgId?: number): Promise<Whitelist> {
  const [counts, pushes] = await Promise.all([countEntries(ctx.db, row.id), findPushes(ctx.db, row.id)]);
  return toWhitelist(row, counts, bankOrgId === undefined ? pushes : pushes.filter((p) => Number(p.bank_org_id) === bankOrgId));
}

/** A version as the bureau sees it (within its jurisdiction). */
export async function getWhitelist(ctx: AppContext, actor: Actor, id: number): Promise<Whitelist> {
  return present(ctx, await loadWhitelist(ctx, actor, id));
}

/** A version as a bank it was pushed to sees it: its own push only. */
export async function getPushedWhitelist(ctx: AppContext, actor: Actor, id: number): Promise<Whitelist> {
  return present(ctx, await loadPushedWhitelist(ctx, actor, id), actor.orgId);
}

/** The bureau's lists within its jurisdiction. */
export async function listWhitelists(ctx: AppContext, actor: Actor, q: { status?: WhitelistStatus; page: number; pageSize: number }): Promise<WhitelistList> {
  const { items, total } = await findWhitelistsPage(ctx.db, accessCondition(actor, { region: 'w.region_code' }), q.status, q.page, q.pageSize);
  return { items: await Promise.all(items.map((r) => present(ctx, r))), total, page: q.page, pageSize: q.pageSize };
}

/** The lists pushed to the caller's bank (it is a standing party of each). */
export async function listPushed(ctx: AppContext, actor: Actor, q: { status?: WhitelistStatus; page: number; pageSize: number }): Promise<WhitelistList> {
  const where = accessCondition({ ...actor, scope: 'own-org' }, { region: 'w.region_code', parties: { recordType: WHITELIST, idColumn: 'w.id' } });
  const { items, total } = await findWhitelistsPage(ctx.db, where, q.status, q.page, q.pageSize);
  return { items: await Promise.all(items.map((r) => present(ctx, r, actor.orgId))), total, page: q.page, pageSize: q.pageSize };
}

/** Entries of a version for the bureau: every candidate (on or off the list) with every bank's feedback. */
export async function listEntries(
  ctx: AppContext,
  actor: Actor,
  id: number,
  q: { included?: 'true' | 'false'; page: number; pageSize: number },
): Promise<WhitelistEntryList> {
  await loadWhitelist(ctx, actor, id);
  const { items, total } = await findEntriesPage(ctx.db, id, q.included === undefined ? {} : { included: q.included === 'true' }, q.page, q.pageSize);
  const feedback = await findCurrentFeedback(ctx.db, id, { orgIds: items.map((e) => Number(e.org_id)) });
  return {
    items: items.map((e) => toEntry(e, feedback.filter((f) => Number(f.org_id) === Number(e.org_id)).map(toFeedback))),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** Entries of a list pushed to the caller's bank: those on the list, with the bank's own feedback only. */
export async function listPushedEntries(ctx: AppContext, actor: Actor, id: number, q: { page: number; pageSize: number }): Promise<WhitelistEntryList> {
  await loadPushedWhitelist(ctx, actor, id);
  const { items, total } = await findEntriesPage(ctx.db, id, { included: true }, q.page, q.pageSize);
  const feedback = await findCurrentFeedback(ctx.db, id, { bankOrgId: actor.orgId, orgIds: items.map((e) => Number(e.org_id)) });
  return {
    items: items.map((e) => toEntry(e, feedback.filter((f) => Number(f.org_id) === Number(e.org_id)).map(toFeedback))),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

type Counts = Record<WhitelistOutcome, number> & { grantedAmount: number };
const zero = (): Counts => ({ contacted: 0, applied: 0, granted: 0, declined: 0, grantedAmount: 0 });

/** What came back from the banks: current outcomes per bank and in total. */
export async function whitelistOutcomesOf(ctx: AppContext, actor: Actor, id: number): Promise<WhitelistOutcomes> {
  await loadWhitelist(ctx, actor, id);
  const [counts, pushes, feedback] = await Promise.all([countEntries(ctx.db, id), findPushes(ctx.db, id), findCurrentFeedback(ctx.db, id)]);
  const total = zero();
  const reached = new Set<number>();
  const byBank = pushes.map((p) => {
    const c = zero();
    let reported = 0;
    for (const f of feedback) {
      if (Number(f.bank_org_id) !== Number(p.bank_org_id)) continue;
      const o = f.outcome as WhitelistOutcome;
      if (!whitelistOutcomes.includes(o)) continue;
      c[o] += 1;
      total[o] += 1;
      reported += 1;
      reached.add(Number(f.org_id));
      if (o === 'granted' && f.amount !== null) {
        c.grantedAmount += Number(f.amount);
        total.grantedAmount += Number(f.amount);
      }
    }
    return { bankOrgId: Number(p.bank_org_id), bankName: p.bank_name, pushedAt: p.pushed_at, ...c, none: Math.max(0, counts.included - reported) };
  });
  return { whitelistId: id, included: counts.included, byBank, total: { ...total, enterprisesReached: reached.size } };
}

/** Active banks a list can be pushed to. */
export async function listBanks(ctx: AppContext) {
  const rows = await findBanks(ctx.db);
  return { items: rows.map((r) => ({ id: Number(r.id), name: r.name, regionCode: r.region_code })) };
}

const figuresOf = (json: string) => JSON.parse(json) as WhitelistFigures;

/** The bureau's Excel export of a version: the list and the banks' current feedback. */
export async function exportWhitelist(ctx: AppContext, actor: Actor, id: number): Promise<{ filename: string; data: Buffer }> {
  const list = await loadWhitelist(ctx, actor, id);
  const [entries, feedback] = await Promise.all([findIncludedEntries(ctx.db, id), findCurrentFeedback(ctx.db, id)]);
  const names = new Map(entries.map((e) => [Number(e.org_id), e]));
  const data = await bureauWorkbook(
    list.title,
    entries.map((e) => {
      const f = figuresOf(e.figures);
      return {
        name: e.name,
        creditCode: e.credit_code,
        regionCode: e.region_code,
        effectiveInventions: f.effectiveInventions,
        highValue: f.highValue,
        tags: f.tags,
        reasons: JSON.parse(e.reasons) as WhitelistReason[],
        source: e.source,
        decisionReason: e.decision_reason,
      };
    }),
    feedback.map((f) => ({
      bankName: f.bank_name,
      name: names.get(Number(f.org_id))?.name ?? '—',
      creditCode: names.get(Number(f.org_id))?.credit_code ?? null,
      outcome: f.outcome as WhitelistOutcome,
      amount: f.amount === null ? null : Number(f.amount),
      reason: f.reason,
      recordedAt: f.recorded_at,
    })),
  );
  return { filename: `whitelist-${id}-v${list.version_no ?? 'draft'}.xlsx`, data };
}

/** A bank's download of a list pushed to it, with its own feedback filled in (the upload template). */
export async function exportPushedWhitelist(ctx: AppContext, actor: Actor, id: number): Promise<{ filename: string; data: Buffer }> {
  const list = await loadPushedWhitelist(ctx, actor, id);
  const [entries, feedback] = await Promise.all([findIncludedEntries(ctx.db, id), findCurrentFeedback(ctx.db, id, { bankOrgId: actor.orgId })]);
  const mine = new Map(feedback.map((f) => [Number(f.org_id), f]));
  const data = await bankWorkbook(
    entries.map((e) => {
      const f = figuresOf(e.figures);
      const fb = mine.get(Number(e.org_id));
      return {
        name: e.name,
        creditCode: e.credit_code,
        regionCode: e.region_code,
        effectiveInventions: f.effectiveInventions,
        highValue: f.highValue,
        tags: f.tags,
        reasons: JSON.parse(e.reasons) as WhitelistReason[],
        source: e.source,
        decisionReason: e.decision_reason,
        outcome: (fb?.outcome as WhitelistOutcome | undefined) ?? null,
        amount: fb?.amount === null || fb?.amount === undefined ? null : Number(fb.amount),
        reason: fb?.reason ?? null,
      };
    }),
  );
  return { filename: `whitelist-${id}-v${list.version_no ?? 'draft'}-feedback.xlsx`, data };
}
