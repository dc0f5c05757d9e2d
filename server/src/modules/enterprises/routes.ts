import {
  ZEnterpriseList,
  ZEnterpriseListQuery,
  ZEnterpriseProfile,
  ZIdParams,
  ZRegisterEnterpriseBody,
  ZRejectBody,
  ZResubmitBody,
  ZSessionInfo,
  ZSetTagsBody,
  ZUpdateEnterpriseBody,
} from '@zhichan/contract';
import { anonymousActor, defineRoute } from '../../platform/routes.js';
import { forbidden } from '../../platform/errors.js';
import { getEnterpriseProfile, getMyEnterprise, listEnterprises, setEnterpriseTags, updateEnterpriseFacts } from './service.js';
import { registerEnterprise, resubmitEnterprise, reviewEnterprise } from './registration.js';

const tags = ['企业（一户一档） Enterprises'];

export const enterpriseRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/enterprises/register',
    summary: '企业自助注册（统一社会信用代码校验，提交后待所在地知识产权局实名审核）',
    tags,
    access: 'public',
    body: ZRegisterEnterpriseBody,
    response: ZSessionInfo,
    status: 201,
    rateLimit: (config) => ({ max: config.login.ratePerMinute, timeWindow: '1 minute' }),
    handler: ({ ctx, actor, req, reply, body }) => {
      if (actor) throw forbidden('您已登录，请先退出后再注册新企业');
      return registerEnterprise(ctx, anonymousActor(req), req, reply, body);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/enterprises',
    summary: '企业列表（管辖范围内，联系方式脱敏）',
    tags,
    access: 'enterprise.read',
    query: ZEnterpriseListQuery,
    response: ZEnterpriseList,
    handler: ({ ctx, actor, query }) => listEnterprises(ctx, actor, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/enterprises/mine',
    summary: '本企业档案',
    tags,
    access: 'authenticated',
    response: ZEnterpriseProfile,
    handler: ({ ctx, actor }) => getMyEnterprise(ctx, actor),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/enterprises/:id',
    summary: '企业档案（一户一档）',
    tags,
    access: 'authenticated',
    params: ZIdParams,
    response: ZEnterpriseProfile,
    handler: ({ ctx, actor, params }) => getEnterpriseProfile(ctx, actor, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/enterprises/:id',
    summary: '企业修改本企业档案与联系人',
    tags,
    access: 'enterprise.self',
    params: ZIdParams,
    body: ZUpdateEnterpriseBody,
    response: ZEnterpriseProfile,
    handler: ({ ctx, actor, params, body }) => updateEnterpriseFacts(ctx, actor, params.id, body),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/enterprises/:id/tags',
    summary: '设置企业标签（高企、专精特新等）',
    tags,
    access: 'enterprise.tag',
    params: ZIdParams,
    body: ZSetTagsBody,
    response: ZEnterpriseProfile,
    handler: ({ ctx, actor, params, body }) => setEnterpriseTags(ctx, actor, params.id, body.tags),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/enterprises/:id/approve',
    summary: '实名审核通过',
    tags,
    access: 'enterprise.review',
    params: ZIdParams,
    response: ZEnterpriseProfile,
    handler: ({ ctx, actor, params }) => reviewEnterprise(ctx, actor, params.id, { action: 'approve' }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/enterprises/:id/reject',
    summary: '实名审核驳回（须填写原因）',
    tags,
    access: 'enterprise.review',
    params: ZIdParams,
    body: ZRejectBody,
    response: ZEnterpriseProfile,
    handler: ({ ctx, actor, params, body }) => reviewEnterprise(ctx, actor, params.id, { action: 'reject', reason: body.reason }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/enterprises/:id/resubmit',
    summary: '驳回后修改并重新提交',
    tags,
    access: 'authenticated',
    params: ZIdParams,
    body: ZResubmitBody,
    response: ZEnterpriseProfile,
    handler: ({ ctx, actor, params, body }) => resubmitEnterprise(ctx, actor, params.id, body),
  }),
];
