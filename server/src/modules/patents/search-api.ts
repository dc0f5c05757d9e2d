import { todayIso } from '../../platform/context.js';
import type { z } from 'zod';
import { ipcTitleParts, legalStateLabels, patentKindLabels, type PatentSearchResult, type ZPatentSearchQuery } from '@zhichan/contract';
import type { AppContext } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { findRegionNames } from '../regions/api.js';
import { describeQuery, parseQuery, type QueryNode } from './query/index.js';
import { searchPatents, type SearchFacets } from './search/index.js';
import { findIpcTitles } from './repository.js';

/** Parses a search expression or throws 400 naming the position (第N个字符处：…). */
export function parseOrThrow(q: string): QueryNode {
  const r = parseQuery(q);
  if (r.ok) return r.ast;
  throw new AppError(400, 'query_syntax', r.error.message, { q: r.error.message }, { position: r.error.position, length: r.error.length, code: r.error.code });
}

/** Today's date, the default reference date (统计基准日) of legal states. */
export const todayOf = (ctx: AppContext) => todayIso(ctx);

async function labelFacets(ctx: AppContext, f: SearchFacets) {
  const ipcTitles = await findIpcTitles(
    ctx.db,
    [...f.ipcSection, ...f.ipcClass].map((b) => b.value),
  );
  const regions = await findRegionNames(
    ctx.db,
    f.region.map((b) => b.value),
  );
  const label = (map: (v: string) => string | undefined) => (b: { value: string; count: number }) => ({
    value: b.value,
    count: b.count,
    label: map(b.value) ?? b.value,
  });
  // An IPC bucket: the code with its title clean (no version marks, the note for the tooltip only), or
  // saying the IPC table has no title for it — never a bare code as if it had none.
  const ipc = (b: { value: string; count: number }) => {
    const raw = ipcTitles.get(b.value);
    if (raw === undefined) return { ...b, label: `${b.value}（IPC 分类表未收录此类名）`, title: null };
    const parts = ipcTitleParts(raw);
    return { ...b, label: `${b.value} ${parts.title}`, title: parts.note ? `${parts.title} ${parts.note}` : parts.title };
  };
  return {
    ipcSection: f.ipcSection.map(ipc),
    ipcClass: f.ipcClass.map(ipc),
    year: f.year.map(label((v) => `${v}年`)),
    kind: f.kind.map(label((v) => patentKindLabels[v as keyof typeof patentKindLabels]?.zh)),
    legalState: f.legalState.map(label((v) => legalStateLabels[v as keyof typeof legalStateLabels]?.zh)),
    region: f.region.map(label((v) => regions.get(v))),
    applicant: f.applicant.map(label(() => undefined)),
    facetsSampled: f.facetsSampled,
  };
}

/**
 * Patent search (专利检索) in the CNIPA command syntax: the count, one page of hits with highlights,
 * facets with labels that refine the query when clicked, and the query read back in Chinese and English.
 */
export async function runPatentSearch(ctx: AppContext, q: z.infer<typeof ZPatentSearchQuery>): Promise<PatentSearchResult> {
  const ast = parseOrThrow(q.q);
  const asOf = q.asOf ?? todayOf(ctx);
  const r = await searchPatents(ctx, { ast, sort: q.sort, page: q.page, pageSize: q.pageSize, facets: q.facets === '1', asOf });
  return {
    query: q.q,
    description: describeQuery(ast),
    descriptionEn: describeQuery(ast, 'en'),
    asOf,
    total: r.total,
    page: q.page,
    pageSize: q.pageSize,
    items: r.items,
    facets: r.facets ? await labelFacets(ctx, r.facets) : null,
  };
}
