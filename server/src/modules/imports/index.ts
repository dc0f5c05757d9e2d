import { defineModule } from '../../platform/module.js';
import { registerPeriodicSweep } from '../../platform/work-items.js';
import { importRoutes } from './routes.js';
import { sweepStaleImports } from './service.js';
import { registerWorkbenchCard } from '../../platform/workbench.js';

/** The imports module: its routes, and the periodic sweep that marks killed jobs interrupted. */
export const importsModule = defineModule({
  name: 'imports',
  routes: importRoutes,
  register: () => {
    registerWorkbenchCard({ key: 'imports.jobs', kind: 'shortcut', permission: 'registry.manage', link: '/imports', order: 20 });
    registerPeriodicSweep('imports.interrupt_stale', sweepStaleImports);
  },
});
