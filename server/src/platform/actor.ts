import { roleDefinitions, type OrgKind, type Permission, type Role, type RoleScope } from '@zhichan/contract';

/** Who is acting: the signed-in user with their organisation, region and declared permissions. */
export interface Actor {
  userId: number;
  username: string;
  displayName: string;
  role: Role;
  scope: RoleScope;
  orgId: number;
  orgKind: OrgKind;
  orgStatus: string;
  /** The jurisdiction: the organisation's region code. */
  regionCode: string;
  permissions: ReadonlySet<Permission>;
  /** The password was set by an administrator: only the password change (and sign-out) is allowed. */
  mustChangePassword: boolean;
  ip: string | null;
  /** Audit rows written while serving this request; the route layer checks it is exactly one per mutation. */
  trace: { auditRows: number };
}

/**
 * Permissions a user actually holds: the role's declared permissions, none at all while the
 * user's organisation is not active (a pending enterprise sees only its own registration).
 */
export function effectivePermissions(role: Role, orgStatus: string): Set<Permission> {
  if (orgStatus !== 'active') return new Set();
  return new Set(roleDefinitions[role].permissions);
}

/** Whoever an audit row names: a signed-in actor, or a caller without a session identified by IP. */
export interface AuditActor {
  userId: number | null;
  username: string | null;
  orgId: number | null;
  regionCode: string | null;
  ip: string | null;
  trace: { auditRows: number };
}

/** Someone acting without a session (registration, failed logins). */
export type AnonymousActor = AuditActor;
