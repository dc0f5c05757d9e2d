import { tokenSpan, type TokenCursor } from './cursor.js';
import { readDateComparison, readDateRange } from './dates.js';
import { fail, quote } from './errors.js';
import { FIELD_NAMES, isCodeField, isDateField, isTextField, resolveField } from './fields.js';
import type { Comparison, Token } from './lexer.js';
import type { QueryField, TermNode } from './types.js';
import { continuesIpc, normalizeCode, normalizeEnum, normalizeText, refuseTruncation } from './values.js';

/** `FIELD=` or `FIELD>=` … as read before its value or group. */
export interface FieldHead {
  field: QueryField;
  cmp: Comparison;
  name: Token;
  op: Token;
}

/** Reads `FIELD` and its comparison operator; `group` is the enclosing field group's head, if any. */
export function readFieldHead(cursor: TokenCursor, group: FieldHead | null): FieldHead {
  const name = cursor.next() as Extract<Token, { type: 'word' }>;
  const op = cursor.next() as Extract<Token, { type: 'cmp' }>;
  const field = resolveField(name.text);
  if (!field) fail('unknown_field', tokenSpan(name), `未知字段${quote(name.text)}，可用字段：${FIELD_NAMES.join('、')}`);
  if (group) fail('nested_field', tokenSpan(name), `字段组 ${group.field}=(…) 内不能再指定字段 ${field}`);
  if (op.cmp !== '=' && !isDateField(field)) {
    fail('comparison_not_allowed', tokenSpan(op), `比较运算符“${op.cmp}”只能用于日期字段（AD、PD、GD），${field} 请使用“=”`);
  }
  return { field, cmp: op.cmp, name, op };
}

/** Whether the current token can start a value of this field (a date range may start with its colon). */
export function startsValue(cursor: TokenCursor, field: QueryField, cmp: Comparison): boolean {
  const t = cursor.peek();
  // `TI= PA=x`: the word after `=` is the next field, not TI's value.
  if (t.type === 'word') return cursor.peek(1).type !== 'cmp';
  return t.type === 'quoted' || (t.type === 'colon' && cmp === '=' && isDateField(field));
}

/** Reads the value after `FIELD=` (or `FIELD>=` …), failing with `empty_value` when there is none. */
export function readFieldValue(cursor: TokenCursor, head: FieldHead): TermNode {
  if (!startsValue(cursor, head.field, head.cmp)) fail('empty_value', tokenSpan(head.name, head.op), `字段 ${head.field} 缺少检索值`);
  return readValue(cursor, head.field, head.cmp, head.name.pos);
}

/** Reads one value of `field` starting at the current token; `start` is where the term's text begins. */
export function readValue(cursor: TokenCursor, field: QueryField, cmp: Comparison, start: number): TermNode {
  const first = cursor.next();
  cursor.countTerm(first);
  const raw = first.type === 'word' || first.type === 'quoted' ? first.text : '';
  const node = buildTerm(cursor, field, cmp, first, raw, start);
  const after = cursor.peek();
  if (after.type === 'colon') {
    const detail = !isDateField(field)
      ? `范围“:”只能用于日期字段（AD、PD、GD），不能用于 ${field}`
      : cmp === '='
        ? `日期范围格式不正确，应写作 ${field}=20200101:20231231（冒号两侧不留空格）`
        : `比较运算符“${cmp}”后只能写单个日期，范围请写作 ${field}=20200101:20231231`;
    fail(isDateField(field) && cmp === '=' ? 'invalid_range' : 'range_not_allowed', tokenSpan(after), detail);
  }
  return cursor.mark(node, start);
}

function buildTerm(cursor: TokenCursor, field: QueryField, cmp: Comparison, first: Token, raw: string, position: number): TermNode {
  const span = tokenSpan(first);
  if (isTextField(field)) {
    const value = normalizeText(raw, span);
    // Inside quotes every character is text (punctuation separates words, as in the index).
    if (first.type !== 'quoted') refuseTruncation(raw, span);
    return { kind: 'text', field, value, phrase: first.type === 'quoted', position };
  }
  if (isCodeField(field)) {
    let text = raw;
    let end = first;
    const next = cursor.peek();
    // IPC symbols are officially printed with a space (H01M 10/0525): join the two words back together.
    if (field === 'IC' && first.type === 'word' && next.type === 'word' && continuesIpc(raw, next.text)) {
      text += next.text;
      end = cursor.next();
    }
    return { kind: 'code', field, value: normalizeCode(field, text, tokenSpan(first, end)), position };
  }
  if (field === 'PT') return { kind: 'enum', field, value: normalizeEnum(field, raw, span), position };
  if (field === 'LS') return { kind: 'enum', field, value: normalizeEnum(field, raw, span), position };
  if (!isDateField(field)) return fail('internal', span, `字段 ${field} 无法识别`);
  if (cmp !== '=') return { kind: 'date', field, ...readDateComparison(cmp, raw.trim(), span), position };
  if (first.type === 'quoted') return { kind: 'date', field, ...readDateRange(raw.trim(), span), position };
  return { kind: 'date', field, ...readDateRange(joinRange(cursor, first), { position: first.pos, length: cursor.lastEnd() - first.pos }), position };
}

/** Joins `2020`, `:`, `2023` into `2020:2023` when they touch; a spaced colon is not part of the range. */
function joinRange(cursor: TokenCursor, first: Token): string {
  let text = first.type === 'word' ? first.text : ':';
  let last = first;
  if (first.type === 'word' && cursor.peek().type === 'colon' && cursor.peek().pos === first.end) {
    last = cursor.next();
    text += ':';
  }
  const next = cursor.peek();
  if (last.type === 'colon' && next.type === 'word' && next.pos === last.end) text += (cursor.next() as Extract<Token, { type: 'word' }>).text;
  return text;
}
