import { defineModule } from '../../platform/module.js';
import { onPatentsWritten } from '../patents/api.js';
import { enqueuePatents } from './repository.js';
import { screeningRoutes } from './routes.js';

/** Abnormal-application screening (非正常专利申请筛查, CNIPA order 77). */
export const abnormalScreeningModule = defineModule({
  name: 'abnormal-screening',
  routes: screeningRoutes,
  register: () => {
    // Patents just written wait for the next incremental screening (one cheap insert per patent, in the writer's transaction).
    onPatentsWritten((ctx, trx, ids) => enqueuePatents(trx, ctx.dialect, ids));
  },
});
