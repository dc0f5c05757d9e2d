import { ZEcommerceListQuery, ZEcommerceOpinion, ZEcommerceOpinionBody, ZEcommerceOpinionList, ZEcommerceRequestBody, ZIdParams } from '@zhichan/contract';
import { defineRoute } from '../../platform/routes.js';
import { findOpinions, getOpinion, issueOpinion, requestOpinion } from './service.js';

const tags = ['电商侵权判定咨询意见 E-commerce opinions'];
const base = '/api/ecommerce-opinions';

export const ecommerceOpinionRoutes = [
  defineRoute({
    method: 'GET',
    url: base,
    summary: '电商侵权判定咨询（本辖区）',
    tags,
    access: 'ecommerce.opinion',
    query: ZEcommerceListQuery,
    response: ZEcommerceOpinionList,
    handler: ({ ctx, actor, query }) => findOpinions(ctx, actor, query),
  }),
  defineRoute({
    method: 'GET',
    url: `${base}/:id`,
    summary: '电商侵权判定咨询详情',
    tags,
    access: 'ecommerce.opinion',
    params: ZIdParams,
    response: ZEcommerceOpinion,
    handler: ({ ctx, actor, params }) => getOpinion(ctx, actor, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: base,
    summary: '登记电商平台经营者或权利人的侵权判定咨询请求',
    tags,
    access: 'ecommerce.opinion',
    body: ZEcommerceRequestBody,
    response: ZEcommerceOpinion,
    status: 201,
    handler: ({ ctx, actor, body }) => requestOpinion(ctx, actor, body),
  }),
  defineRoute({
    method: 'POST',
    url: `${base}/:id/issue`,
    summary: '出具侵权判定咨询意见',
    tags,
    access: 'ecommerce.opinion',
    params: ZIdParams,
    body: ZEcommerceOpinionBody,
    response: ZEcommerceOpinion,
    handler: ({ ctx, actor, params, body }) => issueOpinion(ctx, actor, params.id, body),
  }),
];
