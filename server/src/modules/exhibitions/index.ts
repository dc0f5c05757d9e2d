import { defineModule } from '../../platform/module.js';
import { exhibitionRoutes } from './routes.js';
import { registerExhibitions } from './registrations.js';

/** The exhibitions module (展会知识产权保护). */
export const exhibitionsModule = defineModule({ name: 'exhibitions', routes: exhibitionRoutes, register: registerExhibitions });
