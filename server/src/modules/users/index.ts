import { defineModule } from '../../platform/module.js';
import { userRoutes } from './routes.js';

/** The users module: its routes. */
export const usersModule = defineModule({
  name: 'users',
  routes: userRoutes,
});
