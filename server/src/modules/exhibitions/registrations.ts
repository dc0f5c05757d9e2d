import { registerIndicatorProvider } from '../indicators/api.js';
import { recordHistory, registerRecordType } from '../../platform/record-types.js';
import { describeWorkflow, mayTake } from '../../platform/workflow.js';
import { COMPLAINT, loadComplaint } from './service.js';
import { complaintWorkflow } from './workflow.js';
import { endOfBeijingDay } from './clock.js';
import { countFairComplaints, countFairsProtected } from './repository.js';

/** The first instant of a Beijing calendar day, as stored timestamps (UTC ISO) compare. */
const startOfBeijingDay = (d: string) => new Date(Date.parse(`${d}T00:00:00+08:00`)).toISOString();

/** What the exhibitions module hands to the platform: its indicators. */
export function registerExhibitions(): void {
  // On-site complaints as workflow records: their evidence files (the desk, the bureau and the exhibitor
  // complained of attach them until the complaint is resolved) and their history.
  registerRecordType({
    type: COMPLAINT,
    assertVisible: async (ctx, actor, id) => {
      await loadComplaint(ctx, actor, id);
    },
    mayAttach: async (ctx, actor, id) => {
      const { complaint, subject } = await loadComplaint(ctx, actor, id);
      return complaint.status !== 'resolved' && mayTake(actor, { who: ['exhibition.manage', 'handler', 'owner'] }, subject);
    },
    workflowView: async (ctx, actor, id) => {
      const { complaint, subject } = await loadComplaint(ctx, actor, id);
      return describeWorkflow(complaintWorkflow, complaint.status as 'open' | 'passed_on' | 'resolved', actor, subject, {
        dueOn: null,
        history: await recordHistory(ctx.db, COMPLAINT, id),
      });
    },
  });
  registerIndicatorProvider('fairs_protected', {
    method: '开幕日期在统计期内、设立知识产权投诉受理台的展会，按展会举办地区划',
    sources: [],
    compute: (ctx, { rootCode, period }) => countFairsProtected(ctx.db, rootCode, period.start, period.end),
  });
  registerIndicatorProvider('fair_complaints', {
    method: '统计期内（北京时间）展会投诉受理台受理的现场投诉，按展会举办地区划',
    sources: [],
    compute: (ctx, { rootCode, period }) =>
      countFairComplaints(ctx.db, rootCode, startOfBeijingDay(period.start), new Date(endOfBeijingDay(period.end) + 1).toISOString()),
  });
}
