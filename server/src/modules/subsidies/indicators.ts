import { registerIndicatorProvider } from '../indicators/api.js';
import { subsidiesPaid } from './repository.js';

/**
 * The subsidy indicators, computed from the disbursement records (拨付记录) by payment date in the enterprise's
 * region: the amount paid and the enterprises paid. A published figure (Jining's 1332万 to 101 firms) stays a
 * reported figure: an approved reported value for a region and period takes precedence over the computed one.
 */
export function registerSubsidyIndicators(): void {
  registerIndicatorProvider('pledge_interest_subsidy_paid_yuan', {
    method: '统计期内经批次批准并登记拨付的质押融资贴息金额合计（按拨付日期、企业所在地）',
    sources: [],
    compute: (ctx, { rootCode, period }) => subsidiesPaid(ctx.db, 'amount', { rootCode, start: period.start, end: period.end }),
  });
  registerIndicatorProvider('pledge_interest_subsidy_enterprises', {
    method: '统计期内获拨付质押融资贴息的企业（去重，按企业所在地）',
    sources: [],
    compute: (ctx, { rootCode, period }) => subsidiesPaid(ctx.db, 'enterprises', { rootCode, start: period.start, end: period.end }),
  });
}
