import { defineModule } from '../../platform/module.js';
import { notificationRoutes } from './routes.js';

/** The notifications module: its routes. */
export const notificationsModule = defineModule({
  name: 'notifications',
  routes: notificationRoutes,
});
