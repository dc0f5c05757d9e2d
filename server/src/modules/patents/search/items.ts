import type { Executor } from '../../../db/database.js';
import { legalStateOn, type LegalState } from '../legal-status.js';
import { names } from './index-documents.js';
import { findHighlights, makeSnippet, termRuns } from './snippet.js';

/** One hit as the result list shows it. */
export interface SearchItem {
  id: number;
  appNo: string;
  /** Publication number, or the grant number when there is none. */
  pubNo: string | null;
  title: string;
  kind: string;
  appDate: string | null;
  grantDate: string | null;
  applicants: string[];
  mainIpc: string | null;
  regionCode: string | null;
  /** Legal state on the search's reference date. */
  legalState: LegalState;
  /** Abstract excerpt around the first hit. */
  snippet: string;
  /** Literal strings in the title, snippet and applicants that the query matched, for marking. */
  highlights: string[];
}

/** Loads the page's patents (in the given order) and derives their display fields. */
export async function loadItems(db: Executor, ids: readonly number[], terms: readonly string[], asOf: string): Promise<SearchItem[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('patents')
    .select(['id', 'app_no', 'pub_no', 'grant_no', 'title', 'kind', 'app_date', 'grant_date', 'applicants', 'main_ipc', 'region_code'])
    .select(['abstract', 'expires_on', 'terminated_on'])
    .where('id', 'in', ids)
    .execute();
  const byId = new Map(rows.map((r) => [Number(r.id), r]));
  const runs = termRuns(terms);
  return ids.flatMap((id) => {
    const p = byId.get(id);
    if (!p) return [];
    const applicants = names(p.applicants);
    const snippet = makeSnippet(p.abstract, runs);
    return [
      {
        id,
        appNo: p.app_no,
        pubNo: p.pub_no ?? p.grant_no,
        title: p.title,
        kind: p.kind,
        appDate: p.app_date,
        grantDate: p.grant_date,
        applicants,
        mainIpc: p.main_ipc,
        regionCode: p.region_code,
        legalState: legalStateOn(p, asOf),
        snippet,
        highlights: findHighlights([p.title, snippet, ...applicants], runs),
      },
    ];
  });
}
