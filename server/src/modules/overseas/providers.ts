import { registerIndicatorProvider } from '../indicators/api.js';
import { countClosed, countRequestsSubmitted, countResponses, countWorkstations } from './repository.js';

/**
 * Computed indicators of overseas guidance, per stored region code (the enterprise's region for requests, the
 * workstation's own), computed on read: every write is a workflow step and the tables are small.
 */
export function registerOverseasProviders(): void {
  registerIndicatorProvider('overseas_assistance_requests', {
    method: '统计期内本区划企业提交的海外纠纷求助（按提交日）',
    sources: [],
    compute: (ctx, { rootCode, period }) => countRequestsSubmitted(ctx.db, rootCode, period.start, period.end),
  });
  registerIndicatorProvider('overseas_assistance_responded_in_time', {
    method: '统计期内得到响应、且在响应时限（自分派日起的工作日，设置 overseas.response_days）内响应的求助',
    sources: [],
    compute: (ctx, { rootCode, period }) => countResponses(ctx.db, rootCode, period.start, period.end, true),
  });
  registerIndicatorProvider('overseas_assistance_responded_late', {
    method: '统计期内得到响应、但超过响应时限才响应的求助',
    sources: [],
    compute: (ctx, { rootCode, period }) => countResponses(ctx.db, rootCode, period.start, period.end, false),
  });
  registerIndicatorProvider('overseas_disputes_handled', {
    method: '统计期内办结的海外纠纷求助（按办结日，求助企业所在区划）',
    sources: [],
    compute: (ctx, { rootCode, period }) => countClosed(ctx.db, rootCode, period.start, period.end),
  });
  registerIndicatorProvider('overseas_protection_workstations', {
    method: '统计期末已设立的海外知识产权保护工作站（按工作站所在区划）',
    sources: [],
    compute: (ctx, { rootCode, period }) => countWorkstations(ctx.db, rootCode, period.end),
  });
}
