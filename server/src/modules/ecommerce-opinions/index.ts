import { defineModule } from '../../platform/module.js';
import { registerWorkbenchCard } from '../../platform/workbench.js';
import { registerIndicatorProvider } from '../indicators/api.js';
import { countIssued } from './repository.js';
import { ecommerceOpinionRoutes } from './routes.js';
import { findOpinions } from './service.js';

/** 电商侵权判定咨询意见: requests, opinions, the bureau's card and the indicator. */
export const ecommerceOpinionsModule = defineModule({
  name: 'ecommerce-opinions',
  routes: ecommerceOpinionRoutes,
  register: () => {
    registerWorkbenchCard({
      key: 'ecommerce.pending',
      kind: 'queue',
      permission: 'ecommerce.opinion',
      link: '/cooperation/ecommerce-opinions?status=requested',
      order: 65,
      count: async (ctx, actor) => (await findOpinions(ctx, actor, { status: 'requested', page: 1, pageSize: 1 })).total,
    });
    registerIndicatorProvider('ecommerce_infringement_opinions', {
      method: '统计期内出具的电商平台侵权判定咨询意见（按出具日期，出具机关所在地区）',
      sources: [],
      compute: (ctx, q) => countIssued(ctx.db, q.rootCode, q.period),
    });
  },
});
