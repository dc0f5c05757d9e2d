import { defineModule } from '../../platform/module.js';
import { registerRecordType } from '../../platform/record-types.js';
import { registerWorkbenchCard } from '../../platform/workbench.js';
import { registerIndicatorProvider } from '../indicators/api.js';
import { findMediations } from './queries.js';
import { mediationRecord } from './record.js';
import { countConfirmations } from './repository.js';
import { mediationRoutes } from './routes.js';

/** 调解: the register of mediation organisations, mediations and judicial confirmations. */
export const mediationModule = defineModule({
  name: 'mediation',
  routes: mediationRoutes,
  register: () => {
    registerRecordType(mediationRecord);
    registerWorkbenchCard({
      key: 'mediations.mine',
      kind: 'queue',
      permission: 'mediation.conduct',
      link: '/cooperation/mediations?waiting=1',
      order: 20,
      count: async (ctx, actor) => (await findMediations(ctx, actor, { page: 1, pageSize: 1, waiting: true })).total,
    });
    registerIndicatorProvider('mediation_judicial_confirmations', {
      method: '统计期内经法院裁定确认有效的调解协议（按裁定日期，委托调解机关或调解组织所在地区）',
      sources: [],
      compute: (ctx, q) => countConfirmations(ctx.db, q.rootCode, q.period),
    });
  },
});
