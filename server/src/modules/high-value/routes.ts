import {
  ZAwardImportBody,
  ZConcordance,
  ZHighValueCounts,
  ZHighValueCountsQuery,
  ZHighValueSettings,
  ZPledgeImportBody,
  ZReplaceConcordanceBody,
  ZValueFactImportResult,
} from '@zhichan/contract';
import { importAwards, importPledges } from './fact-imports.js';
import { defineRoute } from '../../platform/routes.js';
import { countHighValue, getConcordance, getHighValueSettings, setConcordance, setHighValueSettings } from './service.js';

const tags = ['高价值发明专利 High-value patents'];

export const highValueRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/high-value/concordance',
    summary: '战略性新兴产业与 IPC 参照关系表',
    tags,
    access: 'registry.read',
    response: ZConcordance,
    handler: ({ ctx }) => getConcordance(ctx),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/high-value/concordance',
    summary: '替换参照关系表（重新评估全部专利）',
    tags,
    access: 'registry.manage',
    body: ZReplaceConcordanceBody,
    response: ZConcordance,
    handler: ({ ctx, actor, body }) => setConcordance(ctx, actor, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/high-value/settings',
    summary: '高价值认定参数（质押金额门槛）',
    tags,
    access: 'registry.read',
    response: ZHighValueSettings,
    handler: ({ ctx }) => getHighValueSettings(ctx),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/high-value/settings',
    summary: '修改高价值认定参数',
    tags,
    access: 'registry.manage',
    body: ZHighValueSettings,
    response: ZHighValueSettings,
    handler: ({ ctx, actor, body }) => setHighValueSettings(ctx, actor, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/high-value/counts',
    summary: '有效发明专利与高价值发明专利数（按下级行政区划）',
    tags,
    access: 'registry.read',
    query: ZHighValueCountsQuery,
    response: ZHighValueCounts,
    handler: ({ ctx, actor, query }) => countHighValue(ctx, actor, query.regionCode, query.date),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/high-value/awards/import',
    summary: '导入获奖记录（中国专利奖、省专利奖等：奖项、级别、年度、专利）',
    tags,
    access: 'registry.manage',
    body: ZAwardImportBody,
    response: ZValueFactImportResult,
    handler: ({ ctx, actor, body }) => importAwards(ctx, actor, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/high-value/pledges/import',
    summary: '导入专利权质押登记（国家知识产权局登记号、日期、金额）',
    tags,
    access: 'registry.manage',
    body: ZPledgeImportBody,
    response: ZValueFactImportResult,
    handler: ({ ctx, actor, body }) => importPledges(ctx, actor, body),
  }),
];
