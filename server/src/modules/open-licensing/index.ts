import { defineModule } from '../../platform/module.js';
import { openLicensingRoutes } from './routes.js';
import { registerRecordType } from '../../platform/record-types.js';
import { declarationRecord, licenceRecord } from './record.js';
import { registerOpenLicensingSection } from './profile-section.js';
import { registerWorkbenchCard } from '../../platform/workbench.js';
import { listForReview } from './queries.js';

/** The open-licensing module: its routes and what it registers with the platform. */
export const openLicensingModule = defineModule({
  name: 'open-licensing',
  routes: openLicensingRoutes,
  register: () => {
    registerWorkbenchCard({
      key: 'openLicences.pendingReview',
      kind: 'queue',
      permission: 'utilization.review',
      link: '/open-licences/review?status=pending',
      order: 30,
      count: async (ctx, actor) => (await listForReview(ctx, actor, { status: 'pending', page: 1, pageSize: 1 })).total,
    });
    registerWorkbenchCard({ key: 'openLicences.catalogue', kind: 'shortcut', permission: 'authenticated', link: '/open-licences/catalogue', order: 30 });
    registerRecordType(declarationRecord);
    registerRecordType(licenceRecord);
    registerOpenLicensingSection();
  },
});
