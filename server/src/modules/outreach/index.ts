import { defineModule } from '../../platform/module.js';
import { registerRecordType } from '../../platform/record-types.js';
import { registerOutreachProviders } from './providers.js';
import { needRecord, trainingRecord } from './record.js';
import { outreachRoutes } from './routes.js';

/** Outreach services (#16 §6): service outlets, trainings and events, enterprise needs (三问两送). */
export const outreachModule = defineModule({
  name: 'outreach',
  routes: outreachRoutes,
  register: () => {
    registerRecordType(needRecord);
    registerRecordType(trainingRecord);
    registerOutreachProviders();
  },
});
