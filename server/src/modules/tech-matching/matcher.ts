import type { MatchCandidate } from '@zhichan/contract';
import type { AppContext } from '../../platform/context.js';
import { names } from '../patents/api.js';
import { candidatePatentIds, candidateQueryOf, weighTerms } from './candidates.js';
import { loadListingCandidates, loadPatentCandidates, patentContactOrgs, placeNames, storedMatchKeys } from './match-repository.js';
import { scoreCandidate, sharedIpcFirst, type DemandFeatures } from './rank.js';
import { keyTerms } from './terms.js';

/** What matching needs of a demand row. */
export interface DemandForMatching {
  id: number;
  org_id: number;
  region_code: string;
  title: string;
  description: string;
  field: string;
  ipc_hints: string;
}

/** Key terms of a demand: title first (its words weigh most in people's minds), then field and description. */
export function demandTerms(d: Pick<DemandForMatching, 'title' | 'description' | 'field'>): string[] {
  return keyTerms(`${d.title}\n${d.field}\n${d.description}`).slice(0, 24);
}

/**
 * An incremental re-match after patents were written: the candidates are the patents written since the
 * last re-match (ids from the lowest queued one up) that the index finds for the demand's terms, plus the
 * patents of the stored match set; listings are matched as usual.
 */
export interface IncrementalMatch {
  queuedFrom: number;
  keepPatentIds: readonly number[];
}

/** The ranked supply candidates of one demand and the terms that found them. */
export interface MatchResult {
  keyTerms: string[];
  items: MatchCandidate[];
}

/**
 * Matches a demand (需求匹配): key terms weighed by IDF from the patent index, candidates from the index
 * (top `pool` by relevance for the OR of the rarest terms) and from published listings, re-ranked by text,
 * IPC and place, best first, each with its explanation. `isNew` marks candidates not in the stored set.
 */
export async function matchDemand(ctx: AppContext, d: DemandForMatching, limit = 20, incremental?: IncrementalMatch): Promise<MatchResult> {
  const weighted = await weighTerms(ctx, demandTerms(d));
  const query = candidateQueryOf(weighted);
  const queryTerms = [...query.any, ...query.all];
  const ids = incremental
    ? [...new Set([...(await candidatePatentIds(ctx, query, { queuedFrom: incremental.queuedFrom })), ...incremental.keepPatentIds])]
    : await candidatePatentIds(ctx, query);
  const features: DemandFeatures = {
    terms: weighted,
    ipcHints: names(d.ipc_hints),
    regionCode: d.region_code,
    placeNames: await placeNames(ctx.db, d.region_code),
  };
  const [patents, listings] = await Promise.all([
    loadPatentCandidates(ctx.db, ids),
    loadListingCandidates(ctx.db, { terms: queryTerms.length ? queryTerms : weighted.slice(0, 6).map((w) => w.term), patentIds: ids, excludeOrgId: d.org_id }),
  ]);
  const scored: MatchCandidate[] = [];
  for (const p of patents) {
    const { sharedIpc, ...s } = scoreCandidate(features, { title: p.title, body: p.abstract ?? '', ipc: p.ipc, regionCode: p.region_code });
    if (s.sharedTerms.length === 0) continue;
    scored.push({
      kind: 'patent',
      id: p.id,
      title: p.title,
      subtitle: p.app_no,
      regionCode: p.region_code,
      ipc: sharedIpcFirst(p.ipc, sharedIpc),
      ...s,
      contactOrgId: null,
      isNew: false,
    });
  }
  for (const l of listings) {
    const { sharedIpc, ...s } = scoreCandidate(features, { title: l.title, body: l.body, ipc: l.ipc, regionCode: l.region_code });
    if (s.sharedTerms.length === 0) continue;
    scored.push({
      kind: 'listing',
      id: l.id,
      title: l.title,
      subtitle: l.org_name,
      regionCode: l.region_code,
      ipc: sharedIpcFirst(l.ipc, sharedIpc),
      ...s,
      contactOrgId: l.org_id,
      isNew: false,
    });
  }
  scored.sort((a, b) => b.score - a.score || (a.kind === b.kind ? b.id - a.id : a.kind === 'listing' ? -1 : 1));
  const top = scored.slice(0, limit);
  const orgs = await patentContactOrgs(
    ctx.db,
    top.filter((c) => c.kind === 'patent').map((c) => c.id),
  );
  const known = await storedMatchKeys(ctx.db, d.id);
  for (const c of top) {
    if (c.kind === 'patent') c.contactOrgId = orgs.get(c.id) ?? null;
    c.isNew = !known.has(`${c.kind}:${c.id}`);
  }
  return { keyTerms: queryTerms, items: top };
}
