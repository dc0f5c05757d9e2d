import { defineModule } from '../../platform/module.js';
import { bulletinRoutes } from './routes.js';

/** The bulletin module: its routes. */
export const bulletinModule = defineModule({
  name: 'bulletin',
  routes: bulletinRoutes,
});
