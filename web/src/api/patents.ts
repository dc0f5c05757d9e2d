import { ZPatentDetail, ZPatentSearchResult, type PatentSearchResult } from '@zhichan/contract';
import { api, downloadByPost, toQueryString } from './client';
import { uiLanguage } from '../i18n/ui-language';

/**
 * A query whose address would be longer than this many bytes is sent by POST (the body has no length limit
 * short of the 2,000-character query rule): a short one stays a GET, an address that can be shared and cached.
 * 2,000 CJK characters are 18,000 bytes in an address, more than many proxies accept.
 */
export const LONG_QUERY_BYTES = 2000;

/** True when a query is sent by POST: its address would be longer than LONG_QUERY_BYTES. */
export const isLongQuery = (q: string) => encodeURIComponent(q).length > LONG_QUERY_BYTES;

/** Sort orders of the hit list: relevance, application date newest first, oldest first. */
export type PatentSort = 'relevance' | 'date_desc' | 'date_asc';

/** Hits per page on the search page. */
export const SEARCH_PAGE_SIZE = 20;

/** Patent search (专利检索) in the command syntax: one page of hits, facets and the query read back in Chinese. */
export const searchPatents = (q: string, sort: PatentSort, page: number) =>
  isLongQuery(q)
    ? api.post('/api/patents/search', ZPatentSearchResult, { q, sort, page, pageSize: SEARCH_PAGE_SIZE })
    : api.get('/api/patents/search', ZPatentSearchResult, { q, sort, page, pageSize: SEARCH_PAGE_SIZE });

/** One patent with its timeline and high-value assessment. */
export const fetchPatent = (id: number) => api.get(`/api/patents/${id}`, ZPatentDetail);

/** Aggregates of a query's whole result set for the navigation analysis (专利导航分析). */
export const fetchPatentAnalysis = (q: string) =>
  isLongQuery(q) ? api.post('/api/patents/analysis', ZPatentSearchResult, { q }) : api.get('/api/patents/analysis', ZPatentSearchResult, { q });

/** Download address of the whole result set (a plain GET link: no CSRF token needed). */
export const patentExportUrl = (q: string, format: 'csv' | 'xlsx') => `/api/patents/export${toQueryString({ q, format })}`;

/** Download address of the analysis data as an Excel workbook. */
export const analysisExportUrl = (q: string) => `/api/patents/analysis/export${toQueryString({ q })}`;

/** Downloads the whole result set of a long query (POST: its address would be too long for a link). */
export const downloadPatentExport = (q: string, format: 'csv' | 'xlsx') => downloadByPost('/api/patents/export', { q, format }, `patents.${format}`);

/** Downloads the analysis workbook of a long query (POST). */
export const downloadAnalysisExport = (q: string) => downloadByPost('/api/patents/analysis/export', { q }, 'patent-analysis.xlsx');

/** How the server read the query, in the interface language. */
export const queryReading = (r: Pick<PatentSearchResult, 'description' | 'descriptionEn'>) => (uiLanguage() === 'en' ? r.descriptionEn : r.description);
