import { FIELDS } from './fields.js';
import type { LegalStatus, PatentType, QueryField, QueryNode, TermNode } from './types.js';
import { ENUM_LABELS, ipcLevel } from './values.js';

type TextTerm = Extract<QueryNode, { kind: 'text' }>;

/** The languages a query is read back in. */
export type DescribeLanguage = 'zh' | 'en';

/** English field names, beside FIELDS' Chinese labels. */
const FIELD_LABELS_EN: Readonly<Record<QueryField, string>> = {
  TI: 'Title',
  AB: 'Abstract',
  CL: 'Claims',
  TX: 'Title/abstract/claims',
  PA: 'Applicant',
  IN: 'Inventor',
  AG: 'Agency',
  AN: 'Application number',
  PN: 'Publication number',
  IC: 'IPC',
  RG: 'Region',
  AD: 'Application date',
  PD: 'Publication date',
  GD: 'Grant date',
  PT: 'Patent type',
  LS: 'Legal status',
};

const ENUM_LABELS_EN: Readonly<Record<PatentType | LegalStatus, string>> = {
  invention: 'invention',
  utility: 'utility model',
  design: 'design',
  effective: 'in force',
  lapsed: 'lapsed',
  pending: 'pending',
  unknown: 'unknown',
};

/** The wording of each clause, per language (`n`: negated). */
interface Phrases {
  field(f: QueryField): string;
  enumLabel(v: string): string;
  quote(v: string): string;
  and: string;
  or: string;
  paren(s: string): string;
  sameField(label: string, values: string[], kind: 'and' | 'or'): string;
  noneOf(label: string, values: string[]): string;
  notSatisfied(s: string): string;
  text(label: string, value: string, n: boolean): string;
  is(label: string, value: string, n: boolean): string;
  /** A code or date value, spaced from the Chinese verb. */
  isCode(label: string, value: string, n: boolean): string;
  ipc(value: string, n: boolean): string;
  region(value: string, n: boolean): string;
  between(label: string, from: string, to: string, n: boolean): string;
  present(label: string, n: boolean): string;
}

const PHRASES: Record<DescribeLanguage, Phrases> = {
  zh: {
    field: (f) => FIELDS[f].label,
    enumLabel: (v) => ENUM_LABELS[v as PatentType | LegalStatus] ?? v,
    quote: (v) => `“${v}”`,
    and: '，且',
    or: '，或',
    paren: (s) => `（${s}）`,
    sameField: (label, values, kind) => `${label}${kind === 'or' ? '含' : '同时含'}${values.join(kind === 'or' ? '或' : '和')}`,
    noneOf: (label, values) => `${label}不含${values.join('、')}中的任何一个`,
    notSatisfied: (s) => `不满足（${s}）`,
    text: (label, value, n) => `${label}${n ? '不含' : '含'}${value}`,
    is: (label, value, n) => `${label}${n ? '不为' : '为'}${value}`,
    isCode: (label, value, n) => `${label}${n ? '不为' : '为'} ${value}`,
    ipc: (value, n) => {
      const level = ipcLevel(value);
      if (level?.level === 'group') return `IPC ${n ? '不属于' : '属于'}大组 ${level.group}`;
      if (level?.level === 'subgroup') return `IPC ${n ? '不为' : '为'} ${value}`;
      return `IPC ${n ? '不以' : '以'} ${value} 开头`;
    },
    region: (value, n) => `地区${n ? '不属于' : '属于'} ${value}（含下级）`,
    between: (label, from, to, n) => `${label}${n ? '不在' : '在'} ${from} 至 ${to} 之间`,
    present: (label, n) => (n ? `无${label}` : `有${label}`),
  },
  en: {
    field: (f) => FIELD_LABELS_EN[f],
    enumLabel: (v) => ENUM_LABELS_EN[v as PatentType | LegalStatus] ?? v,
    quote: (v) => `"${v}"`,
    and: ', and ',
    or: ', or ',
    paren: (s) => `(${s})`,
    sameField: (label, values, kind) => `${label} contains ${kind === 'or' ? values.join(' or ') : `all of ${values.join(' and ')}`}`,
    noneOf: (label, values) => `${label} contains none of ${values.join(', ')}`,
    notSatisfied: (s) => `not (${s})`,
    text: (label, value, n) => `${label} ${n ? 'does not contain' : 'contains'} ${value}`,
    is: (label, value, n) => `${label} ${n ? 'is not' : 'is'} ${value}`,
    isCode: (label, value, n) => `${label} ${n ? 'is not' : 'is'} ${value}`,
    ipc: (value, n) => {
      const level = ipcLevel(value);
      if (level?.level === 'group') return `IPC is ${n ? 'not ' : ''}in main group ${level.group}`;
      if (level?.level === 'subgroup') return `IPC ${n ? 'is not' : 'is'} ${value}`;
      return `IPC ${n ? 'does not start' : 'starts'} with ${value}`;
    },
    region: (value, n) => `Region ${n ? 'is not' : 'is'} within ${value} (subdivisions included)`,
    between: (label, from, to, n) => `${label} ${n ? 'is not' : 'is'} between ${from} and ${to}`,
    present: (label, n) => `${label} ${n ? 'is missing' : 'is given'}`,
  },
};

/**
 * A short reading of a query for the UI, in Chinese (default) or English, e.g.
 * `标题/摘要/权利要求含“锂电池”或“钠电池”，且 IPC 以 H01M 开头，且申请日 ≥ 2020-01-01，且申请人不含“某某公司”`.
 */
export function describeQuery(ast: QueryNode, lang: DescribeLanguage = 'zh'): string {
  return describe(ast, PHRASES[lang]);
}

function describe(ast: QueryNode, p: Phrases): string {
  switch (ast.kind) {
    case 'and':
    case 'or': {
      const same = sameFieldText(ast.children, p);
      if (same) return p.sameField(p.field(same.field), same.values, ast.kind);
      // Parenthesise a nested connective so "and" and "or" never mix ambiguously.
      const parts = ast.children.map((c) =>
        (c.kind === 'and' || c.kind === 'or') && !sameFieldText(c.children, p) ? p.paren(describe(c, p)) : describe(c, p),
      );
      return joinSpaced(parts, ast.kind === 'and' ? p.and : p.or);
    }
    case 'not':
      return describeNegation(ast.child, p);
    default:
      return describeTerm(ast, false, p);
  }
}

function describeNegation(child: QueryNode, p: Phrases): string {
  if (child.kind === 'not') return describe(child.child, p);
  if (child.kind === 'and' || child.kind === 'or') {
    const same = sameFieldText(child.children, p);
    if (same && child.kind === 'or') return p.noneOf(p.field(same.field), same.values);
    return p.notSatisfied(describe(child, p));
  }
  return describeTerm(child, true, p);
}

/** The field and quoted values when all children are text terms of one field. */
function sameFieldText(children: QueryNode[], p: Phrases): { field: TextTerm['field']; values: string[] } | null {
  const texts = children.filter((c): c is TextTerm => c.kind === 'text');
  const field = texts[0]?.field;
  if (!field || texts.length !== children.length || texts.some((t) => t.field !== field)) return null;
  return { field, values: texts.map((t) => p.quote(t.value)) };
}

function describeTerm(term: TermNode, negated: boolean, p: Phrases): string {
  const label = p.field(term.field);
  switch (term.kind) {
    case 'text':
      return p.text(label, p.quote(term.value), negated);
    case 'enum':
      return p.is(label, p.enumLabel(term.value), negated);
    case 'code':
      if (term.field === 'IC') return p.ipc(term.value, negated);
      if (term.field === 'RG') return p.region(term.value, negated);
      return p.isCode(label, term.value, negated);
    case 'date': {
      const { from, to } = term;
      if (from && to) {
        if (from === to) return p.isCode(label, from, negated);
        return p.between(label, from, to, negated);
      }
      if (from) return `${label} ${negated ? '<' : '≥'} ${from}`;
      if (to) return `${label} ${negated ? '>' : '≤'} ${to}`;
      return p.present(label, negated);
    }
  }
}

/** Joins clauses, putting a space between a CJK separator and a clause starting with Latin or digits. */
function joinSpaced(parts: string[], separator: string): string {
  return parts.reduce((acc, part, i) => (i === 0 ? part : `${acc}${separator}${/^[A-Za-z0-9]/.test(part) && !separator.endsWith(' ') ? ' ' : ''}${part}`), '');
}
