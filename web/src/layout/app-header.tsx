import { App, Button, Space, Typography } from 'antd';
import { MenuOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { signOut } from '../api/auth';
import { useCurrentUser, useReplaceSession } from '../session/use-session';
import { NotificationBell } from './notification-bell';
import { PreferenceControls } from './preference-controls';

/**
 * Top bar: platform name, the user and their organisation, notifications, preferences, sign-out. On a phone
 * (`menu` given) it leads with the button that opens the menu drawer.
 */
export function AppHeader({ menu }: { menu?: { open: boolean; toggle: () => void } }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const replaceSession = useReplaceSession();
  const { message } = App.useApp();
  const logout = useMutation({
    mutationFn: signOut,
    // RequireAuth then sends the user to sign in, with this message.
    onSettled: () => {
      message.destroy();
      replaceSession(null, { message: t('header.signedOut'), returnHere: false });
    },
  });
  return (
    <header className="app-header">
      {menu && (
        <Button
          className="app-menu-toggle"
          icon={<MenuOutlined aria-hidden />}
          aria-label={t(menu.open ? 'shell.closeMenu' : 'shell.openMenu')}
          aria-expanded={menu.open}
          aria-controls="app-menu-drawer"
          onClick={menu.toggle}
        />
      )}
      <Link to="/" className="app-brand">
        <span className="app-brand-name">{t('app.name')}</span>
        <span className="app-brand-tagline">{t('app.tagline')}</span>
      </Link>
      <Space size="large" wrap className="app-header-right">
        <PreferenceControls />
        <NotificationBell />
        <span className="app-user">
          <Typography.Text strong>{user.displayName}</Typography.Text>
          <Typography.Text type="secondary" className="app-user-org">
            {user.org.name}
          </Typography.Text>
        </span>
        <Button onClick={() => logout.mutate()} loading={logout.isPending}>
          {t('header.signOut')}
        </Button>
      </Space>
    </header>
  );
}
