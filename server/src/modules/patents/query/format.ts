import { daysInMonth } from './dates.js';
import { operatorOf } from './lexer.js';
import type { QueryNode, TermNode } from './types.js';
import { ENUM_LABELS } from './values.js';

/**
 * Prints a query in canonical syntax: upper-case operators, explicit fields and ANDs, binary NOT, OR groups of
 * one field (`TX=(a OR b)`), Chinese enum values, compact dates (AD=2020, AD>=202003).
 * For every tree `parseQuery` produces, `parseQuery(formatQuery(ast))` gives the same tree up to positions
 * (compare with `stripPositions`), provided the more explicit text stays within the 2,000-character limit.
 * Trees `parseQuery` cannot produce (a `"` inside a value, a date open on both sides) print but may not read back.
 */
export function formatQuery(ast: QueryNode): string {
  const group = formatGroup(ast);
  if (group) return group;
  switch (ast.kind) {
    case 'and':
      // `A NOT B` rather than `A AND NOT B`: CNIPA's own style, and a binary NOT is no nesting level.
      return ast.children.map((c, i) => (i === 0 ? operand(c) : c.kind === 'not' ? `NOT ${operand(c.child)}` : `AND ${operand(c)}`)).join(' ');
    case 'or':
      return ast.children.map((c) => (c.kind === 'or' ? operand(c) : formatQuery(c))).join(' OR ');
    case 'not':
      return `NOT ${operand(ast.child)}`;
    case 'date':
      return formatDate(ast);
    default:
      return `${ast.field}=${formatValue(ast)}`;
  }
}

/** An operand of AND or NOT: a connective is parenthesised unless it prints as a field group, which is atomic. */
function operand(node: QueryNode): string {
  if (node.kind !== 'and' && node.kind !== 'or') return formatQuery(node);
  return formatGroup(node) ?? `(${formatQuery(node)})`;
}

/**
 * `TX=(锂电池 OR 钠电池)` for an OR of non-date terms of one field. Only OR: an AND group inside an OR
 * would add a bracket level the input did not have, which could break the nesting limit on re-parsing.
 */
function formatGroup(node: QueryNode): string | null {
  if (node.kind !== 'or') return null;
  const terms = node.children.filter((c): c is Exclude<TermNode, { kind: 'date' }> => c.kind === 'text' || c.kind === 'code' || c.kind === 'enum');
  const field = terms[0]?.field;
  if (!field || terms.length !== node.children.length || terms.some((t) => t.field !== field)) return null;
  return `${field}=(${terms.map(formatValue).join(' OR ')})`;
}

function formatValue(term: Exclude<TermNode, { kind: 'date' }>): string {
  if (term.kind === 'enum') return ENUM_LABELS[term.value] ?? quoted(term.value);
  if (term.kind === 'code') return /^[A-Z0-9/]+$/.test(term.value) ? term.value : quoted(term.value);
  return term.phrase || needsQuotes(term.value) ? quoted(term.value) : term.value;
}

/** A bare word cannot hold spaces or syntax characters, and must not read as an operator. */
function needsQuotes(value: string): boolean {
  return value === '' || /[\s()"=<>:\u201c\u201d\uff01-\uff5e]/u.test(value) || operatorOf(value) !== undefined;
}

// The language has no escape for a double quote inside a phrase; such characters cannot be written.
const quoted = (value: string) => `"${value.replace(/["\u201c\u201d\uff02]/gu, '')}"`;

function formatDate(node: Extract<QueryNode, { kind: 'date' }>): string {
  const { field, from, to } = node;
  if (from && to && from === to) return `${field}=${from.replaceAll('-', '')}`;
  if (from && !to) return `${field}>=${compactStart(from)}`;
  if (to && !from) return `${field}<=${compactEnd(to)}`;
  const start = from ? compactStart(from) : '';
  const end = to ? compactEnd(to) : '';
  return start && start === end ? `${field}=${start}` : `${field}=${start}:${end}`;
}

/** 2020-01-01 → 2020, 2020-03-01 → 202003, otherwise YYYYMMDD: each reads back as the same first day. */
function compactStart(iso: string): string {
  const [y = '', m = '', d = ''] = iso.split('-');
  return m === '01' && d === '01' ? y : d === '01' ? `${y}${m}` : `${y}${m}${d}`;
}

/** 2020-12-31 → 2020, 2020-02-29 → 202002, otherwise YYYYMMDD: each reads back as the same last day. */
function compactEnd(iso: string): string {
  const [y = '', m = '', d = ''] = iso.split('-');
  if (m === '12' && d === '31') return y;
  return Number(d) === daysInMonth(Number(y), Number(m)) ? `${y}${m}` : `${y}${m}${d}`;
}
