// Type augmentation of FastifyRequest (isMultipart, file) for any program that includes this file.
import type {} from '@fastify/multipart';
import { ZPopulationImportResult, ZPopulationQuery } from '@zhichan/contract';
import { badRequest } from '../../platform/errors.js';
import { defineRoute } from '../../platform/routes.js';
import { xlsxType } from './export.js';
import { importPopulationWorkbook } from './population-import.js';
import { listPopulation } from './population-service.js';
import { populationTemplate, populationWorkbook } from './population-workbooks.js';

const tags = ['指标监测 Indicators'];

/** Population series in Excel: import with per-row reasons, the template, the export. */
export const populationRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/population/import',
    summary: '从 Excel 导入人口数据（区划代码、年份、口径、人口、来源；逐行校验）',
    tags,
    access: 'indicator.manage',
    response: ZPopulationImportResult,
    handler: async ({ ctx, actor, req }) => {
      if (!req.isMultipart()) throw badRequest('请以 multipart/form-data 上传 Excel 文件', { file: '缺少文件' });
      const part = await req.file();
      if (!part) throw badRequest('缺少文件', { file: '缺少文件' });
      return importPopulationWorkbook(ctx, actor, part.filename, await part.toBuffer());
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/population/template',
    summary: '人口数据导入模板（Excel）',
    tags,
    access: 'indicator.read',
    response: null,
    handler: async ({ reply }) => {
      await reply
        .header('content-disposition', 'attachment; filename="population-template.xlsx"')
        .type(xlsxType)
        .send(await populationTemplate());
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/population/export',
    summary: '导出人口数据（Excel）',
    tags,
    access: 'indicator.read',
    query: ZPopulationQuery,
    response: null,
    handler: async ({ ctx, actor, query, reply }) => {
      const list = await listPopulation(ctx, actor, query.regionCode);
      await reply
        .header('content-disposition', `attachment; filename="population-${query.regionCode}.xlsx"`)
        .type(xlsxType)
        .send(await populationWorkbook(list.items));
    },
  }),
];
