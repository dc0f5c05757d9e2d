import { defineModule } from '../../platform/module.js';
import { orgRoutes } from './routes.js';

/** The orgs module: its routes. */
export const orgsModule = defineModule({
  name: 'orgs',
  routes: orgRoutes,
});
