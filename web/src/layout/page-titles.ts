import { matchPath } from 'react-router';
import type { commonMessages } from '../i18n/common-messages';

/** A page name: a menu label or one of the page-title texts. */
export type TitleKey = `nav.${keyof typeof commonMessages.nav}` | `pageTitle.${Exclude<keyof typeof commonMessages.pageTitle, 'format'>}`;

/**
 * The browser-tab title of every page, in one place: the first pattern that matches the path names the page.
 * Specific patterns come before the `:id` ones they would otherwise fall under.
 */
export const pageTitles: ReadonlyArray<readonly [pattern: string, key: TitleKey]> = [
  ['/welcome', 'pageTitle.welcome'],
  ['/login', 'pageTitle.login'],
  ['/register', 'pageTitle.register'],
  ['/catalogue/open-licences', 'nav.openLicenceCatalogue'],
  ['/catalogue/open-licences/:id', 'pageTitle.openLicenceEntry'],
  ['/hall/supply', 'nav.techSupply'],
  ['/complaints/new', 'nav.complaintForm'],
  ['/complaints/track', 'nav.complaintTrack'],
  ['/cases/desk', 'nav.caseDesk'],
  ['/cases/stats', 'nav.caseStats'],
  ['/hall/demands', 'nav.techDemands'],
  ['/screen', 'nav.screen'],
  ['/', 'nav.home'],
  ['/my/enterprise', 'nav.myEnterprise'],
  ['/enterprises', 'nav.enterprises'],
  ['/enterprises/:id', 'pageTitle.enterprise'],
  ['/orgs', 'nav.orgs'],
  ['/users', 'nav.users'],
  ['/audit', 'nav.audit'],
  ['/calendar', 'nav.calendar'],
  ['/patents/search', 'nav.patentSearch'],
  ['/patents/analysis', 'nav.patentAnalysis'],
  ['/patents/saved', 'nav.savedSearches'],
  ['/patents/:id', 'pageTitle.patent'],
  ['/trademarks', 'nav.trademarks'],
  ['/geo-indications', 'nav.geoIndications'],
  ['/geo-indications/:id', 'pageTitle.geoIndication'],
  ['/high-value', 'nav.highValue'],
  ['/imports', 'nav.imports'],
  ['/imports/:id', 'pageTitle.importJob'],
  ['/work-queue', 'nav.workQueue'],
  ['/open-licences/catalogue', 'nav.openLicenceCatalogue'],
  ['/open-licences/catalogue/:id', 'pageTitle.openLicenceEntry'],
  ['/open-licences/mine', 'nav.myOpenLicences'],
  ['/open-licences/licences', 'nav.licences'],
  ['/open-licences/review', 'nav.openLicenceReview'],
  ['/open-licences/declarations/:id', 'pageTitle.declaration'],
  ['/filings', 'nav.filings'],
  ['/filings/review', 'nav.filingReview'],
  ['/filings/:id', 'pageTitle.filing'],
  ['/tech/supply', 'nav.techSupply'],
  ['/tech/demands', 'nav.techDemands'],
  ['/tech/demands/:id/matches', 'pageTitle.demandMatches'],
  ['/tech/contacts', 'nav.techContacts'],
  ['/tech/contacts/:id', 'pageTitle.contact'],
  ['/tech/mine', 'nav.techMine'],
  ['/tech/overview', 'nav.techOverview'],
  ['/indicators', 'nav.indicatorValues'],
  ['/indicators/reported', 'nav.reportedFigures'],
  ['/indicators/population', 'nav.population'],
  ['/indicators/plans', 'nav.plans'],
  ['/indicators/plans/new', 'nav.plans'],
  ['/indicators/plans/:id', 'pageTitle.plan'],
  ['/indicators/plans/:id/edit', 'pageTitle.plan'],
  ['/indicators/assessment', 'nav.assessment'],
  ['/bulletin', 'nav.bulletin'],
  ['/notifications', 'nav.notifications'],
  ['/account/password', 'nav.password'],
];

/** The title key of a path, or undefined for a path no page owns. */
export function pageTitleKey(pathname: string): TitleKey | undefined {
  return pageTitles.find(([pattern]) => matchPath(pattern, pathname))?.[1];
}
