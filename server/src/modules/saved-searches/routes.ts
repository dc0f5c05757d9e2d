import { ZCreateSavedSearchBody, ZIdParams, ZOk, ZSavedSearch, ZSavedSearchList } from '@zhichan/contract';
import { defineRoute } from '../../platform/routes.js';
import { createSavedSearch, deleteSavedSearch, listSavedSearches } from './service.js';

const tags = ['检索式与提醒 Saved searches'];

export const savedSearchRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/saved-searches',
    summary: '我保存的检索式',
    tags,
    access: 'registry.read',
    response: ZSavedSearchList,
    handler: ({ ctx, actor }) => listSavedSearches(ctx, actor),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/saved-searches',
    summary: '保存检索式（导入新数据后站内提醒新命中）',
    tags,
    access: 'registry.read',
    body: ZCreateSavedSearchBody,
    response: ZSavedSearch,
    status: 201,
    handler: ({ ctx, actor, body }) => createSavedSearch(ctx, actor, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/saved-searches/:id',
    summary: '删除检索式',
    tags,
    access: 'registry.read',
    params: ZIdParams,
    response: ZOk,
    handler: ({ ctx, actor, params }) => deleteSavedSearch(ctx, actor, params.id),
  }),
];
