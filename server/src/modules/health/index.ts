import { defineModule } from '../../platform/module.js';
import { healthRoutes } from './routes.js';

/** The health module: its routes. */
export const healthModule = defineModule({
  name: 'health',
  routes: healthRoutes,
});
