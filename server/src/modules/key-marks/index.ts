import { defineModule } from '../../platform/module.js';
import { keyMarksRoutes } from './routes.js';

/** The key trademark protection list (重点商标保护名录) and the GI authorised-user check. */
export const keyMarksModule = defineModule({ name: 'key-marks', routes: keyMarksRoutes });
