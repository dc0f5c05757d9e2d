import { defineModule } from '../../platform/module.js';
import { regionRoutes } from './routes.js';

/** The regions module: its routes. */
export const regionsModule = defineModule({
  name: 'regions',
  routes: regionRoutes,
});
