import { defineModule } from '../../platform/module.js';
import { assessmentRoutes } from './routes.js';

/** The assessment module: its routes. */
export const assessmentModule = defineModule({
  name: 'assessment',
  routes: assessmentRoutes,
});
