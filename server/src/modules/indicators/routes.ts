import {
  ZImportCensusBody,
  ZImportCensusResult,
  ZIndicatorCatalogue,
  ZIndicatorValues,
  ZIndicatorValuesQuery,
  ZPopulationList,
  ZPopulationQuery,
  ZPutPopulationBasisBody,
  ZPutPopulationBody,
} from '@zhichan/contract';
import { defineRoute } from '../../platform/routes.js';
import { listIndicators } from './catalogue.js';
import { importCensus, listPopulation, putPopulation, putPopulationBasis } from './population-service.js';
import { indicatorValues } from './values.js';
import { reportedRoutes } from './reported-routes.js';
import { populationRoutes } from './population-routes.js';
import { valuesWorkbook, xlsxType } from './export.js';

const tags = ['指标监测 Indicators'];

export const indicatorRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/indicators/catalogue',
    summary: '指标目录（计算型/填报型）',
    tags,
    access: 'indicator.read',
    response: ZIndicatorCatalogue,
    handler: () => Promise.resolve(listIndicators()),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/indicators/values',
    summary: '指标值：本期、上年同期、同比、同级排名、来源（可下钻到下级区划）',
    tags,
    access: 'indicator.read',
    query: ZIndicatorValuesQuery,
    response: ZIndicatorValues,
    handler: ({ ctx, actor, query }) =>
      indicatorValues(ctx, actor, {
        keys: query.keys,
        regionCode: query.regionCode,
        period: query.period,
        includeChildren: query.includeChildren === 'true',
        depth: query.depth === 2 ? 2 : 1,
        basis: query.basis,
      }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/indicators/values/export',
    summary: '导出指标值（Excel）',
    tags,
    access: 'indicator.read',
    query: ZIndicatorValuesQuery,
    response: null,
    handler: async ({ ctx, actor, query, reply }) => {
      const v = await indicatorValues(ctx, actor, {
        keys: query.keys,
        regionCode: query.regionCode,
        period: query.period,
        includeChildren: query.includeChildren === 'true',
        depth: query.depth === 2 ? 2 : 1,
        basis: query.basis,
      });
      await reply
        .header('content-disposition', `attachment; filename="indicators-${query.regionCode}-${encodeURIComponent(query.period)}.xlsx"`)
        .type(xlsxType)
        .send(await valuesWorkbook(v));
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/population',
    summary: '人口数据（按区划、年份、口径）',
    tags,
    access: 'indicator.read',
    query: ZPopulationQuery,
    response: ZPopulationList,
    handler: ({ ctx, actor, query }) => listPopulation(ctx, actor, query.regionCode),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/population',
    summary: '录入或修改人口数据',
    tags,
    access: 'indicator.manage',
    body: ZPutPopulationBody,
    response: ZPopulationList,
    handler: ({ ctx, actor, body }) => putPopulation(ctx, actor, body),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/population/basis',
    summary: '选择每万人口指标的人口口径',
    tags,
    access: 'indicator.manage',
    body: ZPutPopulationBasisBody,
    response: ZPopulationList,
    handler: ({ ctx, actor, body }) => putPopulationBasis(ctx, actor, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/population/import-census',
    summary: '导入第七次全国人口普查人口数',
    tags,
    access: 'indicator.manage',
    body: ZImportCensusBody,
    response: ZImportCensusResult,
    handler: ({ ctx, actor, body }) => importCensus(ctx, actor, body.regionCode),
  }),
  ...reportedRoutes,
  ...populationRoutes,
];
