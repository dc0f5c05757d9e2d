import { ZIdParams, ZNotificationList, ZNotificationQuery, ZUnreadCount } from '@zhichan/contract';
import { defineRoute } from '../../platform/routes.js';
import { listNotifications, markAllRead, markRead, unreadCount } from './service.js';

const tags = ['站内通知 Notifications'];

export const notificationRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/notifications',
    summary: '我的通知',
    tags,
    access: 'authenticated',
    query: ZNotificationQuery,
    response: ZNotificationList,
    handler: ({ ctx, actor, query }) => listNotifications(ctx, actor, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/notifications/unread-count',
    summary: '未读通知数',
    tags,
    access: 'authenticated',
    response: ZUnreadCount,
    handler: ({ ctx, actor }) => unreadCount(ctx, actor),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/notifications/:id/read',
    summary: '标记已读',
    tags,
    access: 'authenticated',
    params: ZIdParams,
    response: ZUnreadCount,
    handler: ({ ctx, actor, params }) => markRead(ctx, actor, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/notifications/read-all',
    summary: '全部标记已读',
    tags,
    access: 'authenticated',
    response: ZUnreadCount,
    handler: ({ ctx, actor }) => markAllRead(ctx, actor),
  }),
];
