import { defineModule } from '../../platform/module.js';
import { patentRoutes } from './routes.js';
import { onPatentsWritten } from './write-hooks.js';
import { indexPatents } from './search/index.js';
import { registerCreationSection } from './profile-section.js';

export { endedCondition, hasEndedOn, inForceCondition, isInForceOn, patentDateColumns, ymdDates, type InForceDates } from './in-force.js';

/** The patents module: its routes and what it registers with the platform. */
export const patentsModule = defineModule({
  name: 'patents',
  routes: patentRoutes,
  register: () => {
    onPatentsWritten(indexPatents);
    registerCreationSection();
  },
});
