import { defineModule } from '../../platform/module.js';
import { notificationRoutes } from './routes.js';
import { registerWorkbenchCard } from '../../platform/workbench.js';
import { unreadCount } from './service.js';

/** The notifications module: its routes. */
export const notificationsModule = defineModule({
  name: 'notifications',
  routes: notificationRoutes,
  register: () => {
    registerWorkbenchCard({
      key: 'notifications.unread',
      kind: 'queue',
      permission: 'authenticated',
      link: '/notifications?unread=1',
      order: 90,
      count: async (ctx, actor) => (await unreadCount(ctx, actor)).unread,
    });
  },
});
