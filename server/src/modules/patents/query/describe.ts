import { FIELDS } from './fields.js';
import type { QueryNode, TermNode } from './types.js';
import { ENUM_LABELS } from './values.js';

type TextTerm = Extract<QueryNode, { kind: 'text' }>;

/**
 * A short Chinese reading of a query for the UI, e.g.
 * `标题/摘要/权利要求含“锂电池”或“钠电池”，且 IPC 以 H01M 开头，且申请日 ≥ 2020-01-01，且申请人不含“某某公司”`.
 */
export function describeQuery(ast: QueryNode): string {
  switch (ast.kind) {
    case 'and':
    case 'or': {
      const same = sameFieldText(ast.children);
      if (same) return `${FIELDS[same.field].label}${ast.kind === 'or' ? '含' : '同时含'}${same.values.join(ast.kind === 'or' ? '或' : '和')}`;
      // Parenthesise a nested connective so 且 and 或 never mix ambiguously.
      const parts = ast.children.map((c) =>
        (c.kind === 'and' || c.kind === 'or') && !sameFieldText(c.children) ? `（${describeQuery(c)}）` : describeQuery(c),
      );
      return joinSpaced(parts, ast.kind === 'and' ? '，且' : '，或');
    }
    case 'not':
      return describeNegation(ast.child);
    default:
      return describeTerm(ast, false);
  }
}

function describeNegation(child: QueryNode): string {
  if (child.kind === 'not') return describeQuery(child.child);
  if (child.kind === 'and' || child.kind === 'or') {
    const same = sameFieldText(child.children);
    if (same && child.kind === 'or') return `${FIELDS[same.field].label}不含${same.values.join('、')}中的任何一个`;
    return `不满足（${describeQuery(child)}）`;
  }
  return describeTerm(child, true);
}

/** The field and quoted values when all children are text terms of one field. */
function sameFieldText(children: QueryNode[]): { field: TextTerm['field']; values: string[] } | null {
  const texts = children.filter((c): c is TextTerm => c.kind === 'text');
  const field = texts[0]?.field;
  if (!field || texts.length !== children.length || texts.some((t) => t.field !== field)) return null;
  return { field, values: texts.map((t) => `“${t.value}”`) };
}

function describeTerm(term: TermNode, negated: boolean): string {
  const label = FIELDS[term.field].label;
  switch (term.kind) {
    case 'text':
      return `${label}${negated ? '不含' : '含'}“${term.value}”`;
    case 'enum':
      return `${label}${negated ? '不为' : '为'}${ENUM_LABELS[term.value] ?? term.value}`;
    case 'code':
      if (term.field === 'IC') return `IPC ${negated ? '不以' : '以'} ${term.value} 开头`;
      if (term.field === 'RG') return `地区${negated ? '不属于' : '属于'} ${term.value}（含下级）`;
      return `${label}${negated ? '不为' : '为'} ${term.value}`;
    case 'date': {
      const { from, to } = term;
      if (from && to) {
        if (from === to) return `${label}${negated ? '不为' : '为'} ${from}`;
        return `${label}${negated ? '不在' : '在'} ${from} 至 ${to} 之间`;
      }
      if (from) return `${label} ${negated ? '<' : '≥'} ${from}`;
      if (to) return `${label} ${negated ? '>' : '≤'} ${to}`;
      return negated ? `无${label}` : `有${label}`;
    }
  }
}

/** Joins Chinese clauses, putting a space between a CJK separator and a clause starting with Latin or digits. */
function joinSpaced(parts: string[], separator: string): string {
  return parts.reduce((acc, part, i) => (i === 0 ? part : `${acc}${separator}${/^[A-Za-z0-9]/.test(part) ? ' ' : ''}${part}`), '');
}
