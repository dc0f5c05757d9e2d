import { ZIdParams, ZTrademark, ZTrademarkList, ZTrademarkQuery } from '@zhichan/contract';
import { defineRoute } from '../../platform/routes.js';
import { getTrademark, listTrademarks } from './service.js';

const tags = ['商标 Trademarks'];

export const trademarkRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/trademarks',
    summary: '商标列表',
    tags,
    access: 'registry.read',
    query: ZTrademarkQuery,
    response: ZTrademarkList,
    handler: ({ ctx, query }) => listTrademarks(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/trademarks/:id',
    summary: '商标详情',
    tags,
    access: 'registry.read',
    params: ZIdParams,
    response: ZTrademark,
    handler: ({ ctx, params }) => getTrademark(ctx, params.id),
  }),
];
