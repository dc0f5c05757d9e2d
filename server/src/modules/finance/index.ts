import { defineModule } from '../../platform/module.js';
import { registerIndicatorProvider } from '../indicators/api.js';
import { financeIndicatorProviders } from './indicator-providers.js';
import { registerRecordType } from '../../platform/record-types.js';
import { registerWorkbenchCard } from '../../platform/workbench.js';
import { financeRoutes } from './routes.js';
import { applicationRecord } from './record.js';
import { bankQueueCount } from './applications.js';
import { listProductsForReview } from './products.js';

/** IP finance (#13 §1–3): the product supermarket, the eligibility pre-check and financing applications on the bank's clocks. */
export const financeModule = defineModule({
  name: 'finance',
  routes: financeRoutes,
  register: () => {
    registerWorkbenchCard({
      key: 'finance.bankQueue',
      kind: 'queue',
      permission: 'finance.bank',
      link: '/finance/bank?open=1',
      order: 10,
      count: (ctx, actor) => bankQueueCount(ctx, actor),
    });
    registerWorkbenchCard({
      key: 'finance.productReview',
      kind: 'queue',
      permission: 'finance.oversee',
      link: '/finance/oversight?tab=products',
      order: 40,
      count: async (ctx, actor) => (await listProductsForReview(ctx, actor, { page: 1, pageSize: 1 })).total,
    });
    registerWorkbenchCard({ key: 'finance.supermarket', kind: 'shortcut', permission: 'enterprise.self', link: '/finance/supermarket', order: 40 });
    registerRecordType(applicationRecord);
    for (const [key, method, compute] of financeIndicatorProviders) registerIndicatorProvider(key, { method, sources: [], compute });
  },
});
