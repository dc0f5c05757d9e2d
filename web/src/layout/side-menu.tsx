import { Menu, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useCurrentUser } from '../session/use-session';
import { activeNavPath, navItems, type NavGroup } from './nav-items';

type MenuItem = NonNullable<MenuProps['items']>[number];

/**
 * The side menu: only the entries the user's permissions allow, grouped under their headings. `onNavigate`
 * runs after a choice (the phone drawer closes itself with it).
 */
export function SideMenu({ onNavigate }: { onNavigate?: () => void } = {}) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const items: MenuItem[] = [];
  const groups = new Map<NavGroup, MenuItem[]>();
  for (const i of navItems.filter((n) => n.visible(user))) {
    const entry = { key: i.path, label: t(i.labelKey) };
    if (!i.group) {
      items.push(entry);
      continue;
    }
    let children = groups.get(i.group);
    if (!children) {
      children = [];
      groups.set(i.group, children);
      items.push({ type: 'group', key: i.group, label: t(i.group), children });
    }
    children.push(entry);
  }
  return (
    <nav aria-label={t('nav.label')}>
      <Menu
        mode="inline"
        selectedKeys={[activeNavPath(pathname)]}
        items={items}
        onClick={({ key }) => {
          void navigate(key);
          onNavigate?.();
        }}
      />
    </nav>
  );
}
