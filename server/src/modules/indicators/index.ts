import { defineModule } from '../../platform/module.js';
import { indicatorRoutes } from './routes.js';
import { registerRegistryProviders } from './registry-providers.js';
import { registerUtilizationProviders } from './utilization-providers.js';

export { patentSnapshot, patentDataVersion, snapshotScope, type PatentSnapshot } from './patent-snapshot.js';
export { warmIndicatorCaches } from './warm.js';

/** The indicators module: its routes and what it registers with the platform. */
export const indicatorsModule = defineModule({
  name: 'indicators',
  routes: indicatorRoutes,
  register: () => {
    registerRegistryProviders();
    registerUtilizationProviders();
  },
});
