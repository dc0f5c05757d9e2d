import { defineModule } from '../../platform/module.js';
import { geoIndicationRoutes } from './routes.js';

/** The geo-indications module: its routes. */
export const geoIndicationsModule = defineModule({
  name: 'geo-indications',
  routes: geoIndicationRoutes,
});
