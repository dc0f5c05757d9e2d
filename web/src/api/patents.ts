import { ZPatentDetail, ZPatentSearchResult } from '@zhichan/contract';
import { api, toQueryString } from './client';

/** Sort orders of the hit list: relevance, application date newest first, oldest first. */
export type PatentSort = 'relevance' | 'date_desc' | 'date_asc';

/** Hits per page on the search page. */
export const SEARCH_PAGE_SIZE = 20;

/** Patent search (专利检索) in the command syntax: one page of hits, facets and the query read back in Chinese. */
export const searchPatents = (q: string, sort: PatentSort, page: number) =>
  api.get('/api/patents/search', ZPatentSearchResult, { q, sort, page, pageSize: SEARCH_PAGE_SIZE });

/** One patent with its timeline and high-value assessment. */
export const fetchPatent = (id: number) => api.get(`/api/patents/${id}`, ZPatentDetail);

/** Aggregates of a query's whole result set for the navigation analysis (专利导航分析). */
export const fetchPatentAnalysis = (q: string) => api.get('/api/patents/analysis', ZPatentSearchResult, { q });

/** Download address of the whole result set (a plain GET link: no CSRF token needed). */
export const patentExportUrl = (q: string, format: 'csv' | 'xlsx') => `/api/patents/export${toQueryString({ q, format })}`;

/** Download address of the analysis data as an Excel workbook. */
export const analysisExportUrl = (q: string) => `/api/patents/analysis/export${toQueryString({ q })}`;
