import { defineModule } from '../../platform/module.js';
import { planRoutes } from './routes.js';
import { registerOverdueSweep } from './overdue.js';

/** The plans module: its routes and what it registers with the platform. */
export const plansModule = defineModule({
  name: 'plans',
  routes: planRoutes,
  register: () => {
    registerOverdueSweep();
  },
});
