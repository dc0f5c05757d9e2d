import { defineModule } from '../../platform/module.js';
import { workflowRoutes } from './routes.js';

/** The workflow module: its routes. */
export const workflowModule = defineModule({
  name: 'workflow',
  routes: workflowRoutes,
});
