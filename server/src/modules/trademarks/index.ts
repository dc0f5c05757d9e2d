import { defineModule } from '../../platform/module.js';
import { trademarkRoutes } from './routes.js';

/** The trademarks module: its routes. */
export const trademarksModule = defineModule({
  name: 'trademarks',
  routes: trademarkRoutes,
});
