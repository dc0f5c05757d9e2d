import { z } from 'zod';
import { ZChangePasswordBody, ZLoginBody, ZOk, ZSessionInfo } from '@zhichan/contract';
import { defineRoute } from '../../platform/routes.js';
import { changePassword, getSessionInfo, listRoles, login, logout, logoutEverywhere } from './service.js';

const tags = ['登录与会话 Auth'];

export const authRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/auth/session',
    summary: '当前会话（用户与 CSRF 令牌）',
    tags,
    access: 'public',
    response: ZSessionInfo,
    handler: ({ ctx, req }) => getSessionInfo(ctx, req),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/auth/login',
    summary: '登录',
    tags,
    access: 'public',
    body: ZLoginBody,
    response: ZSessionInfo,
    rateLimit: (config) => ({ max: config.login.ratePerMinute, timeWindow: '1 minute' }),
    handler: ({ ctx, req, reply, body }) => login(ctx, req, reply, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/auth/logout',
    allowBeforePasswordChange: true,
    summary: '退出登录',
    tags,
    access: 'authenticated',
    response: ZOk,
    handler: ({ ctx, actor, req, reply }) => logout(ctx, actor, req, reply),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/auth/logout-all',
    allowBeforePasswordChange: true,
    summary: '退出所有设备',
    tags,
    access: 'authenticated',
    response: ZOk,
    handler: ({ ctx, actor, reply }) => logoutEverywhere(ctx, actor, reply),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/auth/password',
    allowBeforePasswordChange: true,
    summary: '修改密码',
    tags,
    access: 'authenticated',
    body: ZChangePasswordBody,
    response: ZOk,
    handler: ({ ctx, actor, req, body }) => changePassword(ctx, actor, req, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/roles',
    summary: '角色与权限目录',
    tags,
    access: 'authenticated',
    response: z.array(
      z.object({ role: z.string(), zh: z.string(), en: z.string(), scope: z.string(), orgKinds: z.array(z.string()), permissions: z.array(z.string()) }),
    ),
    handler: () => Promise.resolve(listRoles()),
  }),
];
