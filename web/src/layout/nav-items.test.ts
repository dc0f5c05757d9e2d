import { roleDefinitions, roles, type OrgKind, type Role, type SessionUser } from '@zhichan/contract';
import { describe, expect, it } from 'vitest';
import { isStaffPage, navItems } from './nav-items';

const kindOf: Record<Role, OrgKind> = {
  bureau_admin: 'ip_bureau',
  bureau_staff: 'ip_bureau',
  town_specialist: 'town_office',
  enterprise_user: 'enterprise',
  bank_officer: 'bank',
  enforcement_partner: 'police',
  mediator: 'mediation',
  public: 'individual',
  expert: 'ip_agency',
};
const userOf = (role: Role): SessionUser => ({
  id: 1,
  username: role,
  displayName: role,
  role,
  permissions: [...roleDefinitions[role].permissions],
  org: { id: 1, name: 'org', kind: kindOf[role], status: 'active', regionCode: '370811', regionName: '任城区' },
  mustChangePassword: false,
});
const menuOf = (role: Role) => navItems.filter((i) => i.visible(userOf(role))).map((i) => i.path);
const staffPaths = navItems.filter((i) => i.staffOnly).map((i) => i.path);

describe('the side menu per role', () => {
  it.each(['bank_officer', 'enforcement_partner', 'mediator', 'public', 'enterprise_user', 'expert'] as const)(
    '%s sees no staff page (高价值认定设置 among them)',
    (role) => {
      expect(menuOf(role)).not.toContain('/high-value');
      expect(menuOf(role).filter((p) => staffPaths.includes(p))).toEqual([]);
      expect(menuOf(role)).toContain('/patents/search');
    },
  );

  it('bureau staff and town specialists keep the high-value settings', () => {
    expect(menuOf('bureau_staff')).toContain('/high-value');
    expect(menuOf('town_specialist')).toContain('/high-value');
  });

  it('every role has a menu, and staff pages are told apart from the pages that work on a phone', () => {
    for (const r of roles) expect(menuOf(r).length).toBeGreaterThan(0);
    expect(isStaffPage('/enterprises')).toBe(true);
    expect(isStaffPage('/enterprises/7')).toBe(true);
    expect(isStaffPage('/open-licences/review')).toBe(true);
    expect(isStaffPage('/open-licences/mine')).toBe(false);
    expect(isStaffPage('/patents/search')).toBe(false);
    expect(isStaffPage('/')).toBe(false);
  });
});
