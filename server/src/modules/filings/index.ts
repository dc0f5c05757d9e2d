import { defineModule } from '../../platform/module.js';
import { filingRoutes } from './routes.js';
import { registerRecordType } from '../../platform/record-types.js';
import { filingRecord } from './record.js';
import { registerFilingSection } from './profile-section.js';

/** The filings module: its routes and what it registers with the platform. */
export const filingsModule = defineModule({
  name: 'filings',
  routes: filingRoutes,
  register: () => {
    registerRecordType(filingRecord);
    registerFilingSection();
  },
});
