import { defineModule } from '../../platform/module.js';
import { filingRoutes } from './routes.js';
import { registerRecordType } from '../../platform/record-types.js';
import { filingRecord } from './record.js';
import { registerFilingSection } from './profile-section.js';
import { registerWorkbenchCard } from '../../platform/workbench.js';
import { listFilingsForReview } from './service.js';

/** The filings module: its routes and what it registers with the platform. */
export const filingsModule = defineModule({
  name: 'filings',
  routes: filingRoutes,
  register: () => {
    registerWorkbenchCard({
      key: 'filings.pendingReview',
      kind: 'queue',
      permission: 'utilization.review',
      link: '/filings/review?status=submitted',
      order: 40,
      count: async (ctx, actor) => (await listFilingsForReview(ctx, actor, { status: 'submitted', page: 1, pageSize: 1 })).total,
    });
    registerRecordType(filingRecord);
    registerFilingSection();
  },
});
