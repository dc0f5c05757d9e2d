import type { WeightedTerm } from './candidates.js';

/**
 * Re-ranking of candidates (匹配排序) by three features, each with its share of the explanation:
 * text similarity (IDF-weighted key terms of the demand found in the candidate's title, counted double, or
 * in its abstract/description), IPC overlap (same main group, else same subclass) and place (same county,
 * city or province as the demand).
 */

export const rankWeights = {
  /** Bonus for a shared IPC main group (H01M 4/…), or only a shared subclass (H01M). */
  ipcMainGroup: 0.25,
  ipcSubclass: 0.12,
  /** Bonus for the same county, city or province. */
  sameCounty: 0.1,
  sameCity: 0.06,
  sameProvince: 0.03,
};

/** What the ranking reads of a candidate. */
export interface CandidateDoc {
  title: string;
  /** Abstract (patents) or description, field and offered patents' titles (listings). */
  body: string;
  ipc: readonly string[];
  regionCode: string | null;
}

/** What the ranking reads of the demand. */
export interface DemandFeatures {
  terms: readonly WeightedTerm[];
  ipcHints: readonly string[];
  regionCode: string;
  /** Names of the demand's county, city and province (for the explanation). */
  placeNames: { county: string | null; city: string | null; province: string | null };
}

export interface MatchReason {
  kind: 'terms' | 'ipc' | 'region';
  text: string;
}

export interface Scored {
  score: number;
  sharedTerms: string[];
  reasons: MatchReason[];
  explanation: string;
  /** The candidate's IPC codes the explanation's shared main group or subclass names (empty without one). */
  sharedIpc: string[];
}

/**
 * The candidate's codes with those the explanation names first (otherwise in their order): a list shows
 * its first few codes, and "同属IPC小类 H01M" must not sit beside "B22F B82Y C01B" while H01M is the fourth.
 */
export function sharedIpcFirst(codes: readonly string[], shared: readonly string[]): string[] {
  const first = new Set(shared);
  return [...codes.filter((c) => first.has(c)), ...codes.filter((c) => !first.has(c))];
}

/** "H01M 10/0525" → { subclass: "H01M", group: "H01M10" }. */
export function ipcParts(code: string): { subclass: string; group: string | null } | null {
  const m = /^([A-H]\d{2}[A-Z])(\d{1,4})?/.exec(code.replace(/\s+/g, '').toUpperCase());
  if (!m) return null;
  return { subclass: m[1] as string, group: m[2] ? `${m[1] as string}${Number(m[2])}` : null };
}

/** The main group as people write it: H01M10 → "H01M 10/00". */
function groupLabel(group: string): string {
  return `${group.slice(0, 4)} ${group.slice(4)}/00`;
}

function ipcOverlap(hints: readonly string[], codes: readonly string[]): (MatchReason & { bonus: number; shared: string[] }) | null {
  const mine = hints.map(ipcParts).filter((p) => p !== null);
  const theirs = codes.map((code) => ({ code, parts: ipcParts(code) }));
  for (const h of mine) {
    const shared = theirs.filter((t) => h.group && t.parts?.group === h.group).map((t) => t.code);
    if (h.group && shared.length) return { kind: 'ipc', text: `同属IPC主组 ${groupLabel(h.group)}`, bonus: rankWeights.ipcMainGroup, shared };
  }
  for (const h of mine) {
    const shared = theirs.filter((t) => t.parts?.subclass === h.subclass).map((t) => t.code);
    if (shared.length) return { kind: 'ipc', text: `同属IPC小类 ${h.subclass}`, bonus: rankWeights.ipcSubclass, shared };
  }
  return null;
}

function placeOverlap(demand: DemandFeatures, code: string | null): (MatchReason & { bonus: number }) | null {
  if (!code) return null;
  const a = demand.regionCode;
  if (a.slice(0, 6) === code.slice(0, 6) && !a.slice(0, 6).endsWith('00'))
    return { kind: 'region', text: `与需求方同在${demand.placeNames.county ?? '一个区县'}`, bonus: rankWeights.sameCounty };
  if (a.slice(0, 4) === code.slice(0, 4) && !a.slice(0, 4).endsWith('00'))
    return { kind: 'region', text: `与需求方同在${demand.placeNames.city ?? '一个城市'}`, bonus: rankWeights.sameCity };
  if (a.slice(0, 2) === code.slice(0, 2))
    return { kind: 'region', text: `与需求方同在${demand.placeNames.province ?? '一个省份'}`, bonus: rankWeights.sameProvince };
  return null;
}

/** Scores one candidate against the demand and explains the score in one short Chinese sentence. */
export function scoreCandidate(demand: DemandFeatures, doc: CandidateDoc): Scored {
  const title = doc.title.toLowerCase();
  const body = doc.body.toLowerCase();
  let got = 0;
  let max = 0;
  const shared: { term: string; idf: number }[] = [];
  for (const t of demand.terms) {
    max += 2 * t.idf;
    if (title.includes(t.term)) {
      got += 2 * t.idf;
      shared.push(t);
    } else if (body.includes(t.term)) {
      got += t.idf;
      shared.push(t);
    }
  }
  const text = max > 0 ? got / max : 0;
  const reasons: MatchReason[] = [];
  const sharedTerms = shared.sort((a, b) => b.idf - a.idf).map((t) => t.term);
  if (sharedTerms.length > 0) reasons.push({ kind: 'terms', text: `共同关键词：${sharedTerms.slice(0, 5).join('、')}` });
  const ipc = ipcOverlap(demand.ipcHints, doc.ipc);
  if (ipc) reasons.push({ kind: ipc.kind, text: ipc.text });
  const place = placeOverlap(demand, doc.regionCode);
  if (place) reasons.push({ kind: place.kind, text: place.text });
  const score = text + (ipc?.bonus ?? 0) + (place?.bonus ?? 0);
  return {
    score: Math.round(score * 1000) / 1000,
    sharedTerms,
    reasons,
    explanation: reasons.length ? `${reasons.map((r) => r.text).join('；')}。` : '与需求文本相近。',
    sharedIpc: ipc?.shared ?? [],
  };
}
