import { ZPopulationImportResult, ZPopulationQuery } from '@zhichan/contract';
import { defineRoute } from '../../platform/routes.js';
import { readUpload } from '../../platform/uploads.js';
import { workbookUploadRules } from './workbook-reader.js';
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
      const upload = await readUpload(req, workbookUploadRules);
      return importPopulationWorkbook(ctx, actor, upload.filename, await upload.buffer());
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
