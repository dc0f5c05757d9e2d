import { defineModule } from '../../platform/module.js';
import { registerRecordType } from '../../platform/record-types.js';
import { registerWorkbenchCard } from '../../platform/workbench.js';
import { caseRoutes } from './routes.js';
import { registerCaseIndicators } from './indicator-providers.js';
import { complaintRecord, disputeRecord, penaltyRecord } from './record.js';
import { listCasesForDesk } from './penalty-service.js';
import { listComplaintsForHandlers } from './complaints-service.js';

/** Case handling (案件办理): complaints and reports, administrative penalty cases, their clocks and statistics. */
export const casesModule = defineModule({
  name: 'cases',
  routes: caseRoutes,
  register: () => {
    registerRecordType(complaintRecord);
    registerCaseIndicators();
    registerRecordType(penaltyRecord);
    registerRecordType(disputeRecord);
    registerWorkbenchCard({
      key: 'cases.newComplaints',
      kind: 'queue',
      permission: 'case.handle',
      link: '/cases/complaints?status=submitted',
      order: 60,
      count: async (ctx, actor) => (await listComplaintsForHandlers(ctx, actor, { status: 'submitted', page: 1, pageSize: 1 })).total,
    });
    registerWorkbenchCard({
      key: 'cases.overdue',
      kind: 'queue',
      permission: 'case.handle',
      link: '/cases/desk?overdue=1',
      order: 61,
      count: async (ctx, actor) => (await listCasesForDesk(ctx, actor, { overdue: true, page: 1, pageSize: 1 })).total,
    });
  },
});
