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
const ComplaintFormPage = lazyPage(() => import('./cases/complaint-form-page'), 'ComplaintFormPage');
const ComplaintTrackPage = lazyPage(() => import('./cases/complaint-track-page'), 'ComplaintTrackPage');
const CaseDeskPage = lazyPage(() => import('./cases/case-desk-page'), 'CaseDeskPage');
const CaseStatsPage = lazyPage(() => import('./cases/case-stats-page'), 'CaseStatsPage');

/** The IP-registry pages (知识产权登记) and the permission each needs. */
const registryPages = [
  { path: '/patents/search', permission: 'registry.read', element: <PatentSearchPage /> },
  { path: '/patents/analysis', permission: 'registry.read', element: <PatentAnalysisPage /> },
  { path: '/patents/saved', permission: 'registry.read', element: <SavedSearchesPage /> },
  { path: '/patents/:id', permission: 'registry.read', element: <PatentPage /> },
  { path: '/trademarks', permission: 'registry.read', element: <TrademarksPage /> },
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
  { path: '/indicators', permission: 'indicator.read', element: <ValuesPage /> },
  { path: '/indicators/reported', permission: 'indicator.read', element: <ReportedPage /> },
  { path: '/indicators/population', permission: 'indicator.read', element: <PopulationPage /> },
  { path: '/indicators/plans', permission: 'indicator.read', element: <PlansPage /> },
  { path: '/indicators/plans/:id', permission: 'indicator.read', element: <PlanPage /> },
  { path: '/indicators/plans/new', permission: 'indicator.manage', element: <PlanEditPage /> },
  { path: '/indicators/plans/:id/edit', permission: 'indicator.manage', element: <PlanEditPage /> },
  { path: '/indicators/assessment', permission: 'indicator.read', element: <AssessmentPage /> },
  { path: '/cases/desk', permission: 'case.handle', element: <CaseDeskPage /> },
  { path: '/cases/stats', permission: 'case.handle', element: <CaseStatsPage /> },
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
            {/* 投诉举报: anyone may complain or report (a report anonymously) and track it by its code. */}
            <Route path="/complaints/new" element={<ComplaintFormPage />} />
            <Route path="/complaints/track" element={<ComplaintTrackPage />} />
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
            <Route path="/open-licences/catalogue" element={<OpenLicenceCataloguePage />} />
            <Route path="/open-licences/catalogue/:id" element={<OpenLicenceEntryPage />} />
            <Route path="/open-licences/declarations/:id" element={<DeclarationPage />} />
            <Route path="/filings/:id" element={<FilingPage />} />
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
            <Route path={PASSWORD_PATH} element={<PasswordPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </Suspense>
    </>
  );
}
