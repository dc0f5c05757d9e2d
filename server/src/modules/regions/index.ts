import { defineModule } from '../../platform/module.js';
import { regionRoutes } from './routes.js';

export { regionAncestry } from './ancestry.js';

/** The regions module: its routes. */
export const regionsModule = defineModule({
  name: 'regions',
  routes: regionRoutes,
});
