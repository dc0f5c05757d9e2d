import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { PreferenceControls } from './preference-controls';

/** The frame of the sign-in and registration pages. */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <div className="public-shell">
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <Link to="/login" className="app-brand">
          <span className="app-brand-name">{t('app.name')}</span>
          <span className="app-brand-tagline">{t('app.tagline')}</span>
        </Link>
        <PreferenceControls />
      </header>
      <main id="main" tabIndex={-1} className="public-main">
        <Outlet />
      </main>
    </div>
  );
}
