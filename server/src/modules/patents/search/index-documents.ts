import type { Executor } from '../../../db/database.js';
import { filterTokens, ipcClassOf, ipcFacetValues, normalizeIpc } from './filter-tokens.js';
import { ymd } from './plan.js';
import { indexText, indexValues } from './tokenizer.js';

/** One row of the narrow facts table: what filters, facets and date sorting read per hit. */
export interface SearchFacts {
  id: number;
  /** 1 invention, 2 utility model, 3 design, 0 unknown. */
  kind: number;
  app_ymd: number;
  pub_ymd: number | null;
  grant_ymd: number | null;
  expires_ymd: number | null;
  terminated_ymd: number | null;
  /** Main IPC class (主分类号的大类), e.g. H01. */
  ipc_class: string | null;
  /** Every IPC class of the patent, space separated ("B22 B82 C01"), as IC= matches them: the IPC facets (filter-tokens.ts ipcFacetValues). */
  ipc_classes: string | null;
  /** County-level region code (6 digits). */
  county: string | null;
  /** First applicant (第一申请人). */
  applicant: string | null;
  /** Title (relevance reads it for the hits of a faceted search instead of querying the index per phrase). */
  title: string | null;
}

/** Index text of one patent per column: space-separated tokens (see tokenizer.ts). */
export interface SearchText {
  ti: string;
  ab: string;
  cl: string;
  pa: string;
  inv: string;
  ag: string;
  fl: string;
}

/** What the index keeps of one patent. */
export interface IndexDocument {
  facts: SearchFacts;
  text: SearchText;
}

/** Kind code of the facts table. */
export const KIND_CODES: Readonly<Record<string, number>> = { invention: 1, utility: 2, design: 3 };

/** Names from a JSON array column; a malformed value counts as one name. */
export function names(json: string | null): string[] {
  if (!json) return [];
  try {
    const v: unknown = JSON.parse(json);
    if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string' && x.trim() !== '');
    return typeof v === 'string' && v.trim() ? [v] : [];
  } catch {
    return [json];
  }
}

/** A patent's rows of patent_ipc: its symbols and the one marked main. */
interface IpcRows {
  codes: string[];
  main: string | null;
}

async function loadIpcRows(trx: Executor, ids: readonly number[]): Promise<Map<number, IpcRows>> {
  const ipcRows = await trx.selectFrom('patent_ipc').select(['patent_id', 'code', 'is_main']).where('patent_id', 'in', ids).execute();
  const ipcById = new Map<number, IpcRows>();
  for (const r of ipcRows) {
    const entry = ipcById.get(Number(r.patent_id)) ?? { codes: [], main: null };
    entry.codes.push(r.code);
    if (r.is_main) entry.main = r.code;
    ipcById.set(Number(r.patent_id), entry);
  }
  return ipcById;
}

/** Every IPC symbol of a patent (its patent_ipc rows, the JSON list and the main symbol) and its main symbol. */
function ipcCodesOf(p: { main_ipc: string | null; ipc: string | null }, rows: IpcRows | undefined): { codes: string[]; mainIpc: string | null } {
  const codes = [...(rows?.codes ?? []), ...names(p.ipc), ...(p.main_ipc ? [p.main_ipc] : [])];
  return { codes, mainIpc: p.main_ipc ?? rows?.main ?? codes[0] ?? null };
}

/** The IPC facet values (SearchFacts.ipc_classes) of these patents, without the rest of their index documents (migration 0097). */
export async function loadIpcFacetValues(trx: Executor, ids: readonly number[]): Promise<Map<number, string | null>> {
  if (ids.length === 0) return new Map();
  const rows = await trx.selectFrom('patents').select(['id', 'main_ipc', 'ipc']).where('id', 'in', ids).execute();
  const ipcById = await loadIpcRows(trx, ids);
  return new Map(rows.map((p) => [Number(p.id), ipcFacetValues(ipcCodesOf(p, ipcById.get(Number(p.id))).codes)]));
}

/** Loads the patents with these ids and builds their index documents (one query for patents, one for IPC rows). */
export async function loadIndexDocuments(trx: Executor, ids: readonly number[]): Promise<IndexDocument[]> {
  if (ids.length === 0) return [];
  const rows = await trx
    .selectFrom('patents')
    .select(['id', 'app_no', 'pub_no', 'grant_no', 'kind', 'title', 'abstract', 'first_claim', 'app_date', 'pub_date', 'grant_date'])
    .select(['applicants', 'holders', 'inventors', 'agency', 'region_code', 'main_ipc', 'ipc', 'expires_on', 'terminated_on'])
    .where('id', 'in', ids)
    .execute();
  const ipcById = await loadIpcRows(trx, ids);
  return rows.map((p) => {
    const id = Number(p.id);
    const { codes, mainIpc } = ipcCodesOf(p, ipcById.get(id));
    const applicants = names(p.applicants);
    const parties = [...new Set([...applicants, ...names(p.holders)])];
    const region = (p.region_code ?? '').replace(/\D/g, '');
    return {
      facts: {
        id,
        kind: KIND_CODES[p.kind] ?? 0,
        app_ymd: ymd(p.app_date) ?? 0,
        pub_ymd: ymd(p.pub_date),
        grant_ymd: ymd(p.grant_date),
        expires_ymd: ymd(p.expires_on),
        terminated_ymd: ymd(p.terminated_on),
        ipc_class: ipcClassOf(mainIpc),
        ipc_classes: ipcFacetValues(codes),
        county: region.length >= 6 ? region.slice(0, 6) : null,
        applicant: applicants[0] ?? null,
        title: p.title || null,
      },
      text: {
        ti: indexText(p.title),
        ab: indexText(p.abstract),
        cl: indexText(p.first_claim),
        pa: indexValues(parties),
        inv: indexValues(names(p.inventors)),
        ag: indexText(p.agency),
        fl: filterTokens({ ...p, ipcCodes: [...new Set(codes.map(normalizeIpc))] }),
      },
    };
  });
}
