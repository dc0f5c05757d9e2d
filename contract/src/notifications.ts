import { z } from 'zod';
import { ZPageQuery, ZPaged } from './common.js';

export const ZNotification = z.object({
  id: z.number().int(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof ZNotification>;
export const ZNotificationQuery = ZPageQuery.extend({ unread: z.enum(['1', '0']).optional() });
export const ZNotificationList = ZPaged(ZNotification).extend({ unread: z.number().int() });
export const ZUnreadCount = z.object({ unread: z.number().int() });
