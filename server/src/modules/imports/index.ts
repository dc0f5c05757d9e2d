import { defineModule } from '../../platform/module.js';
import { registerPeriodicSweep } from '../../platform/work-items.js';
import { importRoutes } from './routes.js';
import { sweepStaleImports } from './service.js';

/** The imports module: its routes, and the periodic sweep that marks killed jobs interrupted. */
export const importsModule = defineModule({
  name: 'imports',
  routes: importRoutes,
  register: () => {
    registerPeriodicSweep('imports.interrupt_stale', sweepStaleImports);
  },
});
