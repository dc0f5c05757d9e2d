import { defineModule } from '../../platform/module.js';
import { screenRoutes } from './routes.js';
import { registerHolderIndexHook } from './holder-index.js';

/** The screen module: its routes and what it registers with the platform. */
export const screenModule = defineModule({
  name: 'screen',
  routes: screenRoutes,
  register: () => {
    registerHolderIndexHook();
  },
});
