import { ZExportQuery, ZIdParams, ZPatentDetail, ZPatentSearchQuery, ZPatentSearchResult } from '@zhichan/contract';
import { defineRoute } from '../../platform/routes.js';
import { getPatent } from './service.js';
import { runPatentSearch } from './search-api.js';
import { exportPatents } from './export.js';
import { analysePatents, exportAnalysis } from './analysis.js';

const tags = ['专利 Patents'];
const ZAnalysisQuery = ZPatentSearchQuery.pick({ q: true, asOf: true });

export const patentRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/patents/search',
    summary: '专利检索（支持 TI/AB/CL/TX/PA/IN/AN/PN/IC/AD/PD/GD/PT/LS/RG/AG 字段与 AND/OR/NOT）',
    tags,
    access: 'registry.read',
    query: ZPatentSearchQuery,
    response: ZPatentSearchResult,
    handler: ({ ctx, query }) => runPatentSearch(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/patents/search',
    summary: '专利检索（检索式放在请求体中，长检索式用此方式；与 GET 相同）',
    tags,
    access: 'registry.read',
    readOnly: true,
    body: ZPatentSearchQuery,
    response: ZPatentSearchResult,
    handler: ({ ctx, body }) => runPatentSearch(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/patents/export',
    summary: '导出全部检索结果（CSV 或 XLSX，不限条数，流式）',
    tags,
    access: 'registry.read',
    query: ZExportQuery,
    response: null,
    handler: async ({ ctx, reply, query }) => exportPatents(ctx, reply, query.q, query.format, query.asOf),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/patents/export',
    summary: '导出全部检索结果（检索式放在请求体中，长检索式用此方式；与 GET 相同）',
    tags,
    access: 'registry.read',
    readOnly: true,
    body: ZExportQuery,
    response: null,
    handler: async ({ ctx, reply, body }) => exportPatents(ctx, reply, body.q, body.format, body.asOf),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/patents/analysis',
    summary: '专利导航分析数据（年度、IPC、申请人、区域、法律状态）',
    tags,
    access: 'registry.read',
    query: ZAnalysisQuery,
    response: ZPatentSearchResult,
    handler: ({ ctx, query }) => analysePatents(ctx, query.q, query.asOf),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/patents/analysis',
    summary: '专利导航分析数据（检索式放在请求体中，长检索式用此方式；与 GET 相同）',
    tags,
    access: 'registry.read',
    readOnly: true,
    body: ZAnalysisQuery,
    response: ZPatentSearchResult,
    handler: ({ ctx, body }) => analysePatents(ctx, body.q, body.asOf),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/patents/analysis/export',
    summary: '分析数据导出 Excel',
    tags,
    access: 'registry.read',
    query: ZAnalysisQuery,
    response: null,
    handler: ({ ctx, reply, query }) => exportAnalysis(ctx, reply, query.q, query.asOf),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/patents/analysis/export',
    summary: '分析数据导出 Excel（检索式放在请求体中，长检索式用此方式；与 GET 相同）',
    tags,
    access: 'registry.read',
    readOnly: true,
    body: ZAnalysisQuery,
    response: null,
    handler: ({ ctx, reply, body }) => exportAnalysis(ctx, reply, body.q, body.asOf),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/patents/:id',
    summary: '专利详情（法律状态时间轴、高价值认定）',
    tags,
    access: 'registry.read',
    params: ZIdParams,
    response: ZPatentDetail,
    handler: ({ ctx, params }) => getPatent(ctx, params.id),
  }),
];
