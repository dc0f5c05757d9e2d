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

export interface PatentTable {
  id: Generated<number>;
  app_no: string;
  pub_no: string | null;
  grant_no: string | null;
  kind: string;
  title: string;
  abstract: string | null;
  first_claim: string | null;
  /** Filing date (申请日); null when the source gave none (migration 0014). */
  app_date: string | null;
  pub_date: string | null;
  grant_date: string | null;
  priority_date: string | null;
  /** JSON arrays of names. */
  applicants: string;
  holders: string;
  inventors: string;
  applicant_type: string | null;
  address: string | null;
  region_code: string | null;
  main_ipc: string | null;
  ipc: string;
  cpc: string;
  agency: string | null;
  agents: string;
  pct: string | null;
  /** JSON array of {country, number, granted}. */
  family: string;
  citations: string;
  /** Legal status text as the source database printed it (法律状态). */
  source_status: string | null;
  /** Derived from type and filing date (statutory term), never typed. */
  expires_on: string | null;
  /** Derived from the event history: first lapse, invalidation or surrender not later restored. */
  terminated_on: string | null;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

export interface PatentEventTable {
  id: Generated<number>;
  patent_id: number;
  event_date: string;
  kind: string;
  summary: string;
  details: string | null;
  source: string;
  /** Who recorded the event (PatentEventAuthority in patents/events.ts); null on events recorded before 0016 and on imported history. */
  authority: string | null;
  /** The authority's number for the act: registration, filing or case number. */
  authority_no: string | null;
  /** The date the authority acted (may differ from the event's effective date). */
  authority_date: string | null;
  /** Days of term compensation (专利权期限补偿) a 'term_compensation' event grants (migration 0105); null otherwise. */
  term_days: number | null;
  created_at: string;
}

/** A registered pledge of a patent (专利权质押登记), written by recordPatentEvents (patents/events.ts). */
export interface PatentPledgeTable {
  id: Generated<number>;
  patent_id: number;
  /** The 'pledge' event on the patent's history that registered it. */
  event_id: number | null;
  pledgor: string | null;
  pledgee: string;
  amount: number;
  /** ISO 4217; 'CNY' unless the registration says otherwise. */
  currency: string;
  registered_on: string;
  authority: string;
  authority_no: string | null;
  /** The pledge's release (注销), null while it stands. */
  ended_on: string | null;
  created_at: string;
  updated_at: string;
}

export interface PatentPartyTable {
  patent_id: number;
  role: string;
  seq: number;
  name: string;
  org_id: number | null;
}

export interface PatentIpcTable {
  patent_id: number;
  code: string;
  is_main: number;
}

export interface TrademarkTable {
  id: Generated<number>;
  reg_no: string;
  mark: string;
  classes: string;
  owner_name: string;
  owner_org_id: number | null;
  region_code: string | null;
  app_date: string | null;
  reg_date: string | null;
  expires_on: string | null;
  status: string;
  madrid: number;
  well_known: number;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

export interface GeoIndicationTable {
  id: Generated<number>;
  kind: string;
  name: string;
  reg_no: string | null;
  region_code: string;
  holder_name: string | null;
  holder_org_id: number | null;
  approved_on: string | null;
  status: string;
  notes: string | null;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

export interface GiAuthorisedUserTable {
  id: Generated<number>;
  gi_id: number;
  org_id: number | null;
  name: string;
  credit_code: string | null;
  authorised_on: string | null;
  expires_on: string | null;
}

export interface CodeTitleTable {
  code: string;
  level: string;
  title: string;
}

export interface StrategicIpcTable {
  id: Generated<number>;
  industry_code: string;
  industry_name: string;
  ipc_prefix: string;
  updated_at: string;
}

export interface PatentAwardTable {
  id: Generated<number>;
  patent_id: number;
  award: string;
  year: number;
  grade: string | null;
  /** 'national' (中国专利奖, 国家科学技术奖) or 'provincial' (省专利奖); null on rows before migration 0106. */
  level: string | null;
  /** The date the award was conferred; null when only the year is known (it then counts from 31 December). */
  awarded_on: string | null;
  /** Where the record came from ('import:<user>' …). */
  source: string | null;
}

export interface SettingTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface ImportJobTable {
  id: Generated<number>;
  kind: string;
  file_name: string;
  status: string;
  total_rows: number;
  inserted: number;
  updated: number;
  rejected: number;
  message: string | null;
  started_by: number | null;
  region_code: string | null;
  started_at: string;
  finished_at: string | null;
  /** Last sign of life of a running job (each batch, and every few seconds); null before migration 0091. */
  heartbeat_at: string | null;
}

export interface ImportErrorTable {
  id: Generated<number>;
  job_id: number;
  row_no: number;
  reason: string;
  raw: string | null;
}

export interface SavedSearchTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  query: string;
  alert: number;
  last_match_count: number;
  last_checked_at: string | null;
  created_at: string;
}

export interface PatentValueFactsTable {
  patent_id: number;
  /** JSON array of {code, name} of strategic emerging industries matched by the patent's IPC codes. */
  strategic_industries: string;
  overseas_granted: number;
  max_pledge_amount: number;
  /** JSON array of {award, year, grade, level, on}. */
  awards: string;
  /** JSON array of {on, amount}: each CNY pledge registration's amount credited to this patent (apportioned over a portfolio), by date. */
  pledge_credits: Generated<string>;
  /** The date the first award counts from; null without one. */
  award_since: string | null;
  /** The date of the first credit at or above the pledge threshold in force when the facts were computed; null without one. */
  pledge_since: string | null;
}

/** Search index facts, one narrow row per patent (migration 0003; on PostgreSQL also `tx`, the patent's one tsvector, 0013). */
export interface PatentSearchFactsTable {
  id: number;
  kind: number;
  app_ymd: number;
  pub_ymd: number | null;
  grant_ymd: number | null;
  expires_ymd: number | null;
  terminated_ymd: number | null;
  ipc_class: string | null;
  /** Every IPC class of the patent, space separated ("B22 B82 C01"): the IPC facets count these, as IC= finds them. */
  ipc_classes: string | null;
  county: string | null;
  applicant: string | null;
  /** The title as imported (relevance scores title matches of a result's hits from it, search/sqlite-rank.ts). */
  title: string | null;
}

/** SQLite FTS5 search index (contentless; rowid = patent id; space-separated bigram tokens per column). */
export interface PatentFtsTable {
  rowid: number;
  ti: string;
  ab: string;
  cl: string;
  pa: string;
  inv: string;
  ag: string;
  fl: string;
}

/** An open (or closed) step of a workflow record waiting for someone (待我处理). */
export interface WorkItemTable {
  id: Generated<number>;
  record_type: string;
  record_id: number;
  step: string;
  title: string;
  link: string;
  region_code: string;
  /** The organisation that must act (an enterprise), or null when holders of a permission in the region must. */
  assignee_org_id: number | null;
  assignee_permission: string | null;
  opened_at: string;
  due_on: string | null;
  closed_at: string | null;
  /** Last deadline notice sent: '', 'due_soon' or 'overdue' (the sweep is idempotent). */
  notified: string;
  /** The step's clock as opened: start date (YYYY-MM-DD, China), days and unit; null without a clock. */
  clock_start: string | null;
  clock_days: number | null;
  clock_unit: string | null;
  /** The day the step's clock was suspended (期限中止), while it stands still; null when it runs. */
  clock_paused_on: Generated<string | null>;
}

/** One date of the official holiday calendar (节假日安排) that differs from the Monday–Friday week. */
export interface HolidayCalendarTable {
  id: Generated<number>;
  year: number;
  date: string;
  /** 'holiday' (放假) or 'workday' (调休上班). */
  kind: string;
  /** The holiday it belongs to (春节). */
  name: string;
  /** The notice and its number (国务院办公厅通知 国办发明电〔2025〕7号), or 'chinese-days' when seeded. */
  source: string;
  entered_by: number | null;
  entered_at: string;
}

/** An organisation with a part on a record (当事方) other than its owner; access ends, it is never deleted. */
export interface RecordPartyTable {
  id: Generated<number>;
  record_type: string;
  record_id: number;
  org_id: number;
  /** A PartyRole of the contract (counterparty, handler, referred_to, expert, mediator, observer). */
  role: string;
  since: string;
  /** When the party's access ended (consent revoked, referral returned); null while it stands. */
  ended_at: string | null;
  ended_by: number | null;
  end_reason: string | null;
}

/** A file stored by content hash, linked to a record and a step. */
export interface AttachmentTable {
  id: Generated<number>;
  sha256: string;
  size: number;
  mime_type: string;
  file_name: string;
  kind: string;
  record_type: string | null;
  record_id: number | null;
  step: string | null;
  org_id: number;
  uploaded_by: number;
  created_at: string;
}

/** An open-licence declaration (开放许可声明); region = the patentee's region. */
export interface OpenLicenceDeclarationTable {
  id: Generated<number>;
  patent_id: number;
  patentee_org_id: number;
  region_code: string;
  status: string;
  fee_type: string;
  fee_amount: number | null;
  royalty_rate: number | null;
  payment_method: string;
  term_years: number;
  other_terms: string;
  review_note: string | null;
  submitted_by: number | null;
  submitted_at: string;
  reviewed_by: number | null;
  reviewed_at: string | null;
  published_at: string | null;
  withdrawn_at: string | null;
  /** CNIPA's announcement of the declaration (公告号, date), migration 0100. */
  cnipa_announcement_no: string | null;
  cnipa_announced_on: string | null;
  /** CNIPA's announcement of its withdrawal. */
  withdrawal_announcement_no: string | null;
  withdrawal_announced_on: string | null;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

/** A licence obtained under an open-licence declaration, with its filing number; region = the licensee's. */
export interface OpenLicenceTable {
  id: Generated<number>;
  declaration_id: number;
  patent_id: number;
  licensor_org_id: number;
  licensee_org_id: number;
  region_code: string;
  sme: number;
  fee_agreed: number;
  paid_amount: number;
  paid_on: string;
  notice_text: string;
  granted_on: string;
  term_end: string;
  /** The platform's own registration reference (平台登记号, PT-OL-…): never a filing number. */
  filing_no: string;
  /** CNIPA's filing of the licence (备案号, date), when entered (migration 0100). */
  cnipa_filing_no: string | null;
  cnipa_filed_on: string | null;
  /** What a per-unit payment covers (units) or a royalty payment (the sales it is reckoned on, yuan). */
  units: number | null;
  sales_amount: number | null;
  is_demo: number;
  created_at: string;
}

/** A filing (备案) of a contract or a product by an enterprise; region = the enterprise's. */
export interface FilingTable {
  id: Generated<number>;
  kind: string;
  org_id: number;
  region_code: string;
  status: string;
  title: string;
  counterparty: string | null;
  licence_kind: string | null;
  amount: number | null;
  starts_on: string | null;
  ends_on: string | null;
  description: string;
  review_note: string | null;
  filing_no: string | null;
  submitted_by: number | null;
  submitted_at: string;
  reviewed_by: number | null;
  reviewed_at: string | null;
  approved_at: string | null;
  /** The competent authority's act (migration 0100): kind (cnipa, agency …), its name, number and date. */
  authority: string | null;
  authority_name: string | null;
  authority_no: string | null;
  authority_date: string | null;
  /** The licence's scope (region, field of use); null = the whole patent. */
  scope: string | null;
  /** The date the authority cancelled the filing (注销). */
  cancelled_on: string | null;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

export interface FilingPatentTable {
  filing_id: number;
  patent_id: number;
}

/** Technology supply listing (项目供应), migration 0008. */
export interface TechListingTable {
  id: Generated<number>;
  org_id: number;
  owner_user_id: number | null;
  region_code: string;
  title: string;
  description: string;
  field: string;
  trl: number;
  price_mode: string;
  price: number | null;
  status: string;
  published_at: string | null;
  closed_at: string | null;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

export interface TechListingPatentTable {
  listing_id: number;
  patent_id: number;
}

/** Technology demand (项目需求), migration 0008. */
export interface TechDemandTable {
  id: Generated<number>;
  org_id: number;
  owner_user_id: number | null;
  region_code: string;
  title: string;
  description: string;
  field: string;
  /** JSON array of IPC hints. */
  ipc_hints: string;
  budget: number | null;
  deadline: string | null;
  status: string;
  published_at: string | null;
  closed_at: string | null;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

/** The match set last computed for a demand: candidates not in it are new. */
export interface TechMatchTable {
  demand_id: number;
  kind: string;
  target_id: number;
  score: number;
  created_at: string;
}

/** Patents written since the last re-match of the demands. */
export interface TechMatchQueueTable {
  patent_id: number;
}

/** An IP credit listing (知识产权信用管理名单); `ends_on` inclusive, `ended_on` the day a repair or revocation took effect. */
export interface CreditListingTable {
  id: Generated<number>;
  org_id: number | null;
  /** 'org' or 'person'. */
  subject_kind: string;
  subject_name: string;
  region_code: string;
  behaviour: string;
  /** JSON array of measure codes (contract `creditMeasures`). */
  measures_json: string;
  evidence: string;
  authority: string;
  decision_no: string | null;
  decided_on: string;
  starts_on: string;
  ends_on: string;
  ended_on: string | null;
  /** 'in_force', 'repaired' or 'revoked' (a listing past its end date stays 'in_force' and simply no longer applies). */
  status: string;
  published: Generated<number>;
  is_demo: Generated<number>;
  created_by: number | null;
  created_at: string;
  updated_at: string;
  /** A listed person's ID number (migration 0051), shown masked; null for organisations. */
  subject_id_no: string | null;
  /** Why the bureau revoked the listing (migration 0051). */
  revoke_reason: string | null;
}

/** A credit repair application (信用修复, migration 0051): pending, approved (the listing ends) or rejected. */
export interface CreditRepairTable {
  id: Generated<number>;
  listing_id: number;
  org_id: number;
  region_code: string;
  status: string;
  statement: string;
  applied_by: number | null;
  applied_at: string;
  decided_by: number | null;
  decided_at: string | null;
  decision_note: string | null;
  is_demo: Generated<number>;
}

/** A fair (展会) edition of a series, with its organiser and complaint desk (migration 0052). */
export interface FairTable {
  id: Generated<number>;
  series: string;
  edition: number;
  name: string;
  venue: string;
  region_code: string;
  organiser_org_id: number;
  starts_on: string;
  ends_on: string;
  desk_required: number;
  desk_location: string | null;
  desk_contact: string | null;
  /** When the desk was set up; null: the fair has none. */
  desk_created_at: string | null;
  is_demo: Generated<number>;
  created_by: number | null;
  created_at: string;
}

/** An exhibit's IP filed by its exhibitor (展品知识产权报备). */
export interface FairExhibitFilingTable {
  id: Generated<number>;
  fair_id: number;
  exhibitor_org_id: number;
  patent_id: number;
  /** 'holder' or 'open_licence'. */
  basis: string;
  exhibit_name: string;
  booth: string | null;
  filed_by: number | null;
  filed_at: string;
}

/** An exhibitor's non-infringement commitment (不侵权承诺) for a fair. */
export interface FairCommitmentTable {
  id: Generated<number>;
  fair_id: number;
  exhibitor_org_id: number;
  text: string;
  signed_by: number | null;
  signed_at: string;
}

/** An on-site complaint at a fair's desk; timestamps ISO UTC, `due_at` the answer deadline. */
export interface FairComplaintTable {
  id: Generated<number>;
  fair_id: number;
  region_code: string;
  respondent_org_id: number;
  complainant: string;
  right_no: string;
  description: string;
  /** 'open', 'passed_on' or 'resolved'. */
  status: string;
  received_at: string;
  due_at: string;
  handled_at: string | null;
  passed_to: string | null;
  outcome: string | null;
  measures_json: Generated<string>;
  note: string | null;
  received_by: number | null;
  handled_by: number | null;
  is_demo: Generated<number>;
}

/** An exhibitor barred from an edition of a series as a repeat infringer. */
export interface FairBarTable {
  id: Generated<number>;
  series: string;
  edition: number;
  exhibitor_org_id: number;
  reason: string;
  decided_from_fair_id: number | null;
  created_at: string;
}

export interface TechContactTable {
  id: Generated<number>;
  demand_id: number | null;
  listing_id: number | null;
  patent_id: number | null;
  subject: string;
  from_org_id: number;
  to_org_id: number;
  region_code: string;
  status: string;
  created_at: string;
  updated_at: string;
  /** Who started the thread: 'demander' (about a listing or patent) or 'supplier' (answering a published demand). */
  initiator: Generated<string>;
  /** The contact details the starter chose to give the other side (never shown in a hall). */
  contact_name: string | null;
  contact_phone: string | null;
  contact_email: string | null;
}

export interface TechContactMessageTable {
  id: Generated<number>;
  contact_id: number;
  org_id: number;
  user_id: number | null;
  body: string;
  created_at: string;
}

export interface TechDealTable {
  id: Generated<number>;
  contact_id: number;
  kind: string;
  amount: number;
  deal_date: string;
  buyer_org_id: number;
  seller_org_id: number;
  region_code: string;
  note: string | null;
  created_at: string;
}

export interface IndicatorReportedValueTable {
  id: Generated<number>;
  indicator_key: string;
  region_code: string;
  period: string;
  value: number;
  unit: string;
  qualifier: string | null;
  published_yoy_pct: number | null;
  published_rank: number | null;
  source: string;
  note: string | null;
  status: string;
  hold_reason: string | null;
  author_id: number | null;
  reviewer_id: number | null;
  reviewed_at: string | null;
  review_note: string | null;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

export interface PopulationSeriesTable {
  id: Generated<number>;
  region_code: string;
  year: number;
  basis: string;
  /** bigint on PostgreSQL: read back through Number(). */
  population: number | string;
  source: string;
  updated_at: string;
}

export interface PopulationBasisTable {
  region_code: string;
  basis: string;
  updated_at: string;
}

export interface PlanTable {
  id: Generated<number>;
  name: string;
  region_code: string;
  start_year: number;
  end_year: number;
  source: string | null;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

export interface PlanTargetTable {
  id: Generated<number>;
  plan_id: number;
  indicator_key: string;
  /** 'value' or 'yoy' (a growth-rate target). */
  measure: Generated<string>;
  target_value: number;
  qualifier: string | null;
  note: string | null;
  deadline: string;
  baseline_value: number | null;
  baseline_period: string | null;
}

export interface PlanTaskTable {
  id: Generated<number>;
  plan_id: number;
  title: string;
  department: string;
  responsible_org_id: number | null;
  due_date: string;
  done_at: string | null;
  notified_at: string | null;
}

export interface AssessmentSchemeTable {
  id: Generated<number>;
  name: string;
  region_code: string;
  year: number;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

export interface AssessmentItemTable {
  id: Generated<number>;
  scheme_id: number;
  indicator_key: string;
  weight: number;
  rule: string;
  target_value: number | null;
  seq: number;
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
  patents: PatentTable;
  patent_events: PatentEventTable;
  patent_pledges: PatentPledgeTable;
  patent_parties: PatentPartyTable;
  patent_ipc: PatentIpcTable;
  trademarks: TrademarkTable;
  geo_indications: GeoIndicationTable;
  gi_authorised_users: GiAuthorisedUserTable;
  ipc_titles: CodeTitleTable;
  nice_classes: CodeTitleTable;
  strategic_ipc_concordance: StrategicIpcTable;
  patent_awards: PatentAwardTable;
  settings: SettingTable;
  import_jobs: ImportJobTable;
  import_errors: ImportErrorTable;
  saved_searches: SavedSearchTable;
  patent_value_facts: PatentValueFactsTable;
  patent_search_facts: PatentSearchFactsTable;
  patent_fts: PatentFtsTable;
  work_items: WorkItemTable;
  record_parties: RecordPartyTable;
  holiday_calendar: HolidayCalendarTable;
  attachments: AttachmentTable;
  open_licence_declarations: OpenLicenceDeclarationTable;
  open_licences: OpenLicenceTable;
  filings: FilingTable;
  filing_patents: FilingPatentTable;
  tech_listings: TechListingTable;
  tech_listing_patents: TechListingPatentTable;
  tech_demands: TechDemandTable;
  tech_matches: TechMatchTable;
  tech_match_queue: TechMatchQueueTable;
  tech_contacts: TechContactTable;
  credit_listings: CreditListingTable;
  credit_repairs: CreditRepairTable;
  fairs: FairTable;
  fair_exhibit_filings: FairExhibitFilingTable;
  fair_commitments: FairCommitmentTable;
  fair_complaints: FairComplaintTable;
  fair_bars: FairBarTable;
  tech_contact_messages: TechContactMessageTable;
  tech_deals: TechDealTable;
  indicator_reported_values: IndicatorReportedValueTable;
  population_series: PopulationSeriesTable;
  population_bases: PopulationBasisTable;
  plans: PlanTable;
  plan_targets: PlanTargetTable;
  plan_tasks: PlanTaskTable;
  assessment_schemes: AssessmentSchemeTable;
  assessment_items: AssessmentItemTable;
  screen_index_weights: ScreenIndexWeightTable;
  overseas_workstations: OverseasWorkstationTable;
  overseas_experts: OverseasExpertTable;
  overseas_cases: OverseasCaseTable;
  overseas_institutions: OverseasInstitutionTable;
  overseas_requests: OverseasRequestTable;
  overseas_warnings: OverseasWarningTable;
  key_marks: KeyMarkTable;
  whitelists: WhitelistTable;
  whitelist_entries: WhitelistEntryTable;
  whitelist_pushes: WhitelistPushTable;
  whitelist_feedback: WhitelistFeedbackTable;
  lpr_rates: LprRateTable;
  subsidy_applications: SubsidyApplicationTable;
  subsidy_batches: SubsidyBatchTable;
  subsidy_disbursements: SubsidyDisbursementTable;
  subsidy_policies: SubsidyPolicyTable;
  subsidy_batch_holds: SubsidyBatchHoldTable;
  finance_products: FinanceProductTable;
  finance_product_versions: FinanceProductVersionTable;
  finance_applications: FinanceApplicationTable;
  finance_consents: FinanceConsentTable;
  pledge_applications: PledgeApplicationTable;
  pledge_application_assets: PledgeApplicationAssetTable;
  trademark_events: TrademarkEventTable;
  trademark_pledges: TrademarkPledgeTable;
  ip_insurance_policies: IpInsurancePolicyTable;
  ip_insurance_rights: IpInsuranceRightTable;
  ip_insurance_claims: IpInsuranceClaimTable;
  ip_securitizations: IpSecuritizationTable;
  ip_securitization_assets: IpSecuritizationAssetTable;
  referrals: ReferralTable;
  mediation_orgs: MediationOrgTable;
  mediators: MediatorTable;
  mediations: MediationTable;
  ecommerce_opinions: EcommerceOpinionTable;
  record_clocks: RecordClockTable;
  clock_pauses: ClockPauseTable;
  complaints: ComplaintTable;
  penalty_cases: PenaltyCaseTable;
  patent_disputes: PatentDisputeTable;
  dispute_events: DisputeEventTable;
  annual_fee_schedule: AnnualFeeScheduleTable;
  reminder_items: ReminderItemTable;
  lapse_reminders: LapseReminderTable;
  reminder_digests: ReminderDigestTable;
  overseas_export_profiles: OverseasExportProfileTable;
  overseas_retirements: OverseasRetirementTable;
  preexam_fields: PreexamFieldTable;
  preexam_entities: PreexamEntityTable;
  preexam_examiners: PreexamExaminerTable;
  preexam_requests: PreexamRequestTable;
  agencies: AgencyTable;
  inspectors: InspectorTable;
  inspection_plans: InspectionPlanTable;
  inspection_objects: InspectionObjectTable;
  inspection_assignments: InspectionAssignmentTable;
  screening_flags: ScreeningFlagTable;
  screening_signatures: ScreeningSignatureTable;
  screening_queue: ScreeningQueueTable;
  screening_runs: ScreeningRunTable;
  outreach_outlets: OutreachOutletTable;
  outreach_window_log: OutreachWindowLogTable;
  outreach_trainings: OutreachTrainingTable;
  outreach_registrations: OutreachRegistrationTable;
  outreach_visits: OutreachVisitTable;
  outreach_needs: OutreachNeedTable;
}

export type OrganisationRow = Selectable<OrganisationTable>;
export type UserRow = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;
export type UserUpdate = Updateable<UserTable>;
export type EnterpriseProfileRow = Selectable<EnterpriseProfileTable>;

/** Composite index weights per region (monitoring screen). */
export interface ScreenIndexWeightTable {
  region_code: string;
  indicator_key: string;
  weight: number;
  updated_at: string;
}

/** Overseas protection workstations (海外知识产权保护工作站), migration 0056. */
export interface OverseasWorkstationTable {
  id: Generated<number>;
  name: string;
  region_code: string;
  address: string;
  /** JSON array of ISO country codes. */
  countries: string;
  /** JSON array of industries. */
  industries: string;
  contact_name: string;
  contact_phone: string;
  org_id: number | null;
  established_on: string;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

/** The overseas expert pool (专家库), migration 0056. */
export interface OverseasExpertTable {
  id: Generated<number>;
  name: string;
  title: string;
  employer: string;
  fields: string;
  countries: string;
  languages: string;
  available: number;
  phone: string;
  email: string;
  /** The organisation under which the expert signs in (role expert). */
  org_id: number | null;
  /** JSON array of party names the expert may not advise on. */
  conflicts: string;
  region_code: string;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

/** The overseas dispute case library (案例库), migration 0056. */
export interface OverseasCaseTable {
  id: Generated<number>;
  title: string;
  country: string;
  kind: string;
  industry: string;
  year: number;
  summary: string;
  outcome: string;
  lessons: string;
  /** The case's text as the registry's folded runs joined by '|'. */
  search_text: string;
  region_code: string;
  is_demo: number;
  created_at: string;
}

/** The legal-institution library by country, migration 0056. */
export interface OverseasInstitutionTable {
  id: Generated<number>;
  country: string;
  kind: string;
  name: string;
  city: string;
  services: string;
  contact: string;
  website: string;
  region_code: string;
  is_demo: number;
  created_at: string;
}

/** Enterprises' overseas assistance requests, migration 0057. */
export interface OverseasRequestTable {
  id: Generated<number>;
  org_id: number;
  region_code: string;
  status: string;
  country: string;
  kind: string;
  industry: string;
  opponent: string;
  description: string;
  submitted_by: number | null;
  submitted_at: string;
  expert_id: number | null;
  workstation_id: number | null;
  assigned_at: string | null;
  assigned_on: string | null;
  response_due_on: string | null;
  responded_at: string | null;
  responded_on: string | null;
  response: string | null;
  closed_at: string | null;
  closing_summary: string | null;
  satisfaction: number | null;
  satisfaction_comment: string | null;
  created_at: string;
  updated_at: string;
}

/** Early warnings (预警) published by staff, migration 0057. */
export interface OverseasWarningTable {
  id: Generated<number>;
  title: string;
  body: string;
  country: string | null;
  ipc_prefix: string | null;
  industry: string;
  region_code: string;
  published_by: number | null;
  published_at: string;
  notified_enterprises: number;
  is_demo: number;
}

/** The key trademark protection list (重点商标保护名录), migration 0058. */
export interface KeyMarkTable {
  id: Generated<number>;
  trademark_id: number | null;
  mark: string;
  /** The mark folded as the registry folds text. */
  mark_folded: string;
  reg_no: string | null;
  holder_name: string;
  reasons: string;
  region_code: string;
  listed_on: string;
  removed_on: string | null;
  removal_reason: string | null;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

/** A version of a credit white list (授信白名单, migration 0038): screened draft, published (numbered) or superseded. */
export interface WhitelistTable {
  id: Generated<number>;
  /** The first version's id; every version of one list shares it (null only while the first row is inserted). */
  series_id: number | null;
  /** 1, 2, … given when published; null for a draft. */
  version_no: number | null;
  title: string;
  region_code: string;
  owner_org_id: number;
  status: string;
  /** JSON of the screening rules (WhitelistRules). */
  rules: string;
  screened_on: string;
  /** Enterprises of the region the screening looked at. */
  screened_count: number;
  created_by: number | null;
  published_by: number | null;
  published_at: string | null;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

/** An enterprise on a white-list version: screened in, or added/removed by staff with a reason. */
export interface WhitelistEntryTable {
  id: Generated<number>;
  whitelist_id: number;
  org_id: number;
  included: number;
  /** 'screening' or 'manual'. */
  source: string;
  /** JSON of the figures the screening computed (WhitelistFigures). */
  figures: string;
  /** JSON array of the rule reasons (WhitelistReason[]). */
  reasons: string;
  /** 'add' or 'remove' by staff; null when the screening decided. */
  decision: string | null;
  decision_reason: string | null;
  decided_by: number | null;
  decided_at: string | null;
}

/** A published white-list version pushed to a bank. */
export interface WhitelistPushTable {
  id: Generated<number>;
  whitelist_id: number;
  bank_org_id: number;
  pushed_by: number | null;
  pushed_at: string;
}

/** A bank's feedback on an enterprise of a pushed list (migration 0039); the newest per bank and enterprise counts. */
export interface WhitelistFeedbackTable {
  id: Generated<number>;
  whitelist_id: number;
  bank_org_id: number;
  org_id: number;
  outcome: string;
  amount: number | null;
  reason: string | null;
  /** 'form' or 'xlsx'. */
  source: string;
  recorded_by: number | null;
  recorded_at: string;
}

/** The LPR series (贷款市场报价利率), one row per month (migration 0120). */
export interface LprRateTable {
  id: Generated<number>;
  /** 'YYYY-MM'. */
  month: string;
  rate_1y_pct: number;
  rate_5y_pct: number | null;
  published_on: string | null;
  source: string;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

/** An interest-subsidy application (贴息申报, migration 0121). */
export interface SubsidyApplicationTable {
  id: Generated<number>;
  org_id: number;
  region_code: string;
  status: string;
  policy_key: string;
  /** The policy's rule (JSON) as it stood when the application was computed. */
  policy_rule: string;
  /** The finance module's financing application, when the loan came through the platform (no foreign key). */
  financing_application_id: number | null;
  bank: string;
  principal: number;
  rate_pct: number;
  contract_date: string;
  term_months: number;
  interest_from: string;
  interest_to: string;
  interest_paid: number;
  /** JSON: the yes/no facts (sme, insured …) and revenue. */
  facts: string;
  subsidy_year: number;
  period: string;
  /** JSON PolicyEvaluation: the computation line by line. */
  computation: string;
  computed_amount: number | null;
  approved_amount: number | null;
  batch_id: number | null;
  review_note: string | null;
  submitted_by: number | null;
  submitted_at: string;
  reviewed_by: number | null;
  reviewed_at: string | null;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

/** A subsidy batch (贴息批次, migration 0122). */
export interface SubsidyBatchTable {
  id: Generated<number>;
  region_code: string;
  org_id: number;
  name: string;
  status: string;
  created_by: number | null;
  approved_by: number | null;
  approved_at: string | null;
  approval_no: string | null;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

/** A payment of a subsidy (拨付记录, migration 0122). */
export interface SubsidyDisbursementTable {
  id: Generated<number>;
  batch_id: number;
  application_id: number;
  org_id: number;
  region_code: string;
  amount: number;
  paid_on: string;
  reference: string;
  created_by: number | null;
  created_at: string;
}

/** IP finance products (migration 0030): the listed version's terms; rate/regions/rules are JSON. */
export interface FinanceProductTable {
  id: Generated<number>;
  org_id: number;
  region_code: string;
  status: string;
  version: number;
  name: string;
  kind: string;
  amount_min: number;
  amount_max: number;
  rate: string;
  /** The rate as an annual percent for sorting (LPR at the time of listing + spread). */
  rate_sort: number;
  term_min: number;
  term_max: number;
  regions: string;
  rules: string;
  description: string;
  listed_at: string | null;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

export interface FinanceProductVersionTable {
  id: Generated<number>;
  product_id: number;
  version: number;
  status: string;
  data: string;
  submitted_by: number | null;
  submitted_at: string;
  reviewed_by: number | null;
  reviewed_at: string | null;
  review_note: string | null;
}

/** Financing applications (migration 0031). */
export interface FinanceApplicationTable {
  id: Generated<number>;
  product_id: number;
  product_version: number;
  enterprise_org_id: number;
  bank_org_id: number;
  region_code: string;
  status: string;
  live_key: string | null;
  amount: number;
  term_months: number;
  purpose: string;
  collateral: string;
  submitted_by: number | null;
  submitted_at: string;
  submitted_on: string;
  accepted_at: string | null;
  decided_at: string | null;
  withdrawn_at: string | null;
  return_reason: string | null;
  decline_reason: string | null;
  valuation_method: string | null;
  valuation_value: number | null;
  valuation_appraiser: string | null;
  valued_on: string | null;
  valuation_attachment_id: number | null;
  approved_amount: number | null;
  approved_rate: number | null;
  term_start: string | null;
  term_end: string | null;
  disbursed_amount: number | null;
  disbursed_on: string | null;
  contract_no: string | null;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

/** Consents for the bank to see the enterprise's IP facts (migration 0032). */
export interface FinanceConsentTable {
  id: Generated<number>;
  application_id: number;
  enterprise_org_id: number;
  bank_org_id: number;
  wording: string;
  granted_by: number | null;
  granted_at: string;
  revoked_by: number | null;
  revoked_at: string | null;
  revoke_reason: string | null;
}
/** A joint pledge registration application (质押登记, migration 0034). */
export interface PledgeApplicationTable {
  id: Generated<number>;
  asset_kind: string;
  pledgor_org_id: number;
  pledgee_org_id: number;
  region_code: string;
  status: string;
  contract_no: string;
  secured_amount: number;
  loan_amount: number;
  debt_starts_on: string;
  debt_ends_on: string;
  /** The finance module's financing application (no foreign key). */
  financing_application_id: number | null;
  pledgor_confirmed_at: string | null;
  pledgor_confirmed_by: number | null;
  pledgee_confirmed_at: string | null;
  pledgee_confirmed_by: number | null;
  submitted_at: string | null;
  authority: string | null;
  authority_name: string | null;
  registration_no: string | null;
  registered_on: string | null;
  refusal_no: string | null;
  refused_on: string | null;
  refusal_rule: string | null;
  refusal_note: string | null;
  release_no: string | null;
  released_on: string | null;
  note: string | null;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

export interface PledgeApplicationAssetTable {
  application_id: number;
  patent_id: number | null;
  trademark_id: number | null;
}

/** A trademark's legal-status history (商标质押登记、变更、注销), migration 0034. */
export interface TrademarkEventTable {
  id: Generated<number>;
  trademark_id: number;
  event_date: string;
  kind: string;
  summary: string;
  details: string | null;
  source: string;
  authority: string;
  authority_no: string | null;
  authority_date: string | null;
  created_at: string;
}

/** A registered trademark pledge (商标专用权质押), kept like patent_pledges. */
export interface TrademarkPledgeTable {
  id: Generated<number>;
  trademark_id: number;
  event_id: number | null;
  pledgor: string | null;
  pledgee: string;
  amount: number;
  currency: string;
  registered_on: string;
  authority: string;
  authority_no: string | null;
  ended_on: string | null;
  created_at: string;
  updated_at: string;
}

/** IP insurance (migration 0035). */
export interface IpInsurancePolicyTable {
  id: Generated<number>;
  kind: string;
  policy_no: string;
  insurer_org_id: number;
  insured_org_id: number;
  region_code: string;
  sum_insured: number;
  premium: number;
  starts_on: string;
  ends_on: string;
  recorded_by: number | null;
  is_demo: number;
  created_at: string;
}

export interface IpInsuranceRightTable {
  policy_id: number;
  patent_id: number | null;
  trademark_id: number | null;
}

export interface IpInsuranceClaimTable {
  id: Generated<number>;
  policy_id: number;
  loss_on: string;
  amount_claimed: number;
  description: string;
  status: string;
  amount_paid: number | null;
  settled_on: string | null;
  reason: string | null;
  created_at: string;
}

/** IP securitization deals (migration 0035); licence_refs and tranches are JSON text. */
export interface IpSecuritizationTable {
  id: Generated<number>;
  name: string;
  issuer: string;
  region_code: string;
  amount: number;
  issued_on: string;
  licence_refs: string;
  tranches: string;
  recorded_by: number | null;
  is_demo: number;
  created_at: string;
}

export interface IpSecuritizationAssetTable {
  deal_id: number;
  patent_id: number | null;
  org_id: number | null;
}

/** A referral to the police (行刑衔接) or a reverse referral from the procuratorate (migration 0045). */
export interface ReferralTable {
  id: Generated<number>;
  direction: string;
  status: string;
  region_code: string;
  owner_org_id: number;
  source_record_type: string | null;
  source_record_id: number | null;
  source_case_no: string | null;
  source_title: string | null;
  offence: string;
  case_value: number | null;
  summary: string;
  police_org_id: number | null;
  procuratorate_org_id: number | null;
  linked_referral_id: number | null;
  proposed_by: number | null;
  proposed_at: string;
  head_due_on: string | null;
  head_decided_at: string | null;
  head_note: string | null;
  handover_due_at: string | null;
  handed_over_at: string | null;
  police_due_on: string | null;
  police_decided_at: string | null;
  police_decision: string | null;
  police_doc_no: string | null;
  police_doc_date: string | null;
  police_reason: string | null;
  reconsider_due_on: string | null;
  reconsider_requested_at: string | null;
  reconsider_reason: string | null;
  reconsider_decision_due_on: string | null;
  reconsider_decided_at: string | null;
  suggest_due_on: string | null;
  suggested_at: string | null;
  supervision_doc_no: string | null;
  supervision_doc_date: string | null;
  non_prosecution_no: string | null;
  non_prosecution_date: string | null;
  received_at: string | null;
  bureau_case_no: string | null;
  concluded_at: string | null;
  penalty_decision_no: string | null;
  penalty_decision_date: string | null;
  fines: number | null;
  is_demo: Generated<number>;
  created_at: string;
  updated_at: string;
}

/** A mediation organisation in the register (migration 0046). */
export interface MediationOrgTable {
  id: Generated<number>;
  org_id: number;
  kind: string;
  scope: string;
  registered_by: number | null;
  created_at: string;
}

/** A mediator of a registered mediation organisation. */
export interface MediatorTable {
  id: Generated<number>;
  mediation_org_id: number;
  name: string;
  specialty: string;
  active: Generated<number>;
  created_at: string;
}

/** A dispute mediated (调解), with its agreement, judicial confirmation or arbitration referral. */
export interface MediationTable {
  id: Generated<number>;
  status: string;
  region_code: string;
  owner_org_id: number;
  mediation_org_id: number;
  mediator_id: number | null;
  source_record_type: string | null;
  source_record_id: number | null;
  source_case_no: string | null;
  source_title: string | null;
  subject: string;
  applicant: string;
  respondent: string;
  claim: number | null;
  opened_at: string;
  agreed_on: string | null;
  terms: string | null;
  amount: number | null;
  ended_on: string | null;
  failure_reason: string | null;
  confirmation_due_on: string | null;
  applied_on: string | null;
  court: string | null;
  court_case_no: string | null;
  court_ruled_on: string | null;
  court_reason: string | null;
  arbitration_commission: string | null;
  arbitration_referred_on: string | null;
  is_demo: Generated<number>;
  created_at: string;
  updated_at: string;
}

/** An e-commerce infringement determination opinion (电商侵权判定咨询意见, migration 0047). */
export interface EcommerceOpinionTable {
  id: Generated<number>;
  status: string;
  region_code: string;
  owner_org_id: number;
  requester_kind: string;
  requester_name: string;
  platform_name: string;
  right_kind: string;
  right_no: string;
  listing: string;
  received_on: string;
  due_on: string;
  conclusion: string | null;
  opinion: string | null;
  issued_on: string | null;
  is_demo: Generated<number>;
  created_at: string;
  updated_at: string;
}
/** A record's statutory clock spanning several steps (a penalty case's 90 days), with its extension and pause state. */
export interface RecordClockTable {
  id: Generated<number>;
  record_type: string;
  record_id: number;
  clock_key: string;
  label: string;
  start_on: string;
  days: number;
  unit: string;
  extended_days: Generated<number>;
  extension_reason: string | null;
  /** Null while the clock stands still. */
  due_on: string | null;
  paused_on: string | null;
  /** The day the clock's step was done (it no longer runs). */
  stopped_on: string | null;
  created_at: string;
}

/** One suspension of a clock: a record clock ('record') or a work item's step clock ('work_item'). */
export interface ClockPauseTable {
  id: Generated<number>;
  clock_kind: string;
  clock_id: number;
  record_type: string;
  record_id: number;
  paused_on: string;
  resumed_on: string | null;
  reason: string;
  created_at: string;
}

/** A complaint or report (投诉举报). */
export interface ComplaintTable {
  id: Generated<number>;
  kind: string;
  tracking_code: string;
  status: string;
  region_code: string;
  anonymous: number;
  complainant_name: string | null;
  complainant_contact: string | null;
  submitter_org_id: number | null;
  submitter_user_id: number | null;
  respondent_name: string;
  respondent_address: string | null;
  ip_kind: string;
  right_number: string | null;
  title: string;
  description: string;
  submitted_at: string;
  accepted_at: string | null;
  refused_at: string | null;
  refusal_reason: string | null;
  triaged_at: string | null;
  outcome: string | null;
  outcome_reason: string | null;
  forwarded_to: string | null;
  case_id: number | null;
  extended_at: string | null;
  updated_at: string;
}

/** An administrative penalty case (行政处罚案件). */
export interface PenaltyCaseTable {
  id: Generated<number>;
  case_no: string;
  kind: string;
  status: string;
  region_code: string;
  title: string;
  summary: string;
  respondent_name: string;
  respondent_org_id: number | null;
  complaint_id: number | null;
  clue_on: string;
  opened_on: string | null;
  hearing_notice_on: string | null;
  proposed_fine: number | null;
  hearing_requested_on: string | null;
  decision_on: string | null;
  decision_no: string | null;
  amount: number | null;
  repeat_offence: number;
  fine: number | null;
  fine_reason: string | null;
  confiscated_gains: number | null;
  confiscated_items: string | null;
  published_on: string | null;
  published_where: string | null;
  closed_reason: string | null;
  is_demo: Generated<number>;
  created_at: string;
  updated_at: string;
  /** The respondent's unified social credit code when known (repeat offences match on it). */
  respondent_credit_code: string | null;
  /** The respondent's name folded (repeat offences without a code match on it). */
  respondent_key: string;
}

/** A patent infringement dispute (专利侵权纠纷行政裁决). */
export interface PatentDisputeTable {
  id: Generated<number>;
  case_no: string;
  status: string;
  region_code: string;
  requester_org_id: number;
  requester_name: string;
  standing: string;
  respondent_name: string;
  respondent_org_id: number | null;
  patent_no: string;
  patent_kind: string;
  claims: string;
  procedure: string | null;
  criteria_json: string | null;
  requested_on: string;
  accepted_on: string | null;
  refused_reason: string | null;
  served_on: string | null;
  answered_on: string | null;
  outcome: string | null;
  decision_on: string | null;
  decision_no: string | null;
  stop_order: string | null;
  reasons: string | null;
  sue_by: string | null;
  agreement_on: string | null;
  agreement_summary: string | null;
  confirmation_by: string | null;
  created_at: string;
  updated_at: string;
}

/** A dated event of a dispute: an oral hearing scheduled (with its notice), an expert's opinion. */
export interface DisputeEventTable {
  id: Generated<number>;
  dispute_id: number;
  kind: string;
  on_date: string;
  place: string | null;
  attachment_id: number | null;
  summary: string | null;
  created_at: string;
}

/** A band of the annual-fee table (年费标准, migration 0065): a setting, with its source and whether it was checked. */
export interface AnnualFeeScheduleTable {
  id: Generated<number>;
  kind: string;
  from_year: number;
  to_year: number;
  fee_yuan: number;
  source: string;
  verified: number;
}

/** A thing the platform reminds an enterprise of (an annual fee year, a pledge or licence ending; migration 0065). */
export interface ReminderItemTable {
  id: Generated<number>;
  org_id: number;
  kind: string;
  subject_key: string;
  patent_id: number | null;
  region_code: string;
  title: string;
  due_on: string;
  stage: string;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

/** A reminder bureau staff sent about an overdue fee of a high-value patent (失效风险提醒, migration 0065). */
export interface LapseReminderTable {
  id: Generated<number>;
  patent_id: number;
  fee_year: number;
  sender_org_id: number;
  sent_by: number;
  note: string;
  recipients: number;
  sent_at: string;
}

/** The weekly reminder digest of an enterprise (每周提醒摘要, migration 0065). */
export interface ReminderDigestTable {
  id: Generated<number>;
  org_id: number;
  week: string;
  items: number;
  body: string;
  created_at: string;
  emailed_to: string | null;
  emailed_at: string | null;
}

/** A version of a subsidy policy staff maintain (0054): the rule as JSON (`PolicyRule`), versions kept. */
export interface SubsidyPolicyTable {
  id: Generated<number>;
  key: string;
  version_no: number;
  title: string;
  region_code: string;
  /** JSON of the words: name, scope, summary (zh and en). */
  descriptor: string;
  /** JSON of the rule (`PolicyRule`). */
  rule: string;
  note: string | null;
  created_by: number | null;
  created_at: string;
}

/** An application held out of a batch at its approval, with the coded reason (0054). */
export interface SubsidyBatchHoldTable {
  id: Generated<number>;
  batch_id: number;
  application_id: number;
  org_id: number;
  code: string;
  /** JSON of the message parameters. */
  params: string;
  held_by: number | null;
  held_at: string;
}

/** Enterprises' export profiles for overseas early warnings (出口情况), migration 0049. */
export interface OverseasExportProfileTable {
  org_id: number;
  /** JSON array of ISO country codes exported to. */
  markets: string;
  products: string;
  /** JSON array of IPC classes of the products (B65G, H01M10). */
  ipc_classes: string;
  updated_by: number | null;
  updated_at: string;
}

/** Retired entries of the overseas libraries (停用), migration 0053. */
export interface OverseasRetirementTable {
  library: string;
  entry_id: number;
  retired_by: number | null;
  retired_at: string;
}

/** A protection centre's approved industry field (IPC prefix), migration 0060. */
export interface PreexamFieldTable {
  id: Generated<number>;
  centre_region: string;
  ipc_prefix: string;
  label: string;
  is_demo: Generated<number>;
  created_at: string;
}

/** A registered entity of fast pre-examination (备案主体), migration 0060. */
export interface PreexamEntityTable {
  id: Generated<number>;
  org_id: number;
  region_code: string;
  centre_region: string;
  /** JSON array of IPC prefixes. */
  ipc_prefixes: string;
  contact: string;
  phone: string;
  status: string;
  renewal: Generated<number>;
  cnipa_no: string | null;
  cnipa_on: string | null;
  valid_until: string | null;
  note: string | null;
  is_demo: Generated<number>;
  created_at: string;
  updated_at: string;
}

/** A pre-examination examiner's fields, migration 0060. */
export interface PreexamExaminerTable {
  user_id: number;
  ipc_prefixes: string;
  updated_at: string;
}

/** A pre-examination request (预审请求), migration 0060. */
export interface PreexamRequestTable {
  id: Generated<number>;
  entity_id: number;
  org_id: number;
  region_code: string;
  title: string;
  patent_type: string;
  ipc: string;
  summary: string | null;
  status: string;
  examiner_user_id: number | null;
  received_on: string;
  due_on: string | null;
  defects: Generated<string>;
  corrections: Generated<number>;
  reasons: Generated<string>;
  finished_on: string | null;
  cnipa_app_no: string | null;
  cnipa_result: string | null;
  cnipa_result_on: string | null;
  is_demo: Generated<number>;
  created_at: string;
  updated_at: string;
}

/** A patent or trademark agency in the directory (代理机构名录), migration 0061. */
export interface AgencyTable {
  id: Generated<number>;
  kind: string;
  name: string;
  region_code: string;
  filing_no: string;
  filed_on: string;
  agents: Generated<string>;
  is_demo: Generated<number>;
  created_at: string;
}

/** An inspector in the directory (检查人员名录), migration 0061. */
export interface InspectorTable {
  id: Generated<number>;
  name: string;
  unit: string;
  region_code: string;
  is_demo: Generated<number>;
  created_at: string;
}

/** An annual random-inspection plan (双随机抽查计划), migration 0061. */
export interface InspectionPlanTable {
  id: Generated<number>;
  region_code: string;
  year: number;
  title: string;
  share_percent: number;
  inspectors_per_object: number;
  checklist: string;
  seed: string | null;
  drawn_at: string | null;
  pool: string | null;
  is_demo: Generated<number>;
  created_at: string;
}

/** A drawn inspection object, its result and publication clock, migration 0061. */
export interface InspectionObjectTable {
  id: Generated<number>;
  plan_id: number;
  agency_id: number;
  region_code: string;
  position: number;
  findings: string | null;
  measures: string | null;
  concluded_on: string | null;
  publish_due_on: string | null;
  published_on: string | null;
}

/** An inspector drawn for an object (and the seed of that draw), migration 0061. */
export interface InspectionAssignmentTable {
  id: Generated<number>;
  object_id: number;
  inspector_id: number;
  seed: string;
  recused: Generated<number>;
  recusal_reason: string | null;
  created_at: string;
}
/** An abnormal-application flag (非正常申请线索, migration 0070). */
export interface ScreeningFlagTable {
  id: Generated<number>;
  /** The signal and what it is about (`near_duplicate:12:34`, `burst:<applicant>:<month>` …): one flag each. */
  flag_key: string;
  signal: string;
  status: string;
  subject: string;
  region_code: string;
  patent_id: number | null;
  other_patent_id: number | null;
  org_id: number | null;
  score: number;
  /** JSON {code, params}: the signal's coded explanation. */
  explanation: string;
  /** JSON array of the patents behind the flag. */
  patent_ids: string;
  decision_reason: string | null;
  decided_by: number | null;
  decided_at: string | null;
  credit_listing_id: number | null;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

/** LSH band hashes of a screened patent (migration 0070). */
export interface ScreeningSignatureTable {
  patent_id: number;
  bands: string;
}

/** Patents written since the last screening run (migration 0070). */
export interface ScreeningQueueTable {
  patent_id: number;
}

/** A screening run (migration 0070). */
export interface ScreeningRunTable {
  id: Generated<number>;
  mode: string;
  patents: number;
  candidate_pairs: number;
  new_flags: number;
  seconds: number;
  finished_at: string;
}

/** A service outlet (知识产权信息公共服务网点, migration 0071). */
export interface OutreachOutletTable {
  id: Generated<number>;
  name: string;
  level: string;
  /** JSON array of service codes. */
  services: string;
  region_code: string;
  address: string;
  contact_name: string;
  contact_phone: string;
  hours: string;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

/** A line of the trademark acceptance window's business log (商标受理窗口台账, migration 0071). */
export interface OutreachWindowLogTable {
  id: Generated<number>;
  outlet_id: number;
  region_code: string;
  on_date: string;
  kind: string;
  applicant: string;
  count: number;
  note: string;
  recorded_by: number | null;
  is_demo: number;
  created_at: string;
}

/** A training or event (培训活动: 入园惠企, 银企对接, migration 0071). */
export interface OutreachTrainingTable {
  id: Generated<number>;
  title: string;
  kind: string;
  region_code: string;
  held_on: string;
  place: string;
  organiser: string;
  capacity: number;
  description: string;
  status: string;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

/** An enterprise's registration for a training or event, and its attendance (migration 0071). */
export interface OutreachRegistrationTable {
  id: Generated<number>;
  training_id: number;
  org_id: number;
  contact_name: string;
  contact_phone: string;
  attendees: number;
  /** 1 attended, 0 absent, null not recorded yet. */
  attended: number | null;
  registered_at: string;
}

/** A visit to an enterprise (三问两送 走访, migration 0071). */
export interface OutreachVisitTable {
  id: Generated<number>;
  org_id: number;
  region_code: string;
  visited_on: string;
  visitors: string;
  summary: string;
  recorded_by: number | null;
  is_demo: number;
  created_at: string;
}

/** A need collected on a visit (企业诉求, migration 0071): its department, response clock, answer and rating. */
export interface OutreachNeedTable {
  id: Generated<number>;
  visit_id: number;
  org_id: number;
  region_code: string;
  topic: string;
  description: string;
  department: string;
  status: string;
  opened_on: string;
  due_on: string;
  answer: string | null;
  answered_on: string | null;
  answered_by: number | null;
  satisfaction: number | null;
  satisfaction_comment: string | null;
  is_demo: number;
  created_at: string;
  updated_at: string;
}
