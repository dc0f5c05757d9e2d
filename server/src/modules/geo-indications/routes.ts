import { ZAddGiUserBody, ZCreateGiBody, ZGeoIndication, ZGiList, ZGiQuery, ZIdParams } from '@zhichan/contract';
import { defineRoute } from '../../platform/routes.js';
import { addGiUser, createGi, getGi, listGis } from './service.js';

const tags = ['地理标志 Geographical indications'];

export const geoIndicationRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/geo-indications',
    summary: '地理标志列表',
    tags,
    access: 'registry.read',
    query: ZGiQuery,
    response: ZGiList,
    handler: ({ ctx, query }) => listGis(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/geo-indications/:id',
    summary: '地理标志详情及专用标志使用人',
    tags,
    access: 'registry.read',
    params: ZIdParams,
    response: ZGeoIndication,
    handler: ({ ctx, params }) => getGi(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/geo-indications',
    summary: '登记地理标志',
    tags,
    access: 'registry.manage',
    body: ZCreateGiBody,
    response: ZGeoIndication,
    status: 201,
    handler: ({ ctx, actor, body }) => createGi(ctx, actor, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/geo-indications/:id/users',
    summary: '新增专用标志使用人',
    tags,
    access: 'registry.manage',
    params: ZIdParams,
    body: ZAddGiUserBody,
    response: ZGeoIndication,
    handler: ({ ctx, actor, params, body }) => addGiUser(ctx, actor, params.id, body),
  }),
];
