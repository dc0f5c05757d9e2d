import { defineModule } from '../../platform/module.js';
import { importRoutes } from './routes.js';

/** The imports module: its routes. */
export const importsModule = defineModule({
  name: 'imports',
  routes: importRoutes,
});
