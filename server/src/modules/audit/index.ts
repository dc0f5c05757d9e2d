import { defineModule } from '../../platform/module.js';
import { auditRoutes } from './routes.js';

/** The audit module: its routes. */
export const auditModule = defineModule({
  name: 'audit',
  routes: auditRoutes,
});
