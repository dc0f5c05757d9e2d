import { ZCreateUserBody, ZIdParams, ZResetPasswordBody, ZUpdateUserBody, ZUser, ZUserList, ZUserListQuery } from '@zhichan/contract';
import { defineRoute } from '../../platform/routes.js';
import { createUser, getUser, listUsers, resetUserPassword, unlockUser, updateUserDetails } from './service.js';

const tags = ['用户 Users'];

export const userRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/users',
    summary: '用户列表（管辖范围内，电话脱敏）',
    tags,
    access: 'user.read',
    query: ZUserListQuery,
    response: ZUserList,
    handler: ({ ctx, actor, query }) => listUsers(ctx, actor, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/users',
    summary: '新建用户',
    tags,
    access: 'user.manage',
    body: ZCreateUserBody,
    response: ZUser,
    status: 201,
    handler: ({ ctx, actor, body }) => createUser(ctx, actor, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/users/:id',
    summary: '用户详情',
    tags,
    access: 'user.read',
    params: ZIdParams,
    response: ZUser,
    handler: ({ ctx, actor, params }) => getUser(ctx, actor, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/users/:id',
    summary: '修改用户（姓名、角色、电话、停用）',
    tags,
    access: 'user.manage',
    params: ZIdParams,
    body: ZUpdateUserBody,
    response: ZUser,
    handler: ({ ctx, actor, params, body }) => updateUserDetails(ctx, actor, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/users/:id/reset-password',
    summary: '重置密码',
    tags,
    access: 'user.manage',
    params: ZIdParams,
    body: ZResetPasswordBody,
    response: ZUser,
    handler: ({ ctx, actor, params, body }) => resetUserPassword(ctx, actor, params.id, body.newPassword),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/users/:id/unlock',
    summary: '解除登录锁定',
    tags,
    access: 'user.manage',
    params: ZIdParams,
    response: ZUser,
    handler: ({ ctx, actor, params }) => unlockUser(ctx, actor, params.id),
  }),
];
