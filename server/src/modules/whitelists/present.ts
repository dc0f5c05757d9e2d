import {
  ZWhitelistRules,
  type Whitelist,
  type WhitelistEntry,
  type WhitelistFeedbackItem,
  type WhitelistFigures,
  type WhitelistOutcome,
  type WhitelistReason,
  type WhitelistStatus,
} from '@zhichan/contract';
import type { FeedbackView, WhitelistView } from './repository.js';

/** A version as the API shows it, with its counts and the pushes the caller may see. */
export function toWhitelist(
  row: WhitelistView,
  counts: { included: number; screened: number },
  pushes: { bank_org_id: number; bank_name: string; pushed_at: string }[],
): Whitelist {
  return {
    id: row.id,
    seriesId: row.series_id ?? row.id,
    versionNo: row.version_no,
    title: row.title,
    regionCode: row.region_code,
    regionName: row.region_name ?? row.region_code,
    status: row.status as WhitelistStatus,
    rules: ZWhitelistRules.parse(JSON.parse(row.rules)),
    screenedOn: row.screened_on,
    screenedCount: row.screened_count,
    includedCount: counts.included,
    candidateCount: counts.screened,
    publishedAt: row.published_at,
    createdAt: row.created_at,
    pushes: pushes.map((p) => ({ bankOrgId: Number(p.bank_org_id), bankName: p.bank_name, pushedAt: p.pushed_at })),
    isDemo: row.is_demo === 1,
  };
}

export function toFeedback(f: FeedbackView): WhitelistFeedbackItem {
  return {
    bankOrgId: Number(f.bank_org_id),
    bankName: f.bank_name,
    outcome: f.outcome as WhitelistOutcome,
    amount: f.amount === null ? null : Number(f.amount),
    reason: f.reason,
    source: f.source === 'xlsx' ? 'xlsx' : 'form',
    recordedAt: f.recorded_at,
  };
}

interface EntryLike {
  org_id: number;
  name: string;
  credit_code: string | null;
  region_code: string;
  included: number;
  source: string;
  figures: string;
  reasons: string;
  decision: string | null;
  decision_reason: string | null;
  decided_at: string | null;
}

export function toEntry(e: EntryLike, feedback: WhitelistFeedbackItem[]): WhitelistEntry {
  return {
    orgId: Number(e.org_id),
    name: e.name,
    creditCode: e.credit_code,
    regionCode: e.region_code,
    included: e.included === 1,
    source: e.source === 'manual' ? 'manual' : 'screening',
    figures: JSON.parse(e.figures) as WhitelistFigures,
    reasons: JSON.parse(e.reasons) as WhitelistReason[],
    decision: e.decision === 'add' || e.decision === 'remove' ? e.decision : null,
    decisionReason: e.decision_reason,
    decidedAt: e.decided_at,
    feedback,
  };
}
