import { registerIndicatorProvider } from '../indicators/api.js';
import { endOfBeijingDay } from './clock.js';
import { countFairComplaints, countFairsProtected } from './repository.js';

/** The first instant of a Beijing calendar day, as stored timestamps (UTC ISO) compare. */
const startOfBeijingDay = (d: string) => new Date(Date.parse(`${d}T00:00:00+08:00`)).toISOString();

/** What the exhibitions module hands to the platform: its indicators. */
export function registerExhibitions(): void {
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
