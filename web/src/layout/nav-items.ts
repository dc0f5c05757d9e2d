import type { Permission, SessionUser } from '@zhichan/contract';
import { hasOwnEnterprise } from '../session/use-session';

/** A heading that gathers menu entries. */
export type NavGroup = 'nav.registry' | 'nav.utilization' | 'nav.tech' | 'nav.protection' | 'nav.monitoring';

/** One entry of the side menu: where it goes, its label key and who sees it. */
export interface NavItem {
  path: string;
  labelKey:
    | 'nav.home'
    | 'nav.myEnterprise'
    | 'nav.enterprises'
    | 'nav.patentSearch'
    | 'nav.patentAnalysis'
    | 'nav.savedSearches'
    | 'nav.trademarks'
    | 'nav.geoIndications'
    | 'nav.highValue'
    | 'nav.imports'
    | 'nav.indicatorValues'
    | 'nav.reportedFigures'
    | 'nav.population'
    | 'nav.plans'
    | 'nav.assessment'
    | 'nav.screen'
    | 'nav.bulletin'
    | 'nav.orgs'
    | 'nav.users'
    | 'nav.audit'
    | 'nav.calendar'
    | 'nav.notifications'
    | 'nav.password'
    | 'nav.workQueue'
    | 'nav.openLicenceCatalogue'
    | 'nav.myOpenLicences'
    | 'nav.openLicenceReview'
    | 'nav.licences'
    | 'nav.filings'
    | 'nav.filingReview'
    | 'nav.pledges'
    | 'nav.bankPledges'
    | 'nav.pledgeReview'
    | 'nav.insurance'
    | 'nav.securitization'
    | 'nav.complaintForm'
    | 'nav.caseDesk'
    | 'nav.caseStats'
    | 'nav.techSupply'
    | 'nav.techDemands'
    | 'nav.techMine'
    | 'nav.techContacts'
    | 'nav.techOverview'
    | 'nav.overseas'
    | 'nav.overseasRequests'
    | 'nav.keyMarks'
    | 'nav.whitelists'
    | 'nav.bankWhitelists'
    | 'nav.credit'
    | 'nav.myCredit'
    | 'nav.creditPublic'
    | 'nav.exhibitions'
    | 'nav.myExhibitions'
    | 'nav.subsidies'
    | 'nav.subsidyReview'
    | 'nav.subsidyBatches'
    | 'nav.lpr'
    | 'nav.subsidyPolicies'
    | 'nav.financeSupermarket'
    | 'nav.myFinance'
    | 'nav.bankDesk'
    | 'nav.financeOversight'
    | 'nav.referrals'
    | 'nav.mediations'
    | 'nav.ecommerceOpinions'
    | 'nav.myReminders'
    | 'nav.lapseRisk'
    | 'nav.overseasLibraries'
    | 'nav.exportProfile'
    | 'nav.preexam'
    | 'nav.agencyInspections'
    | 'nav.abnormalScreening'
    | 'nav.outlets'
    | 'nav.trainings'
    | 'nav.enterpriseNeeds';
  visible(user: SessionUser): boolean;
  /** The menu heading the entry sits under (知识产权登记). */
  group?: NavGroup;
  /** Other paths this entry owns, so they highlight it (the patent page belongs to 专利检索). */
  owns?: string[];
  /** A management page for bureau staff: on a phone it says politely that a wider screen is recommended. */
  staffOnly?: true;
}

const can = (p: Permission) => (user: SessionUser) => user.permissions.includes(p);

/** The side menu, in order; each item is shown only to users with the matching permission. */
export const navItems: NavItem[] = [
  { path: '/', labelKey: 'nav.home', visible: (u) => !hasOwnEnterprise(u) },
  // A pending enterprise holds no permissions yet but must still see its own registration.
  { path: '/my/enterprise', labelKey: 'nav.myEnterprise', visible: hasOwnEnterprise },
  { path: '/work-queue', labelKey: 'nav.workQueue', visible: () => true },
  { path: '/enterprises', labelKey: 'nav.enterprises', visible: can('enterprise.read'), staffOnly: true },
  { path: '/patents/search', labelKey: 'nav.patentSearch', visible: can('registry.read'), group: 'nav.registry', owns: ['/patents'] },
  { path: '/patents/analysis', labelKey: 'nav.patentAnalysis', visible: can('registry.read'), group: 'nav.registry' },
  { path: '/patents/saved', labelKey: 'nav.savedSearches', visible: can('registry.read'), group: 'nav.registry' },
  { path: '/trademarks', labelKey: 'nav.trademarks', visible: can('registry.read'), group: 'nav.registry' },
  { path: '/geo-indications', labelKey: 'nav.geoIndications', visible: can('registry.read'), group: 'nav.registry' },
  // The high-value criteria and their counts are monitoring settings: partners and the public search the registry
  // (`registry.read`) but never see them.
  { path: '/high-value', labelKey: 'nav.highValue', visible: can('indicator.read'), group: 'nav.registry', staffOnly: true },
  { path: '/imports', labelKey: 'nav.imports', visible: can('registry.manage'), group: 'nav.registry', staffOnly: true },
  { path: '/open-licences/catalogue', labelKey: 'nav.openLicenceCatalogue', visible: () => true, group: 'nav.utilization' },
  {
    path: '/open-licences/mine',
    labelKey: 'nav.myOpenLicences',
    visible: can('enterprise.self'),
    group: 'nav.utilization',
    owns: ['/open-licences/declarations'],
  },
  {
    path: '/open-licences/review',
    labelKey: 'nav.openLicenceReview',
    visible: can('utilization.review'),
    group: 'nav.utilization',
    staffOnly: true,
  },
  { path: '/open-licences/licences', labelKey: 'nav.licences', visible: can('enterprise.self'), group: 'nav.utilization' },
  { path: '/filings', labelKey: 'nav.filings', visible: can('enterprise.self'), group: 'nav.utilization' },
  { path: '/filings/review', labelKey: 'nav.filingReview', visible: can('utilization.review'), group: 'nav.utilization', staffOnly: true },
  { path: '/whitelists', labelKey: 'nav.whitelists', visible: can('whitelist.manage'), group: 'nav.utilization', staffOnly: true },
  { path: '/bank/whitelists', labelKey: 'nav.bankWhitelists', visible: can('whitelist.bank'), group: 'nav.utilization' },
  { path: '/subsidies/mine', labelKey: 'nav.subsidies', visible: can('enterprise.self'), group: 'nav.utilization', owns: ['/subsidies/applications'] },
  { path: '/subsidies/review', labelKey: 'nav.subsidyReview', visible: can('subsidy.review'), group: 'nav.utilization', staffOnly: true },
  { path: '/subsidies/batches', labelKey: 'nav.subsidyBatches', visible: can('subsidy.review'), group: 'nav.utilization', staffOnly: true },
  { path: '/subsidies/lpr', labelKey: 'nav.lpr', visible: can('lpr.manage'), group: 'nav.utilization', staffOnly: true },
  { path: '/subsidies/policies', labelKey: 'nav.subsidyPolicies', visible: () => true, group: 'nav.utilization' },
  { path: '/finance/supermarket', labelKey: 'nav.financeSupermarket', visible: () => true, group: 'nav.utilization' },
  { path: '/finance/mine', labelKey: 'nav.myFinance', visible: can('enterprise.self'), group: 'nav.utilization', owns: ['/finance/applications'] },
  { path: '/finance/bank', labelKey: 'nav.bankDesk', visible: can('finance.bank'), group: 'nav.utilization' },
  { path: '/finance/oversight', labelKey: 'nav.financeOversight', visible: can('finance.oversee'), group: 'nav.utilization', staffOnly: true },
  { path: '/pledges/mine', labelKey: 'nav.pledges', visible: can('enterprise.self'), group: 'nav.utilization' },
  { path: '/pledges/bank', labelKey: 'nav.bankPledges', visible: can('pledge.pledgee'), group: 'nav.utilization' },
  { path: '/pledges/review', labelKey: 'nav.pledgeReview', visible: can('utilization.review'), group: 'nav.utilization', staffOnly: true },
  {
    path: '/ip-insurance/policies',
    labelKey: 'nav.insurance',
    visible: (u) => can('insurance.record')(u) || can('enterprise.self')(u) || can('utilization.review')(u),
    group: 'nav.utilization',
  },
  {
    path: '/ip-insurance/securitizations',
    labelKey: 'nav.securitization',
    visible: (u) => can('enterprise.self')(u) || can('utilization.review')(u),
    group: 'nav.utilization',
  },
  { path: '/complaints/new', labelKey: 'nav.complaintForm', visible: () => true, group: 'nav.utilization' },
  { path: '/cases/desk', labelKey: 'nav.caseDesk', visible: can('case.handle'), group: 'nav.utilization', staffOnly: true },
  { path: '/cases/stats', labelKey: 'nav.caseStats', visible: can('case.handle'), group: 'nav.monitoring', staffOnly: true },
  { path: '/tech/supply', labelKey: 'nav.techSupply', visible: () => true, group: 'nav.tech' },
  { path: '/tech/demands', labelKey: 'nav.techDemands', visible: () => true, group: 'nav.tech' },
  { path: '/tech/mine', labelKey: 'nav.techMine', visible: can('tech.post'), group: 'nav.tech' },
  { path: '/tech/contacts', labelKey: 'nav.techContacts', visible: (u) => can('tech.post')(u) || can('tech.oversee')(u), group: 'nav.tech' },
  { path: '/tech/overview', labelKey: 'nav.techOverview', visible: can('tech.oversee'), group: 'nav.tech', staffOnly: true },
  { path: '/overseas', labelKey: 'nav.overseas', visible: () => true, group: 'nav.protection' },
  {
    path: '/overseas/requests',
    labelKey: 'nav.overseasRequests',
    visible: (u) => can('enterprise.self')(u) || can('overseas.manage')(u) || can('overseas.advise')(u),
    group: 'nav.protection',
  },
  { path: '/key-marks', labelKey: 'nav.keyMarks', visible: can('registry.read'), group: 'nav.protection' },
  { path: '/exhibitions', labelKey: 'nav.exhibitions', visible: () => true, group: 'nav.protection', owns: ['/exhibitions/fairs'] },
  { path: '/exhibitions/mine', labelKey: 'nav.myExhibitions', visible: can('enterprise.self'), group: 'nav.protection' },
  { path: '/credit', labelKey: 'nav.credit', visible: can('credit.manage'), group: 'nav.protection', staffOnly: true },
  { path: '/credit/mine', labelKey: 'nav.myCredit', visible: can('enterprise.self'), group: 'nav.protection' },
  // 知识产权保护 (#14 §4–6): the police and procuratorate desk, the mediator's desk, the bureau's e-commerce opinions.
  {
    path: '/cooperation/referrals',
    labelKey: 'nav.referrals',
    visible: (u) => can('referral.manage')(u) || can('referral.receive')(u),
    group: 'nav.protection',
  },
  {
    path: '/cooperation/mediations',
    labelKey: 'nav.mediations',
    visible: (u) => can('mediation.manage')(u) || can('mediation.conduct')(u),
    group: 'nav.protection',
  },
  { path: '/cooperation/ecommerce-opinions', labelKey: 'nav.ecommerceOpinions', visible: can('ecommerce.opinion'), group: 'nav.protection', staffOnly: true },
  // Services (#16): fast pre-examination (entities and examiners) and agency inspections (双随机一公开).
  { path: '/preexam', labelKey: 'nav.preexam', visible: (u) => can('enterprise.self')(u) || can('preexam.examine')(u), group: 'nav.protection' },
  { path: '/agency-inspections', labelKey: 'nav.agencyInspections', visible: can('agency.inspect'), group: 'nav.protection', staffOnly: true },
  { path: '/indicators', labelKey: 'nav.indicatorValues', visible: can('indicator.read'), group: 'nav.monitoring', staffOnly: true },
  { path: '/indicators/reported', labelKey: 'nav.reportedFigures', visible: can('indicator.read'), group: 'nav.monitoring', staffOnly: true },
  { path: '/indicators/population', labelKey: 'nav.population', visible: can('indicator.read'), group: 'nav.monitoring', staffOnly: true },
  { path: '/indicators/plans', labelKey: 'nav.plans', visible: can('indicator.read'), group: 'nav.monitoring', staffOnly: true },
  { path: '/indicators/assessment', labelKey: 'nav.assessment', visible: can('indicator.read'), group: 'nav.monitoring', staffOnly: true },
  { path: '/screen', labelKey: 'nav.screen', visible: can('indicator.read'), group: 'nav.monitoring', staffOnly: true },
  { path: '/bulletin', labelKey: 'nav.bulletin', visible: can('indicator.read'), group: 'nav.monitoring', staffOnly: true },
  { path: '/orgs', labelKey: 'nav.orgs', visible: can('org.read'), staffOnly: true },
  { path: '/users', labelKey: 'nav.users', visible: can('user.read'), staffOnly: true },
  // Services (#16 §3, §6): abnormal-application screening, outlets, trainings, enterprise needs.
  { path: '/abnormal-screening', labelKey: 'nav.abnormalScreening', visible: can('screening.review'), group: 'nav.protection', staffOnly: true },
  { path: '/outreach/outlets', labelKey: 'nav.outlets', visible: can('outreach.manage'), group: 'nav.utilization', staffOnly: true },
  { path: '/outreach/trainings', labelKey: 'nav.trainings', visible: (u) => can('outreach.manage')(u) || can('enterprise.self')(u), group: 'nav.utilization' },
  {
    path: '/outreach/needs',
    labelKey: 'nav.enterpriseNeeds',
    visible: (u) => can('outreach.manage')(u) || can('enterprise.self')(u),
    group: 'nav.utilization',
  },
  { path: '/audit', labelKey: 'nav.audit', visible: can('audit.read'), staffOnly: true },
  { path: '/calendar', labelKey: 'nav.calendar', visible: can('org.manage'), staffOnly: true },
  { path: '/reminders', labelKey: 'nav.myReminders', visible: can('enterprise.self') },
  { path: '/reminders/lapse-risk', labelKey: 'nav.lapseRisk', visible: can('enterprise.read'), staffOnly: true },
  { path: '/notifications', labelKey: 'nav.notifications', visible: () => true },
  { path: '/account/password', labelKey: 'nav.password', visible: () => true },
  { path: '/overseas/libraries', labelKey: 'nav.overseasLibraries', visible: can('overseas.manage'), group: 'nav.protection', staffOnly: true },
  { path: '/overseas/export-profile', labelKey: 'nav.exportProfile', visible: can('enterprise.self'), group: 'nav.protection' },
];

const under = (pathname: string, path: string) => (path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`));

/** Whether the page at a path is a staff management page (its menu entry says so). */
export function isStaffPage(pathname: string): boolean {
  const path = activeNavPath(pathname);
  return navItems.some((i) => i.path === path && i.staffOnly === true);
}

/** The menu entry that owns a path (longest matching prefix, its own path before the paths it owns). */
export function activeNavPath(pathname: string): string {
  const own = navItems.filter((i) => under(pathname, i.path)).sort((a, b) => b.path.length - a.path.length)[0];
  if (own) return own.path;
  return navItems.find((i) => i.owns?.some((p) => under(pathname, p)))?.path ?? '';
}
