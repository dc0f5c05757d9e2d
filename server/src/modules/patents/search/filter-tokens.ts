import { regionPrefix } from '../../../platform/jurisdiction.js';
import { ipcLevel } from '../query/values.js';

/**
 * Structured filters as hidden index tokens (the `fl` column): a filter becomes one more posting list
 * for the full-text engine to intersect, instead of a lookup per hit. Every token starts with a
 * two-letter namespace, so tokens of different kinds never collide:
 * ps/pc/pb IPC section/class/subclass, ip full IPC symbol (prefix-searched), kd patent type,
 * rg region prefix, ax/px/gx application/publication/grant decade, ay/py/gy the same dates' year,
 * am/pm/gm their month, an application number, pn publication or grant number. Tokens are ASCII letters
 * and digits only.
 */

/** Patent types (专利类型) as their one-letter token suffix. */
const KIND_CODE: Readonly<Record<string, string>> = { invention: 'i', utility: 'u', design: 'd' };

/** IPC symbol as written in the registry, normalised: upper-case without spaces ("H01M 10/0525" → "H01M10/0525"). */
export function normalizeIpc(code: string): string {
  return code.replace(/\s+/g, '').toUpperCase();
}

/** The main-class part ("H01") of an IPC symbol, or null when it is not one. */
export function ipcClassOf(code: string | null | undefined): string | null {
  const m = /^([A-H]\d\d)/.exec(normalizeIpc(code ?? ''));
  return m ? (m[1] as string) : null;
}

/**
 * The IPC facet values of a patent's symbols: every class (H01) once, plus a section letter alone (H) for a
 * section none of whose symbols names a class. Exactly what IC=<section> and IC=<class> match (the ps/pc
 * tokens of filterTokens), so a facet counts what its click finds. Sorted, space separated; null when none.
 */
export function ipcFacetValues(codes: readonly string[]): string | null {
  const classes = new Set<string>();
  const sections = new Set<string>();
  for (const raw of codes) {
    const code = normalizeIpc(raw);
    if (/^[A-H]\d\d/.test(code)) classes.add(code.slice(0, 3));
    else if (/^[A-H]/.test(code)) sections.add(code.slice(0, 1));
  }
  for (const c of classes) sections.delete(c.slice(0, 1));
  const all = [...classes, ...sections].sort();
  return all.length > 0 ? all.join(' ') : null;
}

/** Full IPC symbol token: "/" becomes "x" so a prefix of the symbol is a prefix of the token. */
function ipcToken(code: string): string {
  return (
    'ip' +
    code
      .toLowerCase()
      .replace(/\//g, 'x')
      .replace(/[^a-z0-9]/g, '')
  );
}

/** Application number normalised for matching: upper-case alphanumerics with the CN prefix (CN202010123456.7 → CN2020101234567). */
export function normalizeAppNo(raw: string): string {
  const v = raw.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return /^\d/.test(v) ? `CN${v}` : v;
}

/** Publication or grant number normalised like an application number (CN218751475U). */
export const normalizePubNo = normalizeAppNo;

/** Hidden tokens of one patent, space separated. */
export function filterTokens(p: {
  app_no: string;
  pub_no: string | null;
  grant_no: string | null;
  kind: string;
  app_date: string | null;
  pub_date: string | null;
  grant_date: string | null;
  region_code: string | null;
  ipcCodes: readonly string[];
}): string {
  const out = new Set<string>();
  for (const raw of p.ipcCodes) {
    const code = normalizeIpc(raw);
    if (!code) continue;
    out.add(ipcToken(code));
    if (/^[A-H]/.test(code)) out.add('ps' + code.slice(0, 1).toLowerCase());
    if (/^[A-H]\d\d/.test(code)) out.add('pc' + code.slice(0, 3).toLowerCase());
    if (/^[A-H]\d\d[A-Z]/.test(code)) out.add('pb' + code.slice(0, 4).toLowerCase());
  }
  const kind = KIND_CODE[p.kind];
  if (kind) out.add('kd' + kind);
  const region = (p.region_code ?? '').replace(/\D/g, '');
  for (const len of [2, 4, 6, 9]) if (region.length >= len) out.add('rg' + region.slice(0, len));
  for (const [field, date] of [
    ['AD', p.app_date],
    ['PD', p.pub_date],
    ['GD', p.grant_date],
  ] as const) {
    const m = /^(\d{4})-?(\d{2})/.exec(date ?? '');
    // A patent without an application date still gets a month bucket, so date order can walk months.
    if (!m && field === 'AD') out.add(monthToken('AD', 0, 0).token);
    if (!m) continue;
    out.add(decadeToken(field, Number(m[1])).token);
    out.add(yearToken(field, Number(m[1])).token);
    out.add(monthToken(field, Number(m[1]), Number(m[2])).token);
  }
  addNumberTokens(out, 'an', p.app_no, true);
  if (p.pub_no) addNumberTokens(out, 'pn', p.pub_no, false);
  if (p.grant_no) addNumberTokens(out, 'pn', p.grant_no, false);
  return [...out].join(' ');
}

/**
 * Number tokens: the normalised number, plus the number without its check digit (application numbers
 * written with a dot, 202010123456.7) or without its kind code (publication CN111504366A / grant
 * CN111504366B), so users may type either.
 */
function addNumberTokens(out: Set<string>, ns: 'an' | 'pn', raw: string, isAppNo: boolean): void {
  const full = normalizeAppNo(raw);
  if (!full) return;
  out.add(ns + full.toLowerCase());
  if (isAppNo) {
    const dot = raw.lastIndexOf('.');
    if (dot > 0 && raw.length - dot === 2) out.add(ns + normalizeAppNo(raw.slice(0, dot)).toLowerCase());
  } else {
    const base = /^(.*\d)[A-Z]\d?$/.exec(full);
    if (base) out.add(ns + (base[1] as string).toLowerCase());
  }
}

/** A filter token query: the token, and whether it is a prefix (longer IPC prefixes). */
export interface FilterToken {
  token: string;
  prefix: boolean;
}

/**
 * IPC query (IC=), matched at the scheme's boundaries: a section, class or subclass matches every symbol under
 * it (IC=H01M matches H01M10/0525); a main group every symbol of that group and no other (IC=G06F4 matches
 * G06F4/00 and G06F4/12, not G06F40/289; IC=H04N5/00 is the whole main group H04N5); a subgroup that symbol
 * (IC=G06F40/289). Several tokens are OR-ed. `ipcMatches` is the same rule on a symbol.
 */
export function ipcQueryTokens(value: string): FilterToken[] {
  const code = normalizeIpc(value);
  const lower = code.toLowerCase();
  const level = ipcLevel(code);
  if (level?.level === 'section') return [{ token: 'ps' + lower, prefix: false }];
  if (level?.level === 'class') return [{ token: 'pc' + lower, prefix: false }];
  if (level?.level === 'subclass') return [{ token: 'pb' + lower, prefix: false }];
  if (level?.level === 'group')
    return [
      { token: ipcToken(level.group + '/'), prefix: true },
      { token: ipcToken(level.group), prefix: false },
    ];
  if (level?.level === 'subgroup') return [{ token: ipcToken(`${level.group}/${level.subgroup}`), prefix: false }];
  return [{ token: ipcToken(code), prefix: true }];
}

/** Whether a patent's IPC symbol is matched by an IC= value (ipcQueryTokens' rule, for checks and tests). */
export function ipcMatches(symbol: string, value: string): boolean {
  const code = normalizeIpc(symbol);
  const level = ipcLevel(value);
  if (!level) return code.startsWith(normalizeIpc(value));
  if (level.level === 'group') return code === level.group || code.startsWith(level.group + '/');
  if (level.level === 'subgroup') return code === `${level.group}/${level.subgroup}`;
  return code.startsWith(level.group);
}

/** Region filter (RG=370811, and the caller's jurisdiction): the code and everything below it. */
export function regionQueryToken(code: string): FilterToken {
  return { token: 'rg' + regionPrefix(code.replace(/\D/g, '')), prefix: false };
}

/** Patent type filter (PT); null for an unknown type. */
export function kindQueryToken(kind: string): FilterToken | null {
  const k = KIND_CODE[kind];
  return k ? { token: 'kd' + k, prefix: false } : null;
}

/**
 * Decade token of a date field: ax201 for 2010–2019. A range of whole years is then a few posting lists
 * instead of one a year: at a million patents, a term AND IC=B01 AND AD=2010:2020 counted 23 ms with
 * eleven year tokens OR-ed and 12 ms with two lists.
 */
export function decadeToken(field: 'AD' | 'PD' | 'GD', year: number): FilterToken {
  return { token: { AD: 'ax', PD: 'px', GD: 'gx' }[field] + String(Math.floor(year / 10)), prefix: false };
}

/** Year token of a date field (AD/PD/GD): ay2020. */
export function yearToken(field: 'AD' | 'PD' | 'GD', year: number): FilterToken {
  return { token: { AD: 'ay', PD: 'py', GD: 'gy' }[field] + String(year), prefix: false };
}

/** Month token of a date field: am202003. */
export function monthToken(field: 'AD' | 'PD' | 'GD', year: number, month: number): FilterToken {
  return { token: { AD: 'am', PD: 'pm', GD: 'gm' }[field] + String(year) + String(month).padStart(2, '0'), prefix: false };
}

/** Application (AN) or publication/grant number (PN) filter. */
export function numberQueryToken(field: 'AN' | 'PN', value: string): FilterToken {
  return { token: (field === 'AN' ? 'an' : 'pn') + normalizeAppNo(value).toLowerCase(), prefix: false };
}
