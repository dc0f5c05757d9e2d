import { defineModule } from '../../platform/module.js';
import { indicatorRoutes } from './routes.js';
import { registerRegistryProviders } from './registry-providers.js';
import { registerUtilizationProviders } from './utilization-providers.js';
import { registerWorkbenchCard } from '../../platform/workbench.js';
import { listReported } from './reported.js';

/** The indicators module: its routes and what it registers with the platform. */
export const indicatorsModule = defineModule({
  name: 'indicators',
  routes: indicatorRoutes,
  register: () => {
    registerWorkbenchCard({
      key: 'indicators.pendingFigures',
      kind: 'queue',
      permission: 'indicator.review',
      link: '/indicators/reported',
      order: 50,
      count: async (ctx, actor) => (await listReported(ctx, actor, { status: 'pending', page: 1, pageSize: 1 })).total,
    });
    registerRegistryProviders();
    registerUtilizationProviders();
  },
});
