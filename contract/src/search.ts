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

const ZBucket = z.object({ value: z.string(), label: z.string(), count: z.number() });
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
