import { defineModule } from '../../platform/module.js';
import { registerRecordType } from '../../platform/record-types.js';
import { registerWorkbenchCard } from '../../platform/workbench.js';
import { pledgeRoutes } from './routes.js';
import { pledgeRecord } from './record.js';
import { listBankPledges, listPledgesForReview } from './service.js';
import { registerPledgeIndicators } from './stats.js';
import { registerPledgeProfileSection } from './profile-section.js';

/** Pledge registration (质押登记): the joint application, the authority's acts, the indicators it feeds. */
export const pledgesModule = defineModule({
  name: 'pledges',
  routes: pledgeRoutes,
  register: () => {
    registerWorkbenchCard({
      key: 'pledges.awaitingConfirmation',
      kind: 'queue',
      permission: 'pledge.pledgee',
      link: '/pledges/bank?status=awaiting_pledgee',
      order: 10,
      count: async (ctx, actor) => (await listBankPledges(ctx, actor, { status: 'awaiting_pledgee', page: 1, pageSize: 1 })).total,
    });
    registerWorkbenchCard({
      key: 'pledges.awaitingAuthority',
      kind: 'queue',
      permission: 'utilization.review',
      link: '/pledges/review?status=submitted',
      order: 35,
      count: async (ctx, actor) => (await listPledgesForReview(ctx, actor, { status: 'submitted', page: 1, pageSize: 1 })).total,
    });
    registerRecordType(pledgeRecord);
    registerPledgeIndicators();
    registerPledgeProfileSection();
  },
});
