import { defineModule } from '../../platform/module.js';
import { creditRoutes } from './routes.js';
import { registerCredit } from './registrations.js';

/** The credit module (信用管理): listings, the public list, repairs; `api.ts` is what other modules may call. */
export const creditModule = defineModule({ name: 'credit', routes: creditRoutes, register: registerCredit });
