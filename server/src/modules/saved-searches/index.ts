import { defineModule } from '../../platform/module.js';
import { savedSearchRoutes } from './routes.js';

/** The saved-searches module: its routes. */
export const savedSearchesModule = defineModule({
  name: 'saved-searches',
  routes: savedSearchRoutes,
});
