import { ZRegionChildrenQuery, ZRegionCodeParams, ZRegionList } from '@zhichan/contract';
import { defineRoute } from '../../platform/routes.js';
import { getRegionPath, listChildRegions } from './service.js';

const tags = ['行政区划 Regions'];

export const regionRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/regions',
    summary: '下级行政区划（省 → 市 → 县区 → 乡镇街道）',
    tags,
    access: 'public',
    query: ZRegionChildrenQuery,
    response: ZRegionList,
    handler: ({ ctx, query }) => listChildRegions(ctx, query.parent),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/regions/:code/path',
    summary: '行政区划及其上级链',
    tags,
    access: 'public',
    params: ZRegionCodeParams,
    response: ZRegionList,
    handler: ({ ctx, params }) => getRegionPath(ctx, params.code),
  }),
];
