import type { AnyRoute } from '../platform/routes.js';
import { auditRoutes } from './audit/routes.js';
import { bulletinRoutes } from './bulletin/routes.js';
import { authRoutes } from './auth/routes.js';
import { enterpriseRoutes } from './enterprises/routes.js';
import { geoIndicationRoutes } from './geo-indications/routes.js';
import { healthRoutes } from './health/routes.js';
import { importRoutes } from './imports/routes.js';
import { indicatorRoutes } from './indicators/routes.js';
import { planRoutes } from './plans/routes.js';
import { assessmentRoutes } from './assessment/routes.js';
import { highValueRoutes } from './high-value/routes.js';
import { notificationRoutes } from './notifications/routes.js';
import { orgRoutes } from './orgs/routes.js';
import { patentRoutes } from './patents/routes.js';
import { regionRoutes } from './regions/routes.js';
import { savedSearchRoutes } from './saved-searches/routes.js';
import { techMatchingRoutes } from './tech-matching/routes.js';
import { screenRoutes } from './screen/routes.js';
import { trademarkRoutes } from './trademarks/routes.js';
import { userRoutes } from './users/routes.js';
import { workflowRoutes } from './workflow/routes.js';
import { openLicensingRoutes } from './open-licensing/routes.js';
import { filingRoutes } from './filings/routes.js';

/**
 * Every API route of every module. A new module adds its routes here; the OpenAPI document,
 * the permission checks and the route × role × jurisdiction matrix test all read this list.
 */
export const allRoutes: AnyRoute[] = [
  ...healthRoutes,
  ...authRoutes,
  ...regionRoutes,
  ...orgRoutes,
  ...userRoutes,
  ...enterpriseRoutes,
  ...notificationRoutes,
  ...auditRoutes,
  ...highValueRoutes,
  ...patentRoutes,
  ...trademarkRoutes,
  ...geoIndicationRoutes,
  ...savedSearchRoutes,
  ...importRoutes,
  ...workflowRoutes,
  ...openLicensingRoutes,
  ...filingRoutes,
  ...techMatchingRoutes,
  ...indicatorRoutes,
  ...planRoutes,
  ...assessmentRoutes,
  ...screenRoutes,
  ...bulletinRoutes,
];
