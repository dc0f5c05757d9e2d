import { defineModule } from '../../platform/module.js';
import { patentRoutes } from './routes.js';
import { onPatentsWritten } from './write-hooks.js';
import { indexPatents } from './search/index.js';
import { registerCreationSection } from './profile-section.js';
import { registerWorkbenchCard } from '../../platform/workbench.js';

/** The patents module: its routes and what it registers with the platform. */
export const patentsModule = defineModule({
  name: 'patents',
  routes: patentRoutes,
  register: () => {
    registerWorkbenchCard({ key: 'patents.search', kind: 'shortcut', permission: 'registry.read', link: '/patents/search', order: 10 });
    onPatentsWritten(indexPatents);
    registerCreationSection();
  },
});
