import { ZIdParams, ZKeyMark, ZKeyMarkBody, ZKeyMarkFlags, ZKeyMarkFlagsQuery, ZKeyMarkList, ZKeyMarkQuery, ZRemoveKeyMarkBody } from '@zhichan/contract';
import { defineRoute } from '../../platform/routes.js';
import { flagsForRoute, listKeyMark, listKeyMarks, removeKeyMark } from './service.js';

const tags = ['重点商标 Key trademarks'];
const base = '/api/key-marks';

export const keyMarksRoutes = [
  defineRoute({
    method: 'GET',
    url: base,
    summary: '重点商标保护名录（公开）',
    tags,
    access: 'public',
    query: ZKeyMarkQuery,
    response: ZKeyMarkList,
    handler: ({ ctx, query }) => listKeyMarks(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: `${base}/flags`,
    summary: '商标或商标名称是否在重点商标保护名录中（商标页、投诉、展会报备标注用）',
    tags,
    access: 'public',
    query: ZKeyMarkFlagsQuery,
    response: ZKeyMarkFlags,
    handler: ({ ctx, query }) => flagsForRoute(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    url: base,
    summary: '列入重点商标保护名录',
    tags,
    access: 'registry.manage',
    body: ZKeyMarkBody,
    response: ZKeyMark,
    status: 201,
    handler: ({ ctx, actor, body }) => listKeyMark(ctx, actor, body),
  }),
  defineRoute({
    method: 'POST',
    url: `${base}/:id/remove`,
    summary: '移出重点商标保护名录（列入地区的工作人员）',
    tags,
    access: 'registry.manage',
    params: ZIdParams,
    body: ZRemoveKeyMarkBody,
    response: ZKeyMark,
    handler: ({ ctx, actor, params, body }) => removeKeyMark(ctx, actor, params.id, body),
  }),
];
