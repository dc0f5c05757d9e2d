import type { AppContext } from '../../../../platform/context.js';
import { parseQuery, type QueryNode } from '../../query/index.js';
import { names } from '../index-documents.js';
import { streamPatentIds } from '../service.js';

/** A stored patent as the brute-force checks read it. */
export interface StoredPatent {
  id: number;
  app_no: string;
  pub_no: string | null;
  grant_no: string | null;
  kind: string;
  title: string;
  abstract: string | null;
  first_claim: string | null;
  app_date: string | null;
  pub_date: string | null;
  grant_date: string | null;
  expires_on: string | null;
  terminated_on: string | null;
  region_code: string | null;
  main_ipc: string | null;
  agency: string | null;
  applicants: string[];
  holders: string[];
  inventors: string[];
  ipc: string[];
}

/** Every stored patent with its IPC rows (the ground truth the index is compared with). */
export async function loadStoredPatents(ctx: AppContext): Promise<StoredPatent[]> {
  const rows = await ctx.db
    .selectFrom('patents')
    .select(['id', 'app_no', 'pub_no', 'grant_no', 'kind', 'title', 'abstract', 'first_claim', 'app_date', 'pub_date', 'grant_date'])
    .select(['expires_on', 'terminated_on', 'region_code', 'main_ipc', 'agency', 'applicants', 'holders', 'inventors'])
    .orderBy('id')
    .execute();
  const ipc = await ctx.db.selectFrom('patent_ipc').select(['patent_id', 'code']).execute();
  const codes = new Map<number, string[]>();
  for (const r of ipc) codes.set(Number(r.patent_id), [...(codes.get(Number(r.patent_id)) ?? []), r.code]);
  return rows.map((r) => ({
    ...r,
    id: Number(r.id),
    applicants: names(r.applicants),
    holders: names(r.holders),
    inventors: names(r.inventors),
    ipc: codes.get(Number(r.id)) ?? [],
  }));
}

/** Parses a query the test knows to be valid. */
export function mustParse(q: string): QueryNode {
  const r = parseQuery(q);
  if (!r.ok) throw new Error(`${q}: ${r.error.message}`);
  return r.ast;
}

/** All ids the search returns for a query (through streamPatentIds), ascending. */
export async function searchIds(ctx: AppContext, q: string | QueryNode, asOf: string, within?: string): Promise<number[]> {
  const ids: number[] = [];
  for await (const batch of streamPatentIds(ctx, typeof q === 'string' ? mustParse(q) : q, asOf, { within, batchSize: 997 })) ids.push(...batch);
  return ids;
}

/** Ids of the stored patents the predicate holds for, ascending. */
export function bruteIds(all: readonly StoredPatent[], pred: (p: StoredPatent) => boolean): number[] {
  return all.filter(pred).map((p) => p.id);
}
