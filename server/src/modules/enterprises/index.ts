import { defineModule } from '../../platform/module.js';
import { enterpriseRoutes } from './routes.js';
import { registerRecordType } from '../../platform/record-types.js';
import { registrationRecord } from './record.js';
import { registerWorkbenchCard } from '../../platform/workbench.js';
import { listEnterprises } from './service.js';

/** The enterprises module: its routes and what it registers with the platform. */
export const enterprisesModule = defineModule({
  name: 'enterprises',
  routes: enterpriseRoutes,
  register: () => {
    registerWorkbenchCard({
      key: 'enterprises.pendingReview',
      kind: 'queue',
      permission: 'enterprise.review',
      link: '/enterprises?status=pending',
      order: 20,
      count: async (ctx, actor) => (await listEnterprises(ctx, actor, { status: 'pending', q: undefined, page: 1, pageSize: 1 })).total,
    });
    registerRecordType(registrationRecord);
  },
});
