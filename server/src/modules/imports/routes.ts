import { ZIdParams, ZImportJob, ZImportJobList, ZImportJobQuery } from '@zhichan/contract';
import { defineRoute } from '../../platform/routes.js';
import { readUpload } from '../../platform/uploads.js';
import { getImportJob, importErrorsCsv, importUploadRules, listImportJobs, startImport } from './service.js';

const tags = ['数据导入 Imports'];

export const importRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/imports',
    summary: '上传并导入专利或商标数据（multipart：file，kind=patents|trademarks）',
    tags,
    access: 'registry.manage',
    response: ZImportJob,
    status: 201,
    handler: async ({ ctx, actor, req }) => {
      const upload = await readUpload(req, importUploadRules);
      return startImport(ctx, actor, { filename: upload.filename, file: upload.stream, fields: upload.fields });
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/imports',
    summary: '导入任务列表',
    tags,
    access: 'registry.manage',
    query: ZImportJobQuery,
    response: ZImportJobList,
    handler: ({ ctx, actor, query }) => listImportJobs(ctx, actor, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/imports/:id',
    summary: '导入任务进度',
    tags,
    access: 'registry.manage',
    params: ZIdParams,
    response: ZImportJob,
    handler: ({ ctx, actor, params }) => getImportJob(ctx, actor, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/imports/:id/errors',
    summary: '下载错误报告（CSV：行号、原因、原始数据）',
    tags,
    access: 'registry.manage',
    params: ZIdParams,
    response: null,
    handler: async ({ ctx, actor, params, reply }) => {
      const csv = await importErrorsCsv(ctx, actor, params.id);
      await reply.header('content-disposition', `attachment; filename="import-errors-${params.id}.csv"`).type('text/csv; charset=utf-8').send(csv);
    },
  }),
];
