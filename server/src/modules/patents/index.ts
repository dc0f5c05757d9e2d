import { defineModule } from '../../platform/module.js';
import { patentRoutes } from './routes.js';
import { onPatentsWritten } from './write-hooks.js';
import { indexPatents } from './search/index.js';
import { registerCreationSection } from './profile-section.js';

/** The patents module: its routes and what it registers with the platform. */
export const patentsModule = defineModule({
  name: 'patents',
  routes: patentRoutes,
  register: () => {
    onPatentsWritten(indexPatents);
    registerCreationSection();
  },
});
