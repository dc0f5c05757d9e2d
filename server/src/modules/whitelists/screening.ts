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
import { countScreeningPopulation, findScreeningFigures } from './repository.js';
import { whitelistCreditListings, type CreditListing } from './credit.js';

/**
 * The white-list screening (授信白名单筛选): rules kept as data (`WhitelistRules`) checked against figures
 * computed from the registry (effective and high-value invention patents held, IPC fields) and the
 * enterprise profile (tags, industry) and the credit list — never typed in. `evaluate` is the pure rule
 * check; `screenRegion` reads the figures of every enterprise of a region in one set statement.
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

/** A screening: how many enterprises it covered, and the results it keeps. */
export interface Screening {
  /** Active enterprises of the region screened. */
  screened: number;
  /** The eligible ones, and the `include` ones whether eligible or not, in id order. */
  results: ScreeningResult[];
}

function resultOf(rules: WhitelistRules, o: Awaited<ReturnType<typeof findScreeningFigures>>[number], credit: Map<number, CreditListing[]>): ScreeningResult {
  const id = Number(o.id);
  const figures: WhitelistFigures = {
    effectiveInventions: Number(o.effective),
    highValue: Number(o.high_value),
    tags: parseTags(o.tags),
    industry: o.industry,
    ipcMatches: rules.ipcPrefixes.filter((_, i) => Number(o[`ipc${i}`]) === 1),
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
}

const queryOf = (regionCode: string, rules: WhitelistRules, date: string) => ({
  regionCode,
  date,
  tenYearsBefore: tenYearsBefore(date),
  ipcPrefixes: rules.ipcPrefixes,
  tags: rules.tags,
  industries: rules.industries,
});

/**
 * Screens every active enterprise of the region on `date` in one set statement (the figures of every
 * enterprise the tag and industry rules leave, with their patent counts and IPC matches) plus the credit
 * list and the population's count. Keeps the eligible ones and those of `include` (eligible or not).
 */
export async function screenRegion(db: Executor, regionCode: string, rules: WhitelistRules, date: string, include: readonly number[] = []): Promise<Screening> {
  const [screened, rows, credit] = await Promise.all([
    countScreeningPopulation(db, regionCode),
    findScreeningFigures(db, { ...queryOf(regionCode, rules, date), include }),
    rules.noCreditListing ? whitelistCreditListings(db, date) : Promise.resolve(new Map<number, CreditListing[]>()),
  ]);
  const wanted = new Set(include);
  const results = rows.map((o) => resultOf(rules, o, credit)).filter((r) => r.eligible || wanted.has(r.orgId));
  return { screened, results };
}

/** One active enterprise of the region screened like the region's (undefined when it is none). */
export async function screenEnterprise(
  db: Executor,
  regionCode: string,
  rules: WhitelistRules,
  date: string,
  orgId: number,
): Promise<ScreeningResult | undefined> {
  const [rows, credit] = await Promise.all([
    findScreeningFigures(db, { ...queryOf(regionCode, rules, date), only: orgId }),
    rules.noCreditListing ? whitelistCreditListings(db, date) : Promise.resolve(new Map<number, CreditListing[]>()),
  ]);
  const [row] = rows;
  return row ? resultOf(rules, row, credit) : undefined;
}
