import { defineModule } from '../../platform/module.js';
import { registerRecordType } from '../../platform/record-types.js';
import { registerWorkbenchCard } from '../../platform/workbench.js';
import { registerIndicatorProvider } from '../indicators/api.js';
import { findReferrals } from './queries.js';
import { referralRecord } from './record.js';
import { countReferrals } from './repository.js';
import { referralRoutes } from './routes.js';

const waiting = { page: 1, pageSize: 1, waiting: true } as const;

/** 行刑衔接: referrals to the police and back from the procuratorate, their cards and indicators. */
export const referralsModule = defineModule({
  name: 'referrals',
  routes: referralRoutes,
  register: () => {
    registerRecordType(referralRecord);
    registerWorkbenchCard({
      key: 'referrals.received',
      kind: 'queue',
      permission: 'referral.receive',
      link: '/cooperation/referrals?waiting=1',
      order: 20,
      count: async (ctx, actor) => (await findReferrals(ctx, actor, waiting)).total,
    });
    registerWorkbenchCard({
      key: 'referrals.bureau',
      kind: 'queue',
      permission: 'referral.manage',
      link: '/cooperation/referrals?waiting=1',
      order: 60,
      count: async (ctx, actor) => (await findReferrals(ctx, actor, waiting)).total,
    });
    const providers = [
      ['cases_referred_to_police', '统计期内移交公安机关的涉嫌犯罪案件（按移交时间，移送机关所在地区）', 'to_police'],
      ['cases_market_to_procuratorate', '统计期内建议检察院立案监督的移送案件（按建议时间）', 'to_procuratorate'],
      ['cases_referred_back_by_procuratorate', '统计期内检察院反向移送的案件（按移送时间，接收的知识产权局所在地区）', 'reverse'],
    ] as const;
    for (const [key, method, measure] of providers)
      registerIndicatorProvider(key, { method, sources: [], compute: (ctx, q) => countReferrals(ctx.db, measure, q.rootCode, q.period) });
  },
});
