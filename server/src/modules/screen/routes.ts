import { ZIndexWeights, ZIndexWeightsQuery, ZPutIndexWeightsBody, ZScreenData, ZScreenMap, ZScreenMapQuery, ZScreenQuery } from '@zhichan/contract';
import { defineRoute } from '../../platform/routes.js';
import { getScreenBody } from './screen-cache.js';
import { getIndexWeights, getScreenMap, setIndexWeights } from './service.js';

const tags = ['监测大屏 Monitoring screen'];

export const screenRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/screen',
    summary: '监测大屏"一图一指数"的全部数据（一次加载）',
    tags,
    access: 'indicator.read',
    query: ZScreenQuery,
    response: ZScreenData,
    // Sent pre-serialised from the screen's cache, with an ETag (304 when unchanged).
    handler: ({ ctx, actor, query }) => getScreenBody(ctx, actor, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/screen/map',
    summary: '下级行政区划示意图（六边形拼图，由区划树生成，非真实边界）',
    tags,
    access: 'indicator.read',
    query: ZScreenMapQuery,
    response: ZScreenMap,
    handler: ({ ctx, actor, query }) => getScreenMap(ctx, actor, query.region),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/screen/index-weights',
    summary: '综合指数权重',
    tags,
    access: 'indicator.read',
    query: ZIndexWeightsQuery,
    response: ZIndexWeights,
    handler: ({ ctx, actor, query }) => getIndexWeights(ctx, actor, query.region),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/screen/index-weights',
    summary: '设置本地区综合指数权重',
    tags,
    access: 'indicator.manage',
    body: ZPutIndexWeightsBody,
    response: ZIndexWeights,
    handler: ({ ctx, actor, body }) => setIndexWeights(ctx, actor, body),
  }),
];
