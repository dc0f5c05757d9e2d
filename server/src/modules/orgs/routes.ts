import { ZCreateOrgBody, ZIdParams, ZOrg, ZOrgList, ZOrgListQuery, ZUpdateOrgBody } from '@zhichan/contract';
import { defineRoute } from '../../platform/routes.js';
import { createOrg, getOrg, listOrgs, updateOrgDetails } from './service.js';

const tags = ['机构 Organisations'];

export const orgRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/orgs',
    summary: '机构列表（管辖范围内）',
    tags,
    access: 'org.read',
    query: ZOrgListQuery,
    response: ZOrgList,
    handler: ({ ctx, actor, query }) => listOrgs(ctx, actor, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/orgs',
    summary: '新建机构',
    tags,
    access: 'org.manage',
    body: ZCreateOrgBody,
    response: ZOrg,
    status: 201,
    handler: ({ ctx, actor, body }) => createOrg(ctx, actor, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/orgs/:id',
    summary: '机构详情',
    tags,
    access: 'org.read',
    params: ZIdParams,
    response: ZOrg,
    handler: ({ ctx, actor, params }) => getOrg(ctx, actor, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/orgs/:id',
    summary: '修改机构（名称、停用/启用）',
    tags,
    access: 'org.manage',
    params: ZIdParams,
    body: ZUpdateOrgBody,
    response: ZOrg,
    handler: ({ ctx, actor, params, body }) => updateOrgDetails(ctx, actor, params.id, body),
  }),
];
