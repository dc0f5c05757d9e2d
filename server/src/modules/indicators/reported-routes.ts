import { ZCreateReportedBody, ZIdParams, ZReportedFigure, ZReportedImportResult, ZReportedPage, ZReportedQuery, ZReviewReportedBody } from '@zhichan/contract';
import { defineRoute } from '../../platform/routes.js';
import { readUpload } from '../../platform/uploads.js';
import { workbookUploadRules } from './workbook-reader.js';
import { importReportedWorkbook } from './importer.js';
import { reportedWorkbook, xlsxType } from './export.js';
import { createReported, getReported, listReported, reviewReported } from './reported.js';

const tags = ['指标监测 Indicators'];

export const reportedRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/indicators/reported',
    summary: '填报数据（审核队列：status=pending|on_hold）',
    tags,
    access: 'indicator.read',
    query: ZReportedQuery,
    response: ZReportedPage,
    handler: ({ ctx, actor, query }) => listReported(ctx, actor, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/indicators/reported/export',
    summary: '导出填报数据（Excel，最多 5000 行）',
    tags,
    access: 'indicator.read',
    query: ZReportedQuery,
    response: null,
    handler: async ({ ctx, actor, query, reply }) => {
      const page = await listReported(ctx, actor, { ...query, page: 1, pageSize: 5000 });
      await reply
        .header('content-disposition', 'attachment; filename="reported-figures.xlsx"')
        .type(xlsxType)
        .send(await reportedWorkbook(page.items));
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/indicators/reported',
    summary: '填报一项指标数据（附来源文件，待他人审核）',
    tags,
    access: 'indicator.report',
    body: ZCreateReportedBody,
    response: ZReportedFigure,
    status: 201,
    handler: ({ ctx, actor, body }) => createReported(ctx, actor, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/indicators/reported/:id',
    summary: '一项填报数据',
    tags,
    access: 'indicator.read',
    params: ZIdParams,
    response: ZReportedFigure,
    handler: ({ ctx, actor, params }) => getReported(ctx, actor, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/indicators/reported/:id/review',
    summary: '审核填报数据（通过/退回；录入人不能审核本人数据）',
    tags,
    access: 'indicator.review',
    params: ZIdParams,
    body: ZReviewReportedBody,
    response: ZReportedFigure,
    handler: ({ ctx, actor, params, body }) => reviewReported(ctx, actor, params.id, body.decision, body.note),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/indicators/reported/import',
    summary: '从 Excel 导入填报数据（每个工作表一个统计期，每行一个区划×指标）',
    tags,
    access: 'indicator.report',
    response: ZReportedImportResult,
    handler: async ({ ctx, actor, req }) => {
      const upload = await readUpload(req, workbookUploadRules);
      return importReportedWorkbook(ctx, actor, upload.filename, await upload.buffer());
    },
  }),
];
