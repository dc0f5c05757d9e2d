import { defineModule } from '../../platform/module.js';
import { enterpriseRoutes } from './routes.js';
import { registerRecordType } from '../../platform/record-types.js';
import { registrationRecord } from './record.js';

/** The enterprises module: its routes and what it registers with the platform. */
export const enterprisesModule = defineModule({
  name: 'enterprises',
  routes: enterpriseRoutes,
  register: () => {
    registerRecordType(registrationRecord);
  },
});
