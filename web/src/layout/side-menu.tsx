import { Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useCurrentUser } from '../session/use-session';
import { activeNavPath, navItems } from './nav-items';

/** The side menu: only the entries the user's permissions allow. */
export function SideMenu() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const items = navItems.filter((i) => i.visible(user)).map((i) => ({ key: i.path, label: t(i.labelKey) }));
  return (
    <nav aria-label={t('nav.label')}>
      <Menu mode="inline" selectedKeys={[activeNavPath(pathname)]} items={items} onClick={({ key }) => void navigate(key)} />
    </nav>
  );
}
