import type { z } from 'zod';
import type { ZMyDeclarationsQuery, ZOpenLicenceCatalogueQuery, ZReviewQueueQuery } from '@zhichan/contract';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';
import { todayIso } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { assertRegionInJurisdiction } from '../../platform/jurisdiction.js';
import { parseOrThrow } from '../patents/api.js';
import { findDeclaration, hasOpenDeclaration, listDeclarations, publishedPatentsMatching, type DeclarationFilter, findHeldPatents } from './repository.js';
import { checkEligibility, loadPatentFacts } from './eligibility.js';
import { presentDeclaration } from './present.js';
import { loadDeclaration } from './service.js';

async function page(ctx: AppContext, f: DeclarationFilter, q: { page: number; pageSize: number }) {
  const { rows, total } = await listDeclarations(ctx.db, f, q);
  return { items: rows.map((r) => presentDeclaration(r, todayIso(ctx))), total, page: q.page, pageSize: q.pageSize };
}

/**
 * The public open-licence catalogue (开放许可目录): published declarations, searchable with the
 * registry's command syntax (compiled by the patent search engine and intersected with the
 * declared patents), filterable by IPC, the patentee's region and the fee type.
 */
export async function searchCatalogue(ctx: AppContext, q: z.infer<typeof ZOpenLicenceCatalogueQuery>) {
  const text = q.q?.trim();
  const patentIds = text ? await publishedPatentsMatching(ctx.db, ctx.dialect, parseOrThrow(text), todayIso(ctx)) : undefined;
  return page(ctx, { status: 'published', ipcPrefix: q.ipc, withinRegion: q.regionCode, feeType: q.feeType, patentIds }, q);
}

/** One published declaration of the catalogue (404 for anything not published). */
export async function getCatalogueEntry(ctx: AppContext, id: number) {
  const d = await findDeclaration(ctx.db, id);
  if (!d || d.status !== 'published') throw notFound('开放许可声明');
  return presentDeclaration(d, todayIso(ctx));
}

/** The caller's own declarations (我的开放许可声明). */
export function listMyDeclarations(ctx: AppContext, actor: Actor, q: z.infer<typeof ZMyDeclarationsQuery>) {
  return page(ctx, { patenteeOrgId: actor.orgId, status: q.status }, q);
}

/** Declarations of patentees within the reviewer's jurisdiction (审核队列), pending first by default. */
export function listForReview(ctx: AppContext, actor: Actor, q: z.infer<typeof ZReviewQueueQuery>) {
  if (q.regionCode) assertRegionInJurisdiction(actor, q.regionCode);
  return page(ctx, { status: q.status, withinRegion: q.regionCode ?? actor.regionCode }, q);
}

/** One declaration as its patentee, licensees or the reviewers of its region see it. */
export async function getDeclaration(ctx: AppContext, actor: Actor, id: number) {
  return presentDeclaration(await loadDeclaration(ctx, actor, id), todayIso(ctx));
}

/**
 * Patents the caller's organisation holds in the registry, each with the eligibility rules it would
 * fail today without attachments (the form then asks for the evaluation report or pledgee's consent).
 */
export async function listDeclarablePatents(ctx: AppContext, actor: Actor) {
  const held = await findHeldPatents(ctx.db, actor.orgId, 200);
  const today = todayIso(ctx);
  const items = [];
  for (const p of held) {
    const facts = await loadPatentFacts(ctx.db, Number(p.id));
    if (!facts) continue;
    const all = checkEligibility(facts, {
      orgId: actor.orgId,
      today,
      attachmentKinds: [],
      otherTerms: '',
      hasOtherOpenDeclaration: await hasOpenDeclaration(ctx.db, facts.id),
    });
    const needs = all
      .filter((f) => f.rule === 'evaluation_report' || f.rule === 'pledged')
      .map((f) => (f.rule === 'pledged' ? 'pledgee_consent' : 'evaluation_report'));
    items.push({
      id: Number(p.id),
      appNo: p.app_no,
      title: p.title,
      kind: p.kind,
      failures: all.filter((f) => f.rule !== 'evaluation_report' && f.rule !== 'pledged'),
      needs,
    });
  }
  return { items };
}
