import dayjs from 'dayjs';
import {
  enterpriseTagLabels,
  enterpriseTags,
  messageCatalogue,
  type EnterpriseTag,
  type WhitelistFigures,
  type WhitelistReason,
  type WhitelistRules,
} from '@zhichan/contract';
import type { Executor } from '../../db/database.js';
import { countHeldInventions, findOrgsWithIpc, findScreeningPopulation } from './repository.js';
import { whitelistCreditListings, type CreditListing } from './credit.js';

/**
 * The white-list screening (授信白名单筛选): rules kept as data (`WhitelistRules`) checked against figures
 * computed from the registry (effective and high-value invention patents held, IPC fields) and the
 * enterprise profile (tags, industry) and the credit list — never typed in. `evaluate` is the pure rule
 * check; `screenRegion` reads the figures of every enterprise of a region in a few set queries.
 */

/** An enterprise as the screening sees it. */
export interface ScreenedEnterprise {
  orgId: number;
  name: string;
  creditCode: string | null;
  regionCode: string;
  figures: WhitelistFigures;
}

export interface ScreeningResult extends ScreenedEnterprise {
  reasons: WhitelistReason[];
  /** Every rule met. */
  eligible: boolean;
}

/** A credit behaviour's name from the catalogue (its code when the catalogue does not know it). */
function behaviourName(code: string, lang: 'zh' | 'en'): string {
  const entry = (messageCatalogue as Record<string, { zh: string; en: string } | undefined>)[`credit.behaviour.${code}`];
  return entry ? entry[lang] : code;
}

const reason = (rule: string, met: boolean, code: string, params: Record<string, string | number> = {}): WhitelistReason => ({ rule, met, code, params });

/** Each rule of `rules` against the figures: a reason per rule in force, in the rules' order. */
export function evaluate(rules: WhitelistRules, f: WhitelistFigures): WhitelistReason[] {
  const out: WhitelistReason[] = [];
  if (rules.minEffectiveInventions > 0)
    out.push(
      reason('minEffectiveInventions', f.effectiveInventions >= rules.minEffectiveInventions, 'whitelists.reason.inventions', {
        value: f.effectiveInventions,
        required: rules.minEffectiveInventions,
      }),
    );
  if (rules.minHighValue > 0)
    out.push(reason('minHighValue', f.highValue >= rules.minHighValue, 'whitelists.reason.high_value', { value: f.highValue, required: rules.minHighValue }));
  for (const tag of rules.tags) {
    const has = f.tags.includes(tag);
    const label = enterpriseTagLabels[tag];
    out.push(reason('tags', has, has ? 'whitelists.reason.tag_has' : 'whitelists.reason.tag_missing', { tag: label.zh, tagEn: label.en }));
  }
  if (rules.noCreditListing) {
    const first = f.creditListings[0];
    out.push(
      first
        ? reason('noCreditListing', false, 'whitelists.reason.credit_listed', {
            authority: first.authority,
            endsOn: first.endsOn,
            behaviour: behaviourName(first.behaviour, 'zh'),
            behaviourEn: behaviourName(first.behaviour, 'en'),
          })
        : reason('noCreditListing', true, 'whitelists.reason.credit_clean'),
    );
  }
  if (rules.industries.length > 0) {
    const industry = f.industry?.trim() ?? '';
    if (!industry) out.push(reason('industries', false, 'whitelists.reason.industry_unknown'));
    else {
      const met = rules.industries.some((w) => industry.includes(w));
      out.push(reason('industries', met, met ? 'whitelists.reason.industry_match' : 'whitelists.reason.industry_miss', { industry }));
    }
  }
  if (rules.ipcPrefixes.length > 0) {
    const met = f.ipcMatches.length > 0;
    out.push(
      reason('ipcPrefixes', met, met ? 'whitelists.reason.ipc_match' : 'whitelists.reason.ipc_miss', {
        codes: (met ? f.ipcMatches : rules.ipcPrefixes).join('、'),
      }),
    );
  }
  return out;
}

/** Whether every rule is met: `evaluate(rules, f).every((r) => r.met)` without writing the reasons out. */
export function meets(rules: WhitelistRules, f: WhitelistFigures): boolean {
  if (f.effectiveInventions < rules.minEffectiveInventions) return false;
  if (f.highValue < rules.minHighValue) return false;
  if (!rules.tags.every((t) => f.tags.includes(t))) return false;
  if (rules.noCreditListing && f.creditListings.length > 0) return false;
  if (rules.industries.length > 0) {
    const industry = f.industry?.trim() ?? '';
    if (!industry || !rules.industries.some((w) => industry.includes(w))) return false;
  }
  if (rules.ipcPrefixes.length > 0 && f.ipcMatches.length === 0) return false;
  return true;
}

/** The profile's tags column (JSON array) as known tags. */
export function parseTags(json: string | null): EnterpriseTag[] {
  if (!json) return [];
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? v.filter((t): t is EnterpriseTag => (enterpriseTags as readonly string[]).includes(t as string)) : [];
  } catch {
    return [];
  }
}

/** The date ten years before `date` (high-value criterion 3). */
export const tenYearsBefore = (date: string) => dayjs(date).subtract(10, 'year').format('YYYY-MM-DD');

/**
 * Screens every active enterprise of the region on `date`: its figures and, per rule, whether it is met.
 * Returns all of them (the caller keeps the eligible ones as candidates); `orgId` screens that one alone.
 */
export async function screenRegion(db: Executor, regionCode: string, rules: WhitelistRules, date: string, orgId?: number): Promise<ScreeningResult[]> {
  const [population, held, credit, ...ipc] = await Promise.all([
    findScreeningPopulation(db, regionCode, orgId),
    countHeldInventions(db, regionCode, date, tenYearsBefore(date), orgId),
    rules.noCreditListing ? whitelistCreditListings(db, date) : Promise.resolve(new Map<number, CreditListing[]>()),
    ...rules.ipcPrefixes.map((p) => findOrgsWithIpc(db, regionCode, date, p, orgId)),
  ]);
  const counts = new Map(held.map((h) => [Number(h.org_id), { effective: Number(h.effective), highValue: Number(h.high_value) }]));
  const ipcSets = ipc.map((ids) => new Set(ids));
  return population.map((o) => {
    const id = Number(o.id);
    const c = counts.get(id);
    const figures: WhitelistFigures = {
      effectiveInventions: c?.effective ?? 0,
      highValue: c?.highValue ?? 0,
      tags: parseTags(o.tags),
      industry: o.industry,
      ipcMatches: rules.ipcPrefixes.filter((_, i) => ipcSets[i]?.has(id)),
      creditListings: credit.get(id) ?? [],
    };
    // The reasons are written out only for the firms that need them (candidates, staff decisions): the
    // eligibility test is the same rules as plain comparisons (`meets`, property-tested against `evaluate`).
    return {
      orgId: id,
      name: o.name,
      creditCode: o.credit_code,
      regionCode: o.region_code,
      figures,
      eligible: meets(rules, figures),
      get reasons() {
        return evaluate(rules, figures);
      },
    };
  });
}
