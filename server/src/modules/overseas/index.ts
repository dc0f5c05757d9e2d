import { defineModule } from '../../platform/module.js';
import { registerRecordType } from '../../platform/record-types.js';
import { registerWorkbenchCard } from '../../platform/workbench.js';
import { overseasRoutes } from './routes.js';
import { requestRecord } from './record.js';
import { listRequests } from './requests.js';
import { registerOverseasProviders } from './providers.js';

/** Overseas dispute guidance (海外知识产权纠纷应对指导): libraries, assistance requests, early warnings. */
export const overseasModule = defineModule({
  name: 'overseas',
  routes: overseasRoutes,
  register: () => {
    registerRecordType(requestRecord);
    registerOverseasProviders();
    registerWorkbenchCard({
      key: 'overseas.pendingTriage',
      kind: 'queue',
      permission: 'overseas.manage',
      link: '/overseas/requests?status=submitted',
      order: 35,
      count: async (ctx, actor) => (await listRequests(ctx, actor, { status: 'submitted', page: 1, pageSize: 1 })).total,
    });
    registerWorkbenchCard({
      key: 'overseas.assignedToMe',
      kind: 'queue',
      permission: 'overseas.advise',
      link: '/overseas/requests?status=assigned',
      order: 10,
      count: async (ctx, actor) =>
        (await listRequests(ctx, actor, { status: 'assigned', page: 1, pageSize: 1 })).total +
        (await listRequests(ctx, actor, { status: 'responded', page: 1, pageSize: 1 })).total,
    });
  },
});
