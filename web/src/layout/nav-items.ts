import type { Permission, SessionUser } from '@zhichan/contract';
import { hasOwnEnterprise } from '../session/use-session';

/** One entry of the side menu: where it goes, its label key and who sees it. */
export interface NavItem {
  path: string;
  labelKey: 'nav.home' | 'nav.myEnterprise' | 'nav.enterprises' | 'nav.orgs' | 'nav.users' | 'nav.audit' | 'nav.notifications' | 'nav.password';
  visible(user: SessionUser): boolean;
}

const can = (p: Permission) => (user: SessionUser) => user.permissions.includes(p);

/** The side menu, in order; each item is shown only to users with the matching permission. */
export const navItems: NavItem[] = [
  { path: '/', labelKey: 'nav.home', visible: (u) => !hasOwnEnterprise(u) },
  // A pending enterprise holds no permissions yet but must still see its own registration.
  { path: '/my/enterprise', labelKey: 'nav.myEnterprise', visible: hasOwnEnterprise },
  { path: '/enterprises', labelKey: 'nav.enterprises', visible: can('enterprise.read') },
  { path: '/orgs', labelKey: 'nav.orgs', visible: can('org.read') },
  { path: '/users', labelKey: 'nav.users', visible: can('user.read') },
  { path: '/audit', labelKey: 'nav.audit', visible: can('audit.read') },
  { path: '/notifications', labelKey: 'nav.notifications', visible: () => true },
  { path: '/account/password', labelKey: 'nav.password', visible: () => true },
];

/** The menu entry that owns a path (longest matching prefix). */
export function activeNavPath(pathname: string): string {
  const matches = navItems.filter((i) => (i.path === '/' ? pathname === '/' : pathname === i.path || pathname.startsWith(`${i.path}/`)));
  return matches.sort((a, b) => b.path.length - a.path.length)[0]?.path ?? '';
}
