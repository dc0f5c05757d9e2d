import { defineModule } from '../../platform/module.js';
import { workflowRoutes } from './routes.js';
import { registerWorkbenchCard } from '../../platform/workbench.js';
import { findWorkQueue } from '../../platform/work-items.js';

/** The workflow module: its routes. */
export const workflowModule = defineModule({
  name: 'workflow',
  routes: workflowRoutes,
  register: () => {
    registerWorkbenchCard({
      key: 'workflow.queue',
      kind: 'queue',
      permission: 'authenticated',
      link: '/work-queue',
      order: 10,
      count: async (ctx, actor) => {
        const q = await findWorkQueue(ctx, actor);
        return { count: q.total, overdue: q.overdue };
      },
    });
  },
});
