import { Layout } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { AppHeader } from './app-header';
import { CalendarBanner } from './calendar-banner';
import { SideMenu } from './side-menu';

/** The signed-in frame: skip link, header, side menu and the page in <main>. */
export function AppLayout() {
  const { t } = useTranslation();
  return (
    <Layout className="app-shell">
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <Layout>
        <Layout.Sider width={200} theme="light" className="app-sider">
          <SideMenu />
        </Layout.Sider>
        <Layout.Content>
          <main id="main" tabIndex={-1} className="app-main">
            <CalendarBanner />
            <Outlet />
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
