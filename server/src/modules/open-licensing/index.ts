import { defineModule } from '../../platform/module.js';
import { openLicensingRoutes } from './routes.js';
import { registerRecordType } from '../../platform/record-types.js';
import { declarationRecord, licenceRecord } from './record.js';
import { registerOpenLicensingSection } from './profile-section.js';

/** The open-licensing module: its routes and what it registers with the platform. */
export const openLicensingModule = defineModule({
  name: 'open-licensing',
  routes: openLicensingRoutes,
  register: () => {
    registerRecordType(declarationRecord);
    registerRecordType(licenceRecord);
    registerOpenLicensingSection();
  },
});
