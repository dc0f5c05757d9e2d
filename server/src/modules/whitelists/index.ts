import { defineModule } from '../../platform/module.js';
import { registerWorkbenchCard } from '../../platform/workbench.js';
import { whitelistRoutes } from './routes.js';
import { listPushed } from './queries.js';

/** Credit white lists (授信白名单) pushed both ways between the bureau and the banks. */
export const whitelistsModule = defineModule({
  name: 'whitelists',
  routes: whitelistRoutes,
  register: () => {
    registerWorkbenchCard({
      key: 'whitelists.pushed',
      kind: 'shortcut',
      permission: 'whitelist.bank',
      link: '/bank/whitelists',
      order: 20,
      count: async (ctx, actor) => (await listPushed(ctx, actor, { page: 1, pageSize: 1 })).total,
    });
  },
});
