import { defineModule } from '../../platform/module.js';
import { agencyInspectionRoutes } from './routes.js';

/** Agency supervision by random inspection (双随机一公开). */
export const agencyInspectionsModule = defineModule({ name: 'agency-inspections', routes: agencyInspectionRoutes });
