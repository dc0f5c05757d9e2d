import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * Table types. Portable across SQLite and PostgreSQL: timestamps are ISO 8601 UTC text,
 * booleans are 0/1 integers, JSON is text. Both dialects then return identical values.
 */
export interface RegionTable {
  code: string;
  name: string;
  level: number;
  parent_code: string | null;
  full_name: string;
}

export interface OrganisationTable {
  id: Generated<number>;
  kind: string;
  name: string;
  credit_code: string | null;
  region_code: string;
  status: string;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

export interface UserTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  password_hash: string;
  org_id: number;
  role: string;
  phone: string | null;
  status: string;
  must_change_password: number;
  locked_until: string | null;
  last_login_at: string | null;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

export interface EnterpriseProfileTable {
  org_id: number;
  industry: string | null;
  address: string | null;
  legal_representative: string | null;
  registered_capital: number | null;
  established_on: string | null;
  tags: string;
  submitted_by: number | null;
  submitted_at: string;
  reviewed_by: number | null;
  reviewed_at: string | null;
  reject_reason: string | null;
}

export interface EnterpriseContactTable {
  id: Generated<number>;
  org_id: number;
  name: string;
  title: string | null;
  phone: string | null;
  id_number: string | null;
  email: string | null;
}

export interface SessionTable {
  id_hash: string;
  user_id: number;
  csrf_token: string;
  ip: string | null;
  user_agent: string | null;
  created_at: string;
  last_seen_at: string;
}

export interface LoginFailureTable {
  id: Generated<number>;
  username: string;
  ip: string | null;
  at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor_user_id: number | null;
  actor_username: string | null;
  actor_org_id: number | null;
  region_code: string | null;
  ip: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before_json: string | null;
  after_json: string | null;
}

export interface NotificationTable {
  id: Generated<number>;
  user_id: number;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  created_at: string;
  read_at: string | null;
}

export interface DB {
  regions: RegionTable;
  organisations: OrganisationTable;
  users: UserTable;
  enterprise_profiles: EnterpriseProfileTable;
  enterprise_contacts: EnterpriseContactTable;
  sessions: SessionTable;
  login_failures: LoginFailureTable;
  audit_log: AuditLogTable;
  notifications: NotificationTable;
}

export type OrganisationRow = Selectable<OrganisationTable>;
export type UserRow = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;
export type UserUpdate = Updateable<UserTable>;
export type EnterpriseProfileRow = Selectable<EnterpriseProfileTable>;
