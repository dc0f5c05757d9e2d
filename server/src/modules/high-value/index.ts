import { defineModule } from '../../platform/module.js';
import { highValueRoutes } from './routes.js';
import { registerValueFactsHook } from './facts.js';

/** The high-value module: its routes and what it registers with the platform. */
export const highValueModule = defineModule({
  name: 'high-value',
  routes: highValueRoutes,
  register: () => {
    registerValueFactsHook();
  },
});
