import { defineModule } from '../../platform/module.js';
import { techMatchingRoutes } from './routes.js';
import { registerRematchHook } from './rematch.js';
import { registerWorkbenchCard } from '../../platform/workbench.js';
import { listMyDemands } from './demands.js';
import { listMyListings } from './listings.js';

/** The tech-matching module: its routes and what it registers with the platform. */
export const techMatchingModule = defineModule({
  name: 'tech-matching',
  routes: techMatchingRoutes,
  register: () => {
    registerWorkbenchCard({
      key: 'tech.mine',
      kind: 'shortcut',
      permission: 'tech.post',
      link: '/tech/mine',
      order: 40,
      count: async (ctx, actor) => {
        const q = { page: 1, pageSize: 1 };
        return (await listMyDemands(ctx, actor, q)).total + (await listMyListings(ctx, actor, q)).total;
      },
    });
    registerWorkbenchCard({ key: 'tech.supply', kind: 'shortcut', permission: 'authenticated', link: '/tech/supply', order: 50 });
    registerRematchHook();
  },
});
