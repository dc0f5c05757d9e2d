import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { PreferenceControls } from './preference-controls';
import './shell.css';

/** The public services and the sign-in page, as the public header lists them. */
const publicLinks = [
  { path: '/catalogue/open-licences', key: 'nav.openLicenceCatalogue' },
  { path: '/hall/supply', key: 'nav.techSupply' },
  { path: '/hall/demands', key: 'nav.techDemands' },
  { path: '/public/overseas', key: 'nav.overseas' },
  { path: '/catalogue/finance', key: 'nav.financeSupermarket' },
  { path: '/public/agency-inspections', key: 'nav.agencyInspectionResults' },
  { path: '/login', key: 'publicNav.signIn' },
] as const;

/** The frame of the public pages (公共服务, sign-in, registration, catalogue, halls): the brand leads home. */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <div className="public-shell">
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <NavLink to="/welcome" className="app-brand">
          <span className="app-brand-name">{t('app.name')}</span>
          <span className="app-brand-tagline">{t('app.tagline')}</span>
        </NavLink>
        <nav aria-label={t('publicNav.label')} className="public-nav">
          <ul>
            {publicLinks.map((l) => (
              <li key={l.path}>
                <NavLink to={l.path}>{t(l.key)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <PreferenceControls />
      </header>
      <main id="main" tabIndex={-1} className="public-main">
        <Outlet />
      </main>
    </div>
  );
}
