import type { Executor } from '../db/database.js';
import type { AppContext } from './context.js';
import { nowIso } from './context.js';
import { findSettingValue, upsertSetting } from './settings-repository.js';

/**
 * Configurable numbers that domain-rules.md marks **configurable**: stored in the settings table,
 * with the documented default when unset. Never a literal buried in code.
 */
export const settingDefaults = {
  'high_value.pledge_threshold': 10_000_000,
  /**
   * A pledge registered over several patents (one registration number, one date) credits each patent with
   * the secured amount divided equally among them (1), or — the registration's whole sum to every patent (0).
   */
  'high_value.pledge_apportion_equally': 1,
  /** Whether granted family members in Hong Kong, Macao or Taiwan count as overseas (海外同族, criterion 2): 0 no (default), 1 yes. */
  'high_value.overseas_includes_hmt': 0,
  /** A work item is "due soon" this many calendar days before its deadline. */
  'workflow.due_soon_days': 2,
  /** Largest attachment accepted, in megabytes. */
  'attachments.max_mb': 20,
  /** Bureau review of an open-licence declaration, in working days (configurable; no statutory figure). */
  'open_licence.review_days': 10,
  /** Bureau review of a filing (备案), in working days (configurable). */
  'filings.review_days': 7,
  /** A reported figure more than this many times the previous period or the region's history is held for review. */
  'indicators.jump_factor': 10,
  /** A reported amount above this many yuan per resident is held for review (garbled or wrong unit). */
  'indicators.amount_per_capita_max': 5_000,
  'screen.refresh_seconds': 60,
  /** A running import job with no heartbeat for this many minutes was killed: it is marked interrupted. */
  'imports.stale_after_minutes': 2,
  /** An assigned overseas dispute request must be answered within this many working days (configurable; no statutory figure). */
  'overseas.response_days': 5,
  /** How long a credit listing applies when the decision names no duration, in months (local rules: 1 year). */
  'credit.listing_months': 12,
  /** A credit repair (信用修复) may be applied for this many months after the listing started (local rules: 6). */
  'credit.repair_after_months': 6,
  /** A fair of this many days or more must have an IP complaint desk (展会知识产权保护办法). */
  'exhibitions.desk_min_days': 3,
  /** An on-site complaint is passed on or answered within this many hours (never later than the fair's last day). */
  'exhibitions.complaint_hours': 24,
  /** Editions of a series at which an exhibitor was found infringing before it is barred from the next one. */
  'exhibitions.repeat_editions': 2,
  /** Bureau review of an interest-subsidy application (贴息申报审核), in working days (configurable; no statutory figure). */
  'subsidies.review_days': 15,
  /** A bank accepts (or returns) a financing application within this many working days (#13; configurable). */
  'finance.accept_days': 3,
  /** A bank decides (approves or declines) within this many working days of accepting (#13; configurable). */
  'finance.decide_days': 15,
  /** One-year and five-year loan prime rates (LPR, percent) used to show and sort "LPR + bp" products; staff keep them current. */
  'finance.lpr_1y_percent': 3.0,
  'finance.lpr_5y_percent': 3.5,
  /** The registering authority's decision on a pledge registration, in working days (CNIPA announcement 461; several centres promise 3). */
  'pledges.decision_days': 7,
  /**
   * A pledge loan counts as inclusive (普惠性) when its secured amount is at most this many yuan (single-borrower credit
   * of small and micro firms ≤ 10 million yuan; unverified against CNIPA's statistical definition, hence a setting).
   */
  'pledges.inclusive_max_yuan': 10_000_000,
  // —— 行刑衔接 (行政执法机关移送涉嫌犯罪案件的规定, 2020): calendar days, a last day on a holiday moves to the next working day ——
  /** The agency head decides on a referral proposal within 3 days (art. 5). */
  'referral.head_decision_days': 3,
  /** The case is handed over within 24 hours of the decision (art. 5), counted in hours. */
  'referral.handover_hours': 24,
  /** The police decide within 3 days whether to open a case (art. 8). */
  'referral.police_decision_days': 3,
  /** The agency may ask for reconsideration within 3 days of the refusal (art. 9); later it is refused. */
  'referral.reconsideration_request_days': 3,
  /** The police decide the reconsideration within 3 days (art. 9). */
  'referral.reconsideration_decision_days': 3,
  /** The agency may ask the procuratorate to supervise within 3 days of the reconsideration decision (art. 9). */
  'referral.supervision_request_days': 3,
  /**
   * Criminal thresholds of the threshold helper, in yuan — UNVERIFIED defaults (the 2004 judicial interpretation's
   * figures; the 2025 interpretation changed them): set them to the interpretation in force.
   */
  'referral.threshold.trademark_counterfeit_yuan': 50_000,
  'referral.threshold.counterfeit_goods_sale_yuan': 50_000,
  'referral.threshold.patent_counterfeit_yuan': 200_000,
  /** Judicial confirmation is applied for within 30 days of the mediation agreement (民事诉讼法 art. 205). */
  'mediation.confirmation_days': 30,
  /** An e-commerce infringement determination opinion is issued within this many working days (四川 rule art. 146: 2). */
  'ecommerce.opinion_days': 2,
  /** A complaint (投诉) is accepted or refused within this many working days (市场监督管理投诉举报处理暂行办法). */
  'cases.complaint_accept_days': 7,
  /** A report (举报) or clue is checked and the opening of a case decided within this many working days. */
  'cases.report_check_days': 15,
  /** …extendable once by this many working days with the head's approval. */
  'cases.report_check_extension_days': 15,
  /** A penalty case is decided within this many (calendar) days of opening it (行政处罚程序规定). */
  'cases.decision_days': 90,
  /** …extendable once by this many days with approval. */
  'cases.decision_extension_days': 30,
  /** The party asks for a hearing within this many working days of the notice (行政处罚法 art. 64 says 5 days). */
  'cases.hearing_request_days': 5,
  /** A penalty decision is published within this many working days (configurable; local rules differ). */
  'cases.publication_days': 20,
  /** Special marks without illegal gains: fine up to this many yuan (特殊标志管理条例 art. 16; not verified). */
  'cases.special_marks_flat_max': 10_000,
  /** Patent dispute: accept or refuse a complete request within this many working days (provincial rules). */
  'cases.dispute_accept_days': 5,
  /** …serve the copy on the respondent within this many working days of acceptance. */
  'cases.dispute_serve_days': 5,
  /** …the respondent answers within this many (calendar) days of service. */
  'cases.dispute_answer_days': 15,
  /** …an ordinary case concludes within this many calendar months of acceptance (民法典 art. 202: the same day of the month, or the month's last day). */
  'cases.dispute_ordinary_months': 3,
  /** …extendable once by this many months with approval. */
  'cases.dispute_extension_months': 1,
  /** …a simple-procedure case concludes within this many calendar days (configurable; no verified figure). */
  'cases.dispute_simple_days': 30,
  /** Annual fees: the grace period after the due date, in months (专利法实施细则; domain-rules.md "Annual fees"). */
  'reminders.grace_months': 6,
  /** …the surcharge per month late, percent of that year's fee (domain-rules.md). */
  'reminders.surcharge_pct_per_month': 5,
  /** Pledges and licences ending within this many days are reminded (no rule: a service choice). */
  'reminders.expiry_days': 90,
  /** Fast pre-examination (专利快速预审; centres publish their own limits, so all are settings). Accept or refuse, working days. */
  'preexam.accept_days': 2,
  /** First opinion, working days: designs 5, utility models 7, inventions 10 (typical published values). */
  'preexam.opinion_days_design': 5,
  'preexam.opinion_days_utility': 7,
  'preexam.opinion_days_invention': 10,
  /** The applicant answers a defect notice within this many working days (no answer: withdrawn). */
  'preexam.answer_days': 3,
  /** Corrections allowed; defects left after this many mean not passed ("a second failed correction"). */
  'preexam.max_corrections': 2,
  /** A registered entity stays valid this many years (unverified: centres set their own), renewable. */
  'preexam.entity_valid_years': 2,
  /** Renewal may be applied for this many days before the registration ends. */
  'preexam.renew_window_days': 90,
  /** An agency's filing (备案) is valid this many years (双随机 directory). */
  'agency.filing_valid_years': 3,
  /** Inspection results are published within this many working days of the conclusion (双随机一公开). */
  'agency.publish_days': 20,
  // Abnormal-application screening (#16 §3). Order 77 names the behaviours but publishes no thresholds: these are
  // the bureau's screening settings, not legal figures. A flag is a lead for staff review, never a finding.
  /** Near-duplicate texts: exact bigram Jaccard similarity (percent) from which a pair is flagged. */
  'screening.near_duplicate_pct': 70,
  /** Burst: at least this many filings of one applicant in a calendar month … */
  'screening.burst_min_count': 20,
  /** … and at least this many times its monthly average over the previous months … */
  'screening.burst_factor': 5,
  /** … counted over this many months (the applicant's own size). */
  'screening.burst_history_months': 24,
  /** Cluster: at least this many different applicants at one address. */
  'screening.cluster_min_applicants': 5,
  /** Transfer pattern: a transfer registered within this many days of filing … */
  'screening.transfer_days': 365,
  /** … for at least this many patents of one applicant. */
  'screening.transfer_min_count': 3,
  /** Enterprise needs (三问两送, #16 §6): a department answers a need within this many working days (local practice; configurable). */
  'outreach.need_response_days': 5,
} as const;
export type SettingKey = keyof typeof settingDefaults;

/** Reads a numeric setting, falling back to its documented default. */
export async function getSetting(db: Executor, key: SettingKey): Promise<number> {
  const value = await findSettingValue(db, key);
  const n = value !== undefined ? Number(value) : NaN;
  return Number.isFinite(n) ? n : settingDefaults[key];
}

/** Writes a setting (call inside the mutation's transaction). */
export async function putSetting(ctx: AppContext, db: Executor, key: SettingKey, value: number): Promise<void> {
  await upsertSetting(db, key, String(value), nowIso(ctx));
}

/**
 * Text settings. `authority.delegated`: when this deployment *is* a delegated authority (a CNIPA 专利代办处
 * registering pledges or filing licence contracts under CNIPA's delegation), its name and the acts it performs,
 * as JSON `{"name": "国家知识产权局专利局济南代办处", "acts": ["licence_contract", "transfer_contract", "pledge"]}`;
 * empty (the default) when it is not: the acts are then CNIPA's, entered with CNIPA's number and date.
 */
export const textSettingDefaults = {
  'authority.delegated': '',
} as const;
export type TextSettingKey = keyof typeof textSettingDefaults;

/** Reads a text setting, falling back to its default. */
export async function getTextSetting(db: Executor, key: TextSettingKey): Promise<string> {
  return (await findSettingValue(db, key)) ?? textSettingDefaults[key];
}

/** Writes a text setting (call inside the mutation's transaction). */
export async function putTextSetting(ctx: AppContext, db: Executor, key: TextSettingKey, value: string): Promise<void> {
  await upsertSetting(db, key, value, nowIso(ctx));
}
