import { defineModule } from '../../platform/module.js';
import { registerRecordType } from '../../platform/record-types.js';
import { registerPeriodicSweep } from '../../platform/work-items.js';
import { preexamRequestRecord } from './record.js';
import { preexamRoutes } from './routes.js';
import { withdrawLapsedRequests } from './sweep.js';

/** The fast pre-examination module (专利快速预审). */
export const preexamModule = defineModule({
  name: 'preexam',
  routes: preexamRoutes,
  register: () => {
    registerRecordType(preexamRequestRecord);
    registerPeriodicSweep('preexam.withdraw_lapsed', withdrawLapsedRequests);
  },
});
