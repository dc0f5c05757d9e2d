import { roleDefinitions, roles, type OrgKind, type Role } from '@zhichan/contract';
import type { LabelPair } from '../prefs/label';

/** Roles a user of an organisation of this kind may hold (roleDefinitions[role].orgKinds). */
export function rolesForOrgKind(kind: OrgKind | undefined): Role[] {
  if (!kind) return [];
  return roles.filter((r) => roleDefinitions[r].orgKinds.includes(kind));
}

/** Select options for those roles, labelled in the interface language. */
export function roleOptions(kind: OrgKind | undefined, label: (l: LabelPair) => string) {
  return rolesForOrgKind(kind).map((r) => ({ value: r, label: label(roleDefinitions[r]) }));
}
