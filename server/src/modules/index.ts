import type { AnyRoute } from '../platform/routes.js';
import type { ModuleDef } from '../platform/module.js';
import { healthModule } from './health/index.js';
import { authModule } from './auth/index.js';
import { regionsModule } from './regions/index.js';
import { orgsModule } from './orgs/index.js';
import { usersModule } from './users/index.js';
import { enterprisesModule } from './enterprises/index.js';
import { notificationsModule } from './notifications/index.js';
import { auditModule } from './audit/index.js';
import { patentsModule } from './patents/index.js';
import { highValueModule } from './high-value/index.js';
import { trademarksModule } from './trademarks/index.js';
import { geoIndicationsModule } from './geo-indications/index.js';
import { savedSearchesModule } from './saved-searches/index.js';
import { importsModule } from './imports/index.js';
import { workflowModule } from './workflow/index.js';
import { openLicensingModule } from './open-licensing/index.js';
import { filingsModule } from './filings/index.js';
import { techMatchingModule } from './tech-matching/index.js';
import { indicatorsModule } from './indicators/index.js';
import { plansModule } from './plans/index.js';
import { assessmentModule } from './assessment/index.js';
import { screenModule } from './screen/index.js';
import { bulletinModule } from './bulletin/index.js';
import { calendarModule } from './calendar/index.js';
import { workbenchModule } from './workbench/index.js';
import { overseasModule } from './overseas/index.js';
import { keyMarksModule } from './key-marks/index.js';
import { whitelistsModule } from './whitelists/index.js';
import { creditModule } from './credit/index.js';
import { exhibitionsModule } from './exhibitions/index.js';
import { subsidiesModule } from './subsidies/index.js';
import { financeModule } from './finance/index.js';
import { pledgesModule } from './pledges/index.js';
import { ipInsuranceModule } from './ip-insurance/index.js';
import { referralsModule } from './referrals/index.js';
import { mediationModule } from './mediation/index.js';
import { ecommerceOpinionsModule } from './ecommerce-opinions/index.js';
import { casesModule } from './cases/index.js';
import { remindersModule } from './reminders/index.js';
import { preexamModule } from './preexam/index.js';
import { agencyInspectionsModule } from './agency-inspections/index.js';
import { abnormalScreeningModule } from './abnormal-screening/index.js';
import { outreachModule } from './outreach/index.js';

/**
 * Every module, in registration order (patent write hooks run in this order: the search index first, then
 * the high-value facts, the indicator caches, the screen's holder index and technology re-matching). The
 * OpenAPI document, the permission checks and the route × role × jurisdiction matrix test read `allRoutes`.
 * A new module adds one line here.
 */
export const modules: readonly ModuleDef[] = [
  healthModule,
  authModule,
  regionsModule,
  orgsModule,
  usersModule,
  enterprisesModule,
  notificationsModule,
  auditModule,
  patentsModule,
  highValueModule,
  trademarksModule,
  geoIndicationsModule,
  savedSearchesModule,
  importsModule,
  calendarModule,
  workflowModule,
  openLicensingModule,
  filingsModule,
  techMatchingModule,
  indicatorsModule,
  plansModule,
  assessmentModule,
  screenModule,
  bulletinModule,
  workbenchModule,
  overseasModule,
  keyMarksModule,
  whitelistsModule,
  creditModule,
  exhibitionsModule,
  subsidiesModule,
  financeModule,
  pledgesModule,
  ipInsuranceModule,
  referralsModule,
  mediationModule,
  ecommerceOpinionsModule,
  casesModule,
  remindersModule,
  preexamModule,
  agencyInspectionsModule,
  abnormalScreeningModule,
  outreachModule,
];

/** Every API route of every module. */
export const allRoutes: AnyRoute[] = modules.flatMap((m) => m.routes);

let registered = false;

/** Calls each module's register() once per process (bootstrap calls it; later calls do nothing). */
export function registerModules(): void {
  if (registered) return;
  registered = true;
  for (const m of modules) m.register?.();
}
