import { Alert, Drawer, Grid, Layout } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { hasOwnEnterprise, useCurrentUser } from '../session/use-session';
import { AppHeader } from './app-header';
import { CalendarBanner } from './calendar-banner';
import { isStaffPage } from './nav-items';
import { SideMenu } from './side-menu';
import './shell.css';

/**
 * The signed-in frame: skip link, header, side menu and the page in <main>. Below 768 px (a phone) the side menu
 * folds into a drawer opened from the header's menu button, and a staff management page says politely that a
 * wider screen suits it better.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  // Until the first measurement the layout is the wide one (desktop sees no flash of the phone layout).
  const narrow = screens.md === false;
  const [menuOpen, setMenuOpen] = useState(false);
  const { pathname } = useLocation();
  const user = useCurrentUser();
  const wideScreenNote = narrow && !hasOwnEnterprise(user) && isStaffPage(pathname);
  return (
    <Layout className={narrow ? 'app-shell app-shell-narrow' : 'app-shell'}>
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppHeader menu={narrow ? { open: menuOpen, toggle: () => setMenuOpen((o) => !o) } : undefined} />
      <Layout>
        {narrow ? (
          <Drawer
            id="app-menu-drawer"
            placement="left"
            size={260}
            open={menuOpen}
            onClose={() => setMenuOpen(false)}
            title={t('app.name')}
            closable={{ 'aria-label': t('shell.closeMenu') }}
            className="app-menu-drawer"
          >
            <SideMenu onNavigate={() => setMenuOpen(false)} />
          </Drawer>
        ) : (
          <Layout.Sider width={200} theme="light" className="app-sider">
            <SideMenu />
          </Layout.Sider>
        )}
        <Layout.Content>
          <main id="main" tabIndex={-1} className="app-main">
            <CalendarBanner />
            {wideScreenNote && <Alert type="info" showIcon className="wide-screen-note" title={t('shell.wideScreen')} />}
            <Outlet />
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
