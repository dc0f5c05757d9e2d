import { defineModule } from '../../platform/module.js';
import { workbenchRoutes } from './routes.js';

/** The workbench (工作台): its route; the cards come from the modules that register them (platform/workbench.ts). */
export const workbenchModule = defineModule({
  name: 'workbench',
  routes: workbenchRoutes,
});
