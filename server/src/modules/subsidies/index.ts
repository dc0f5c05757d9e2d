import { defineModule } from '../../platform/module.js';
import { registerRecordType } from '../../platform/record-types.js';
import { registerWorkbenchCard } from '../../platform/workbench.js';
import { subsidyRoutes } from './routes.js';
import { applicationRecord } from './record.js';
import { listSubsidiesForReview } from './queries.js';
import { registerSubsidyIndicators } from './indicators.js';

/** Interest subsidies (贴息): policies as data, the LPR series, applications, review, batches and payments. */
export const subsidiesModule = defineModule({
  name: 'subsidies',
  routes: subsidyRoutes,
  register: () => {
    registerWorkbenchCard({
      key: 'subsidies.pendingReview',
      kind: 'queue',
      permission: 'subsidy.review',
      link: '/subsidies/review?status=submitted',
      order: 45,
      count: async (ctx, actor) => (await listSubsidiesForReview(ctx, actor, { status: 'submitted', page: 1, pageSize: 1 })).total,
    });
    registerWorkbenchCard({ key: 'subsidies.mine', kind: 'shortcut', permission: 'enterprise.self', link: '/subsidies/mine', order: 45 });
    registerRecordType(applicationRecord);
    registerSubsidyIndicators();
  },
});
