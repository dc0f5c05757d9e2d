import { defineModule } from '../../platform/module.js';
import { authRoutes } from './routes.js';

/** The auth module: its routes. */
export const authModule = defineModule({
  name: 'auth',
  routes: authRoutes,
});
