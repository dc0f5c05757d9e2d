import { z } from 'zod';
import { message } from './messages.js';
import { ZIsoDate, ZPageQuery } from './common.js';
import { ZLegalState } from './patents.js';
import { ZLineText, ZMultilineText } from './text.js';

/** The longest search query (检索式) in characters. */
export const SEARCH_QUERY_MAX_LENGTH = 2000;

/** A search request in the query string, so a search is a link that can be bookmarked and shared. */
export const ZPatentSearchQuery = z.object({
  q: ZMultilineText.max(SEARCH_QUERY_MAX_LENGTH, message('search.query_too_long', { maximum: SEARCH_QUERY_MAX_LENGTH }).text),
  sort: z.enum(['relevance', 'date_desc', 'date_asc']).default('relevance'),
  page: ZPageQuery.shape.page,
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  facets: z.enum(['0', '1']).default('1'),
  asOf: ZIsoDate.optional(),
});

const ZBucket = z.object({
  value: z.string(),
  /** The bucket's label in Chinese (an IPC code with its clean short title, or saying the table has none). */
  label: z.string(),
  count: z.number(),
  /**
   * IPC buckets only: the code's title in the IPC table without version marks (notes included, for a
   * tooltip: ipcTitleParts splits them off), or null when the table has no title for the code.
   */
  title: z.string().nullable().optional(),
});

/** Version marks of the IPC scheme's titles (〔2〕, 〔4.2.0〕, 〔b,e〕, 〔R-W〕, [7], [20250101]); a bracketed term in Chinese stays. */
const IPC_VERSION_MARK = /\s*(〔[0-9A-Za-z０-９.,，\s-]{1,16}〕|\[[0-9.,\s]{1,12}\])/g;
/** Where a note (注意/附注) begins in an IPC title. */
const IPC_NOTE = /\s*(注意|附注|注)\s*[：:]|\s+(注意|附注)\s*(\d|$)/;

/**
 * An IPC title as shown: version marks removed, the scheme's note (注意：…) split off, so a label shows
 * "烟草；雪茄烟；纸烟" and the note goes to a tooltip. Whitespace is collapsed.
 */
export function ipcTitleParts(raw: string): { title: string; note: string | null } {
  const clean = raw.replace(IPC_VERSION_MARK, '').replace(/\s+/g, ' ').trim();
  const m = IPC_NOTE.exec(clean);
  if (!m || m.index === 0) return { title: clean, note: null };
  return { title: clean.slice(0, m.index).trim(), note: clean.slice(m.index).trim() };
}
export const ZSearchFacets = z.object({
  ipcSection: z.array(ZBucket),
  ipcClass: z.array(ZBucket),
  year: z.array(ZBucket),
  kind: z.array(ZBucket),
  legalState: z.array(ZBucket),
  region: z.array(ZBucket),
  applicant: z.array(ZBucket),
  facetsSampled: z.boolean(),
});
export type SearchFacets = z.infer<typeof ZSearchFacets>;

export const ZPatentHit = z.object({
  id: z.number().int(),
  appNo: z.string(),
  pubNo: z.string().nullable(),
  title: z.string(),
  kind: z.string(),
  appDate: z.string().nullable(),
  grantDate: z.string().nullable(),
  applicants: z.array(z.string()),
  mainIpc: z.string().nullable(),
  regionCode: z.string().nullable(),
  legalState: ZLegalState,
  snippet: z.string(),
  highlights: z.array(z.string()),
});

export const ZPatentSearchResult = z.object({
  query: z.string(),
  /** The query read back in Chinese, so the user sees how it was understood. */
  description: z.string(),
  /** The same reading in English (the web app shows the one of the interface language). */
  descriptionEn: z.string(),
  asOf: z.string(),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  items: z.array(ZPatentHit),
  facets: ZSearchFacets.nullable(),
});
export type PatentSearchResult = z.infer<typeof ZPatentSearchResult>;

export const ZExportQuery = z.object({
  q: ZMultilineText.max(SEARCH_QUERY_MAX_LENGTH, message('search.query_too_long', { maximum: SEARCH_QUERY_MAX_LENGTH }).text),
  format: z.enum(['csv', 'xlsx']).default('csv'),
  asOf: ZIsoDate.optional(),
});

export const ZSavedSearch = z.object({
  id: z.number().int(),
  name: z.string(),
  query: z.string(),
  alert: z.boolean(),
  lastMatchCount: z.number().int(),
  lastCheckedAt: z.string().nullable(),
  createdAt: z.string(),
});
export const ZSavedSearchList = z.object({ items: z.array(ZSavedSearch) });
export const ZCreateSavedSearchBody = z.object({
  name: ZLineText.trim().min(1, '请填写名称').max(100),
  query: ZMultilineText.trim().min(1, '请填写检索式').max(2000),
  alert: z.boolean().default(true),
});
