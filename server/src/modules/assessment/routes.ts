import { ZAssessmentScheme, ZAssessmentScores, ZIdParams, ZSaveSchemeBody, ZSchemeList, ZSchemeQuery } from '@zhichan/contract';
import { defineRoute } from '../../platform/routes.js';
import { createScheme, exportScores, listSchemes, schemeScores, updateScheme } from './service.js';

const tags = ['镇街考核 Assessment'];

export const assessmentRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/assessment/schemes',
    summary: '考核方案列表',
    tags,
    access: 'indicator.read',
    query: ZSchemeQuery,
    response: ZSchemeList,
    handler: ({ ctx, actor, query }) => listSchemes(ctx, actor, query.regionCode),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/assessment/schemes',
    summary: '新建考核方案（指标、权重、计分规则）',
    tags,
    access: 'indicator.manage',
    body: ZSaveSchemeBody,
    response: ZAssessmentScheme,
    status: 201,
    handler: ({ ctx, actor, body }) => createScheme(ctx, actor, body),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/assessment/schemes/:id',
    summary: '修改考核方案（排名随之重算）',
    tags,
    access: 'indicator.manage',
    params: ZIdParams,
    body: ZSaveSchemeBody,
    response: ZAssessmentScheme,
    handler: ({ ctx, actor, params, body }) => updateScheme(ctx, actor, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/assessment/schemes/:id/scores',
    summary: '镇街得分与排名（逐项明细）',
    tags,
    access: 'indicator.read',
    params: ZIdParams,
    response: ZAssessmentScores,
    handler: ({ ctx, actor, params }) => schemeScores(ctx, actor, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/assessment/schemes/:id/export',
    summary: '导出考核排名（Excel）',
    tags,
    access: 'indicator.read',
    params: ZIdParams,
    response: null,
    handler: async ({ ctx, actor, params, reply }) => {
      const f = await exportScores(ctx, actor, params.id);
      await reply
        .header('content-disposition', `attachment; filename="${f.fileName}"`)
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .send(f.data);
    },
  }),
];
