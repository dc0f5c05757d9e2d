import { Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { AppLayout } from './layout/app-layout';
import { PublicLayout } from './layout/public-layout';
import { RequireAuth, RequirePermission, PASSWORD_PATH } from './session/require-auth';
import { UnauthorisedWatcher } from './session/unauthorised-watcher';
import { LoginPage } from './pages/login-page';
import { NotFoundPage } from './pages/not-found-page';
import { PageSpinner } from './components/page-spinner';
import { PageTitle } from './layout/page-title';
import { lazyPage } from './components/lazy-page';

// Pages load on first visit; the sign-in page is in the first download.
const LandingPage = lazyPage(() => import('./pages/landing-page'), 'LandingPage');
const RegisterPage = lazyPage(() => import('./pages/register-page'), 'RegisterPage');
const HomePage = lazyPage(() => import('./pages/home-page'), 'HomePage');
const MyEnterprisePage = lazyPage(() => import('./enterprise/my-enterprise-page'), 'MyEnterprisePage');
const EnterpriseListPage = lazyPage(() => import('./enterprise/enterprise-list-page'), 'EnterpriseListPage');
const EnterprisePage = lazyPage(() => import('./enterprise/enterprise-page'), 'EnterprisePage');
const OrgsPage = lazyPage(() => import('./admin/orgs-page'), 'OrgsPage');
const UsersPage = lazyPage(() => import('./admin/users-page'), 'UsersPage');
const AuditPage = lazyPage(() => import('./admin/audit-page'), 'AuditPage');
const CalendarPage = lazyPage(() => import('./admin/calendar-page'), 'CalendarPage');
const NotificationsPage = lazyPage(() => import('./notifications/notifications-page'), 'NotificationsPage');
const PasswordPage = lazyPage(() => import('./pages/password-page'), 'PasswordPage');
const PatentSearchPage = lazyPage(() => import('./patents/patent-search-page'), 'PatentSearchPage');
const PatentPage = lazyPage(() => import('./patents/patent-page'), 'PatentPage');
const PatentAnalysisPage = lazyPage(() => import('./patents/patent-analysis-page'), 'PatentAnalysisPage');
const SavedSearchesPage = lazyPage(() => import('./patents/saved-searches-page'), 'SavedSearchesPage');
const ImportsPage = lazyPage(() => import('./imports/imports-page'), 'ImportsPage');
const ImportJobPage = lazyPage(() => import('./imports/import-job-page'), 'ImportJobPage');
const HighValuePage = lazyPage(() => import('./high-value/high-value-page'), 'HighValuePage');
const TrademarksPage = lazyPage(() => import('./marks/trademarks-page'), 'TrademarksPage');
const OverseasPage = lazyPage(() => import('./overseas/overseas-page'), 'OverseasPage');
const PublicOverseasPage = lazyPage(() => import('./overseas/overseas-page'), 'PublicOverseasPage');
const OverseasRequestsPage = lazyPage(() => import('./overseas/requests-page'), 'OverseasRequestsPage');
const OverseasRequestPage = lazyPage(() => import('./overseas/request-page'), 'OverseasRequestPage');
const KeyMarksPage = lazyPage(() => import('./key-marks/key-marks-page'), 'KeyMarksPage');
const GeoIndicationsPage = lazyPage(() => import('./marks/geo-indications-page'), 'GeoIndicationsPage');
const GeoIndicationPage = lazyPage(() => import('./marks/geo-indication-page'), 'GeoIndicationPage');
const WorkQueuePage = lazyPage(() => import('./workflow/work-queue-page'), 'WorkQueuePage');
const OpenLicenceCataloguePage = lazyPage(() => import('./open-licences/open-licence-catalogue-page'), 'OpenLicenceCataloguePage');
const PublicOpenLicenceCataloguePage = lazyPage(() => import('./open-licences/open-licence-catalogue-page'), 'PublicOpenLicenceCataloguePage');
const OpenLicenceEntryPage = lazyPage(() => import('./open-licences/open-licence-entry-page'), 'OpenLicenceEntryPage');
const PublicOpenLicenceEntryPage = lazyPage(() => import('./open-licences/open-licence-entry-page'), 'PublicOpenLicenceEntryPage');
const MyOpenLicencesPage = lazyPage(() => import('./open-licences/my-open-licences-page'), 'MyOpenLicencesPage');
const OpenLicenceReviewPage = lazyPage(() => import('./open-licences/open-licence-review-page'), 'OpenLicenceReviewPage');
const DeclarationPage = lazyPage(() => import('./open-licences/declaration-page'), 'DeclarationPage');
const OpenLicencesPage = lazyPage(() => import('./open-licences/open-licences-page'), 'OpenLicencesPage');
const FilingsPage = lazyPage(() => import('./filings/filings-page'), 'FilingsPage');
const FilingReviewPage = lazyPage(() => import('./filings/filing-review-page'), 'FilingReviewPage');
const FilingPage = lazyPage(() => import('./filings/filing-page'), 'FilingPage');
const MyPledgesPage = lazyPage(() => import('./pledges/my-pledges-page'), 'MyPledgesPage');
const BankPledgesPage = lazyPage(() => import('./pledges/bank-pledges-page'), 'BankPledgesPage');
const PledgeReviewPage = lazyPage(() => import('./pledges/bank-pledges-page'), 'PledgeReviewPage');
const PledgePage = lazyPage(() => import('./pledges/pledge-page'), 'PledgePage');
const InsurancePage = lazyPage(() => import('./pledges/insurance-pages'), 'InsurancePage');
const SecuritizationPage = lazyPage(() => import('./pledges/insurance-pages'), 'SecuritizationPage');
const SupplyHallPage = lazyPage(() => import('./tech-matching/supply-hall-page'), 'SupplyHallPage');
const DemandHallPage = lazyPage(() => import('./tech-matching/demand-hall-page'), 'DemandHallPage');
const MyTechPage = lazyPage(() => import('./tech-matching/my-tech-page'), 'MyTechPage');
const DemandMatchesPage = lazyPage(() => import('./tech-matching/demand-matches-page'), 'DemandMatchesPage');
const ContactsPage = lazyPage(() => import('./tech-matching/contacts-page'), 'ContactsPage');
const ContactPage = lazyPage(() => import('./tech-matching/contact-page'), 'ContactPage');
const TechOverviewPage = lazyPage(() => import('./tech-matching/tech-overview-page'), 'TechOverviewPage');
const ValuesPage = lazyPage(() => import('./indicators/values-page'), 'ValuesPage');
const ReportedPage = lazyPage(() => import('./indicators/reported-page'), 'ReportedPage');
const PopulationPage = lazyPage(() => import('./indicators/population-page'), 'PopulationPage');
const PlansPage = lazyPage(() => import('./indicators/plans-page'), 'PlansPage');
const PlanPage = lazyPage(() => import('./indicators/plans-page'), 'PlanPage');
const PlanEditPage = lazyPage(() => import('./indicators/plan-editor'), 'PlanEditPage');
const AssessmentPage = lazyPage(() => import('./indicators/assessment-page'), 'AssessmentPage');
const ScreenPage = lazyPage(() => import('./screen/screen-page'), 'ScreenPage');
const BulletinPage = lazyPage(() => import('./bulletin/bulletin-page'), 'BulletinPage');
const WhitelistsPage = lazyPage(() => import('./whitelists/whitelists-page'), 'WhitelistsPage');
const WhitelistPage = lazyPage(() => import('./whitelists/whitelist-page'), 'WhitelistPage');
const BankWhitelistsPage = lazyPage(() => import('./whitelists/bank-whitelists-page'), 'BankWhitelistsPage');
const BankWhitelistPage = lazyPage(() => import('./whitelists/bank-whitelist-page'), 'BankWhitelistPage');
const CreditPage = lazyPage(() => import('./credit/credit-page'), 'CreditPage');
const MyCreditPage = lazyPage(() => import('./credit/my-credit-page'), 'MyCreditPage');
const PublicCreditPage = lazyPage(() => import('./credit/public-credit-page'), 'PublicCreditPage');
const ExhibitionsPage = lazyPage(() => import('./exhibitions/exhibitions-page'), 'ExhibitionsPage');
const FairPage = lazyPage(() => import('./exhibitions/fair-page'), 'FairPage');
const MyExhibitionsPage = lazyPage(() => import('./exhibitions/my-exhibitions-page'), 'MyExhibitionsPage');
const MySubsidiesPage = lazyPage(() => import('./subsidies/my-subsidies-page'), 'MySubsidiesPage');
const SubsidyPage = lazyPage(() => import('./subsidies/subsidy-page'), 'SubsidyPage');
const SubsidyReviewPage = lazyPage(() => import('./subsidies/subsidy-review-page'), 'SubsidyReviewPage');
const SubsidyBatchesPage = lazyPage(() => import('./subsidies/batches-page'), 'SubsidyBatchesPage');
const SubsidyBatchPage = lazyPage(() => import('./subsidies/batch-page'), 'SubsidyBatchPage');
const LprPage = lazyPage(() => import('./subsidies/lpr-page'), 'LprPage');
const SubsidyPoliciesPage = lazyPage(() => import('./subsidies/policies-page'), 'SubsidyPoliciesPage');
const MyRemindersPage = lazyPage(() => import('./reminders/my-reminders-page'), 'MyRemindersPage');
const LapseRiskPage = lazyPage(() => import('./reminders/lapse-risk-page'), 'LapseRiskPage');
const PolicyEditorPage = lazyPage(() => import('./subsidies/policy-editor-page'), 'PolicyEditorPage');
const SupermarketPage = lazyPage(() => import('./finance/supermarket-page'), 'SupermarketPage');
const PublicSupermarketPage = lazyPage(() => import('./finance/supermarket-page'), 'PublicSupermarketPage');
const MyFinancePage = lazyPage(() => import('./finance/my-finance-page'), 'MyFinancePage');
const BankDeskPage = lazyPage(() => import('./finance/bank-desk-page'), 'BankDeskPage');
const FinanceOversightPage = lazyPage(() => import('./finance/oversight-page'), 'FinanceOversightPage');
const FinanceApplicationPage = lazyPage(() => import('./finance/application-page'), 'FinanceApplicationPage');
const ReferralsPage = lazyPage(() => import('./cooperation/referrals-page'), 'ReferralsPage');
const ReferralPage = lazyPage(() => import('./cooperation/referral-page'), 'ReferralPage');
const MediationsPage = lazyPage(() => import('./cooperation/mediations-page'), 'MediationsPage');
const MediationPage = lazyPage(() => import('./cooperation/mediation-page'), 'MediationPage');
const EcommerceOpinionsPage = lazyPage(() => import('./cooperation/ecommerce-opinions-page'), 'EcommerceOpinionsPage');
const ScreeningPage = lazyPage(() => import('./abnormal-screening/screening-page'), 'ScreeningPage');
const ScreeningFlagPage = lazyPage(() => import('./abnormal-screening/screening-page'), 'ScreeningFlagPage');
const OutletsPage = lazyPage(() => import('./outreach/outreach-pages'), 'OutletsPage');
const TrainingsPage = lazyPage(() => import('./outreach/outreach-pages'), 'TrainingsPage');
const NeedsPage = lazyPage(() => import('./outreach/outreach-pages'), 'NeedsPage');
const ComplaintFormPage = lazyPage(() => import('./cases/complaint-form-page'), 'ComplaintFormPage');
const ComplaintTrackPage = lazyPage(() => import('./cases/complaint-track-page'), 'ComplaintTrackPage');
const CaseDeskPage = lazyPage(() => import('./cases/case-desk-page'), 'CaseDeskPage');
const CaseStatsPage = lazyPage(() => import('./cases/case-stats-page'), 'CaseStatsPage');
const ComplaintPage = lazyPage(() => import('./cases/complaint-page'), 'ComplaintPage');
const PenaltyCasePage = lazyPage(() => import('./cases/penalty-case-page'), 'PenaltyCasePage');
const DisputePage = lazyPage(() => import('./cases/dispute-page'), 'DisputePage');
const LibraryUpkeepPage = lazyPage(() => import('./overseas/library-upkeep-page'), 'LibraryUpkeepPage');
const ExportProfilePage = lazyPage(() => import('./overseas/export-profile-page'), 'ExportProfilePage');
const PreexamPage = lazyPage(() => import('./preexam/preexam-page'), 'PreexamPage');
const AgencyInspectionsPage = lazyPage(() => import('./agency-inspections/agency-inspections-page'), 'AgencyInspectionsPage');
const PublicInspectionResultsPage = lazyPage(() => import('./agency-inspections/public-results-page'), 'PublicInspectionResultsPage');

/** The IP-registry pages (知识产权登记) and the permission each needs. */
const registryPages = [
  { path: '/patents/search', permission: 'registry.read', element: <PatentSearchPage /> },
  { path: '/patents/analysis', permission: 'registry.read', element: <PatentAnalysisPage /> },
  { path: '/patents/saved', permission: 'registry.read', element: <SavedSearchesPage /> },
  { path: '/patents/:id', permission: 'registry.read', element: <PatentPage /> },
  { path: '/trademarks', permission: 'registry.read', element: <TrademarksPage /> },
  { path: '/key-marks', permission: 'registry.read', element: <KeyMarksPage /> },
  { path: '/geo-indications', permission: 'registry.read', element: <GeoIndicationsPage /> },
  { path: '/geo-indications/:id', permission: 'registry.read', element: <GeoIndicationPage /> },
  { path: '/high-value', permission: 'indicator.read', element: <HighValuePage /> },
  { path: '/imports', permission: 'registry.manage', element: <ImportsPage /> },
  { path: '/imports/:id', permission: 'registry.manage', element: <ImportJobPage /> },
  { path: '/open-licences/mine', permission: 'enterprise.self', element: <MyOpenLicencesPage /> },
  { path: '/open-licences/licences', permission: 'enterprise.self', element: <OpenLicencesPage /> },
  { path: '/open-licences/review', permission: 'utilization.review', element: <OpenLicenceReviewPage /> },
  { path: '/filings', permission: 'enterprise.self', element: <FilingsPage /> },
  { path: '/filings/review', permission: 'utilization.review', element: <FilingReviewPage /> },
  { path: '/pledges/mine', permission: 'enterprise.self', element: <MyPledgesPage /> },
  { path: '/pledges/bank', permission: 'pledge.pledgee', element: <BankPledgesPage /> },
  { path: '/pledges/review', permission: 'utilization.review', element: <PledgeReviewPage /> },
  { path: '/indicators', permission: 'indicator.read', element: <ValuesPage /> },
  { path: '/indicators/reported', permission: 'indicator.read', element: <ReportedPage /> },
  { path: '/indicators/population', permission: 'indicator.read', element: <PopulationPage /> },
  { path: '/indicators/plans', permission: 'indicator.read', element: <PlansPage /> },
  { path: '/indicators/plans/:id', permission: 'indicator.read', element: <PlanPage /> },
  { path: '/indicators/plans/new', permission: 'indicator.manage', element: <PlanEditPage /> },
  { path: '/indicators/plans/:id/edit', permission: 'indicator.manage', element: <PlanEditPage /> },
  { path: '/indicators/assessment', permission: 'indicator.read', element: <AssessmentPage /> },
  { path: '/whitelists', permission: 'whitelist.manage', element: <WhitelistsPage /> },
  { path: '/whitelists/:id', permission: 'whitelist.manage', element: <WhitelistPage /> },
  { path: '/bank/whitelists', permission: 'whitelist.bank', element: <BankWhitelistsPage /> },
  { path: '/bank/whitelists/:id', permission: 'whitelist.bank', element: <BankWhitelistPage /> },
  { path: '/credit', permission: 'credit.manage', element: <CreditPage /> },
  { path: '/credit/mine', permission: 'enterprise.self', element: <MyCreditPage /> },
  { path: '/exhibitions/mine', permission: 'enterprise.self', element: <MyExhibitionsPage /> },
  { path: '/subsidies/mine', permission: 'enterprise.self', element: <MySubsidiesPage /> },
  { path: '/subsidies/review', permission: 'subsidy.review', element: <SubsidyReviewPage /> },
  { path: '/subsidies/batches', permission: 'subsidy.review', element: <SubsidyBatchesPage /> },
  { path: '/subsidies/batches/:id', permission: 'subsidy.review', element: <SubsidyBatchPage /> },
  { path: '/subsidies/lpr', permission: 'lpr.manage', element: <LprPage /> },
  { path: '/finance/mine', permission: 'enterprise.self', element: <MyFinancePage /> },
  { path: '/finance/bank', permission: 'finance.bank', element: <BankDeskPage /> },
  { path: '/finance/oversight', permission: 'finance.oversee', element: <FinanceOversightPage /> },
  { path: '/cooperation/ecommerce-opinions', permission: 'ecommerce.opinion', element: <EcommerceOpinionsPage /> },
  { path: '/cases/desk', permission: 'case.handle', element: <CaseDeskPage /> },
  { path: '/cases/stats', permission: 'case.handle', element: <CaseStatsPage /> },
  { path: '/reminders', permission: 'enterprise.self', element: <MyRemindersPage /> },
  { path: '/reminders/lapse-risk', permission: 'enterprise.read', element: <LapseRiskPage /> },
  { path: '/subsidies/policies/new', permission: 'subsidy.review', element: <PolicyEditorPage /> },
  { path: '/subsidies/policies/:key/edit', permission: 'subsidy.review', element: <PolicyEditorPage /> },
  { path: '/overseas/libraries', permission: 'overseas.manage', element: <LibraryUpkeepPage /> },
  { path: '/overseas/export-profile', permission: 'enterprise.self', element: <ExportProfilePage /> },
  { path: '/agency-inspections', permission: 'agency.inspect', element: <AgencyInspectionsPage /> },
  { path: '/abnormal-screening', permission: 'screening.review', element: <ScreeningPage /> },
  { path: '/abnormal-screening/:id', permission: 'screening.review', element: <ScreeningFlagPage /> },
  { path: '/outreach/outlets', permission: 'outreach.manage', element: <OutletsPage /> },
] as const;

/** Every page of the app and who may open it. */
export function AppRoutes() {
  return (
    <>
      <UnauthorisedWatcher />
      <PageTitle />
      <Suspense fallback={<PageSpinner />}>
        <Routes>
          <Route element={<PublicLayout />}>
            {/* 公共服务: the public home — what the platform is and what anyone may open without an account. */}
            <Route path="/welcome" element={<LandingPage />} />
            <Route path="/login" element={<LoginPage />} />
            <Route path="/register" element={<RegisterPage />} />
            <Route path="/catalogue/open-licences" element={<PublicOpenLicenceCataloguePage />} />
            <Route path="/catalogue/open-licences/:id" element={<PublicOpenLicenceEntryPage />} />
            {/* The halls are public: anyone may browse published listings and demands. */}
            <Route path="/hall/supply" element={<SupplyHallPage />} />
            <Route path="/hall/demands" element={<DemandHallPage />} />
            <Route path="/public/overseas" element={<PublicOverseasPage />} />
            <Route path="/public/credit" element={<PublicCreditPage />} />
            <Route path="/catalogue/finance" element={<PublicSupermarketPage />} />
            {/* 投诉举报: anyone may complain or report (a report anonymously) and track it by its code. */}
            <Route path="/complaints/new" element={<ComplaintFormPage />} />
            <Route path="/complaints/track" element={<ComplaintTrackPage />} />
            <Route path="/public/agency-inspections" element={<PublicInspectionResultsPage />} />
          </Route>
          <Route
            path="/screen"
            element={
              <RequireAuth>
                <RequirePermission permission="indicator.read">
                  <ScreenPage />
                </RequirePermission>
              </RequireAuth>
            }
          />
          <Route
            element={
              <RequireAuth>
                <AppLayout />
              </RequireAuth>
            }
          >
            <Route index element={<HomePage />} />
            <Route path="/my/enterprise" element={<MyEnterprisePage />} />
            <Route
              path="/enterprises"
              element={
                <RequirePermission permission="enterprise.read">
                  <EnterpriseListPage />
                </RequirePermission>
              }
            />
            <Route path="/enterprises/:id" element={<EnterprisePage />} />
            <Route
              path="/orgs"
              element={
                <RequirePermission permission="org.read">
                  <OrgsPage />
                </RequirePermission>
              }
            />
            <Route
              path="/users"
              element={
                <RequirePermission permission="user.read">
                  <UsersPage />
                </RequirePermission>
              }
            />
            <Route
              path="/audit"
              element={
                <RequirePermission permission="audit.read">
                  <AuditPage />
                </RequirePermission>
              }
            />
            <Route
              path="/calendar"
              element={
                <RequirePermission permission="org.manage">
                  <CalendarPage />
                </RequirePermission>
              }
            />
            {registryPages.map((p) => (
              <Route key={p.path} path={p.path} element={<RequirePermission permission={p.permission}>{p.element}</RequirePermission>} />
            ))}
            <Route path="/work-queue" element={<WorkQueuePage />} />
            <Route path="/overseas" element={<OverseasPage />} />
            <Route path="/overseas/requests" element={<OverseasRequestsPage />} />
            <Route path="/overseas/requests/:id" element={<OverseasRequestPage />} />
            {/* 培训活动 and 企业诉求: staff and enterprises each see their own part (the server decides). */}
            <Route path="/outreach/trainings" element={<TrainingsPage />} />
            <Route path="/outreach/needs" element={<NeedsPage />} />
            {/* 移送协作 / 调解: the bureau, the police, the procuratorate and mediators each see only their own part (the server decides). */}
            <Route path="/cooperation/referrals" element={<ReferralsPage />} />
            <Route path="/cooperation/referrals/:id" element={<ReferralPage />} />
            <Route path="/cooperation/mediations" element={<MediationsPage />} />
            <Route path="/cooperation/mediations/:id" element={<MediationPage />} />
            <Route path="/open-licences/catalogue" element={<OpenLicenceCataloguePage />} />
            <Route path="/open-licences/catalogue/:id" element={<OpenLicenceEntryPage />} />
            <Route path="/open-licences/declarations/:id" element={<DeclarationPage />} />
            <Route path="/filings/:id" element={<FilingPage />} />
            <Route path="/exhibitions" element={<ExhibitionsPage />} />
            <Route path="/exhibitions/fairs/:id" element={<FairPage />} />
            <Route path="/subsidies/applications/:id" element={<SubsidyPage />} />
            <Route path="/subsidies/policies" element={<SubsidyPoliciesPage />} />
            <Route path="/finance/supermarket" element={<SupermarketPage />} />
            <Route path="/finance/applications/:id" element={<FinanceApplicationPage />} />
            <Route path="/pledges/:id" element={<PledgePage />} />
            <Route path="/ip-insurance/policies" element={<InsurancePage />} />
            <Route path="/ip-insurance/securitizations" element={<SecuritizationPage />} />
            <Route path="/tech/supply" element={<SupplyHallPage />} />
            <Route path="/tech/demands" element={<DemandHallPage />} />
            <Route path="/tech/demands/:id/matches" element={<DemandMatchesPage />} />
            <Route path="/tech/contacts" element={<ContactsPage />} />
            <Route path="/tech/contacts/:id" element={<ContactPage />} />
            <Route
              path="/tech/mine"
              element={
                <RequirePermission permission="tech.post">
                  <MyTechPage />
                </RequirePermission>
              }
            />
            <Route
              path="/tech/overview"
              element={
                <RequirePermission permission="tech.oversee">
                  <TechOverviewPage />
                </RequirePermission>
              }
            />
            <Route
              path="/bulletin"
              element={
                <RequirePermission permission="indicator.read">
                  <BulletinPage />
                </RequirePermission>
              }
            />
            <Route path="/notifications" element={<NotificationsPage />} />
            <Route path="/preexam" element={<PreexamPage />} />
            <Route path={PASSWORD_PATH} element={<PasswordPage />} />
            {/* Case files: handlers, the submitter and the parties assigned (the server decides; 404 outside reach). */}
            <Route path="/cases/complaints/:id" element={<ComplaintPage />} />
            <Route path="/cases/penalty/:id" element={<PenaltyCasePage />} />
            <Route path="/cases/disputes/:id" element={<DisputePage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </Suspense>
    </>
  );
}
