import type { DateField, QueryNode, TextField } from '../query/index.js';
import { ipcQueryTokens, kindQueryToken, numberQueryToken, regionQueryToken, type FilterToken } from './filter-tokens.js';
import { dateRangeTokens } from './date-tokens.js';
import { termPhrase } from './tokenizer.js';
import type { LegalState } from '../legal-status.js';

/** Columns of the full-text index: title, abstract, first claim, parties, inventors, agency, hidden filters. */
export type IndexColumn = 'ti' | 'ab' | 'cl' | 'pa' | 'inv' | 'ag' | 'fl';

/** Date columns of the facts table, as yyyymmdd integers. */
export type DateColumn = 'app_ymd' | 'pub_ymd' | 'grant_ymd';

/**
 * The query as a boolean tree the two dialect adapters render: `phrase` leaves are answered by the
 * full-text index (exactly), `date` and `legal` leaves by the facts table; `tokens` on a date leaf are the
 * year and month tokens that cover its range (a superset the index can intersect first; `tokensExact`
 * when the range is whole months).
 */
export type Cond =
  | { t: 'and'; children: Cond[] }
  | { t: 'or'; children: Cond[] }
  | { t: 'not'; child: Cond }
  | { t: 'phrase'; cols: readonly IndexColumn[]; tokens: string[]; prefix: boolean }
  | { t: 'date'; column: DateColumn; from: number | null; to: number | null; tokens: string[] | null; tokensExact: boolean }
  | { t: 'legal'; state: LegalState; asOf: number }
  | { t: 'const'; value: boolean };

/** A compiled query: the condition and the literal strings to highlight. */
export interface Plan {
  cond: Cond;
  /** Text values of the terms that must match (not under NOT), for highlighting and snippets. */
  terms: string[];
  /** True when some phrase leaf searches text columns (relevance ranking is meaningful). */
  ranked: boolean;
}

const TEXT_COLUMNS: Readonly<Record<TextField, readonly IndexColumn[]>> = {
  TI: ['ti'],
  AB: ['ab'],
  CL: ['cl'],
  TX: ['ti', 'ab', 'cl'],
  PA: ['pa'],
  IN: ['inv'],
  AG: ['ag'],
};

const DATE_COLUMNS: Readonly<Record<DateField, DateColumn>> = { AD: 'app_ymd', PD: 'pub_ymd', GD: 'grant_ymd' };

/** yyyymmdd integer of an ISO date (2020-03-05 → 20200305); null when absent or malformed. */
export function ymd(date: string | null | undefined): number | null {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(date ?? '');
  return m ? Number(`${m[1]}${m[2]}${m[3]}`) : null;
}

/** Compiles a parsed query (with the caller's jurisdiction, if any) into a plan. Total: never throws on a well-typed AST. */
export function compileQuery(ast: QueryNode, opts: { asOf: string; within?: string | null }): Plan {
  const terms: string[] = [];
  const state = { ranked: false, terms };
  let cond = toCond(ast, opts.asOf, false, state);
  if (opts.within) cond = and([cond, filterLeaf(regionQueryToken(opts.within))]);
  return { cond: simplify(cond), terms: [...new Set(terms)], ranked: state.ranked };
}

function toCond(node: QueryNode, asOf: string, negated: boolean, st: { ranked: boolean; terms: string[] }): Cond {
  switch (node.kind) {
    case 'and':
      return and(node.children.map((c) => toCond(c, asOf, negated, st)));
    case 'or':
      return { t: 'or', children: node.children.map((c) => toCond(c, asOf, negated, st)) };
    case 'not':
      return { t: 'not', child: toCond(node.child, asOf, !negated, st) };
    case 'text': {
      const phrase = termPhrase(node.value);
      if (!phrase) return { t: 'const', value: false };
      if (!negated) {
        st.terms.push(node.value.trim());
        st.ranked = true;
      }
      return { t: 'phrase', cols: TEXT_COLUMNS[node.field], ...phrase };
    }
    case 'code':
      if (!/[A-Za-z0-9]/.test(node.value)) return { t: 'const', value: false };
      if (node.field === 'IC') {
        const leaves = ipcQueryTokens(node.value).map(filterLeaf);
        return leaves.length === 1 ? (leaves[0] as Cond) : { t: 'or', children: leaves };
      }
      if (node.field === 'RG') return filterLeaf(regionQueryToken(node.value));
      return filterLeaf(numberQueryToken(node.field, node.value));
    case 'enum': {
      if (node.field === 'PT') {
        const token = kindQueryToken(node.value);
        return token ? filterLeaf(token) : { t: 'const', value: false };
      }
      const known = node.value === 'effective' || node.value === 'lapsed' || node.value === 'pending';
      return known ? { t: 'legal', state: node.value, asOf: ymd(asOf) ?? 0 } : { t: 'const', value: false };
    }
    case 'date':
      return dateLeaf(DATE_COLUMNS[node.field], node.field, node.from, node.to);
  }
}

function filterLeaf(f: FilterToken): Cond {
  return { t: 'phrase', cols: ['fl'], tokens: [f.token], prefix: f.prefix };
}

function dateLeaf(column: DateColumn, field: DateField, fromIso: string | null, toIso: string | null): Cond {
  const from = ymd(fromIso);
  const to = ymd(toIso);
  if (from !== null && to !== null && from > to) return { t: 'const', value: false };
  const cover = dateRangeTokens(field, from, to);
  return { t: 'date', column, from, to, tokens: cover?.tokens ?? null, tokensExact: cover?.exact ?? false };
}

function and(children: Cond[]): Cond {
  return children.length === 1 ? (children[0] as Cond) : { t: 'and', children };
}

/** Folds constants and flattens nested and/or, so adapters see the smallest tree. */
export function simplify(c: Cond): Cond {
  if (c.t === 'not') {
    const child = simplify(c.child);
    if (child.t === 'const') return { t: 'const', value: !child.value };
    if (child.t === 'not') return child.child;
    return { t: 'not', child };
  }
  if (c.t !== 'and' && c.t !== 'or') return c;
  const isAnd = c.t === 'and';
  const out: Cond[] = [];
  for (const raw of c.children) {
    const child = simplify(raw);
    if (child.t === 'const') {
      if (child.value !== isAnd) return child; // false in AND, true in OR decides
      continue;
    }
    if (child.t === c.t) out.push(...child.children);
    else out.push(child);
  }
  if (out.length === 0) return { t: 'const', value: isAnd };
  return out.length === 1 ? (out[0] as Cond) : { t: c.t, children: out };
}

/** Text phrase leaves that must match (not under NOT): what relevance ranks by. */
export function positivePhrases(c: Cond, out: Extract<Cond, { t: 'phrase' }>[] = []): Extract<Cond, { t: 'phrase' }>[] {
  if (c.t === 'phrase' && !c.cols.includes('fl')) out.push(c);
  if (c.t === 'and' || c.t === 'or') for (const child of c.children) positivePhrases(child, out);
  return out;
}
