import { defineModule } from '../../platform/module.js';
import { techMatchingRoutes } from './routes.js';
import { registerRematchHook } from './rematch.js';

/** The tech-matching module: its routes and what it registers with the platform. */
export const techMatchingModule = defineModule({
  name: 'tech-matching',
  routes: techMatchingRoutes,
  register: () => {
    registerRematchHook();
  },
});
