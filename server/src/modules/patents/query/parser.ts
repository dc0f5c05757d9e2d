import { tokenSpan, type TokenCursor } from './cursor.js';
import { fail, quote } from './errors.js';
import { isDateField } from './fields.js';
import type { Token } from './lexer.js';
import { readFieldHead, readFieldValue, readValue, type FieldHead } from './terms.js';
import type { QueryNode } from './types.js';
import { isProximityOperator } from './values.js';

/** Parentheses and unary NOT nested deeper than this are rejected. */
export const MAX_DEPTH = 32;

/**
 * Recursive-descent parser. Precedence, tightest first: unary NOT, binary NOT (`A NOT B` = A AND NOT B),
 * AND (explicit or by juxtaposition), OR. `group` is the head of the enclosing field group `TI=(…)`.
 */
export class QueryParser {
  private depth = 0;

  constructor(private readonly cursor: TokenCursor) {}

  /** Parses the whole token list. */
  parseAll(): QueryNode {
    if (this.cursor.peek().type === 'eof') fail('empty_query', { position: 0, length: 0 }, '检索式为空');
    const node = this.parseOr(null);
    const rest = this.cursor.peek();
    if (rest.type === 'rparen') fail('unmatched_paren', tokenSpan(rest), '多余的右括号，找不到对应的左括号');
    if (rest.type !== 'eof') this.unexpected(rest);
    return node;
  }

  private parseOr(group: FieldHead | null): QueryNode {
    const start = this.cursor.peek().pos;
    const children = [this.parseAnd(group, null)];
    for (let t = this.cursor.peek(); t.type === 'op' && t.op === 'OR'; t = this.cursor.peek()) children.push(this.parseAnd(group, this.cursor.next()));
    return this.combine('or', children, start);
  }

  private parseAnd(group: FieldHead | null, after: Token | null): QueryNode {
    const start = this.cursor.peek().pos;
    const children = [this.parseDiff(group, after)];
    for (;;) {
      const t = this.cursor.peek();
      if (t.type === 'op' && t.op === 'AND') children.push(this.parseDiff(group, this.cursor.next()));
      // Juxtaposition is an implicit AND: `无人机 巡检`, `TI=a PA=b`, `(a OR b) c`.
      else if (t.type === 'word' || t.type === 'quoted' || t.type === 'lparen') {
        const next = this.cursor.peek(1);
        if (t.type === 'word' && isProximityOperator(t.text) && (next.type === 'word' || next.type === 'quoted' || next.type === 'lparen'))
          fail(
            'unsupported_operator',
            tokenSpan(t),
            `不支持邻近算符${quote(t.text)}：请用 AND 连接两个检索词，或把多字词加引号作为短语；如要检索字母 ${t.text}，请加引号`,
          );
        children.push(this.parseDiff(group, null));
      } else break;
    }
    return this.combine('and', children, start);
  }

  private parseDiff(group: FieldHead | null, after: Token | null): QueryNode {
    const start = this.cursor.peek().pos;
    const children = [this.parseUnary(group, after)];
    for (let t = this.cursor.peek(); t.type === 'op' && t.op === 'NOT'; t = this.cursor.peek()) {
      const op = this.cursor.next();
      children.push(this.cursor.mark({ kind: 'not', child: this.parseUnary(group, op) }, op.pos));
    }
    return this.combine('and', children, start);
  }

  private parseUnary(group: FieldHead | null, after: Token | null): QueryNode {
    const t = this.cursor.peek();
    if (t.type !== 'op' || t.op !== 'NOT') return this.parsePrimary(group, after);
    this.enter(this.cursor.next());
    const child = this.parseUnary(group, t);
    this.depth--;
    return this.cursor.mark({ kind: 'not', child }, t.pos);
  }

  private parsePrimary(group: FieldHead | null, after: Token | null): QueryNode {
    const t = this.cursor.peek();
    if (t.type === 'lparen') return this.parseParens(group, t);
    if (t.type === 'word' && this.cursor.peek(1).type === 'cmp') {
      const head = readFieldHead(this.cursor, group);
      const open = this.cursor.peek();
      if (open.type !== 'lparen') return readFieldValue(this.cursor, head);
      if (head.cmp !== '=') fail('unexpected_token', tokenSpan(open), `比较运算符“${head.cmp}”后只能写单个日期，不能跟括号`);
      return this.parseParens(head, open);
    }
    // Inside `AD=(…)` a value may be an open-start range `:2020`.
    const openRange = t.type === 'colon' && group !== null && isDateField(group.field);
    if (t.type === 'word' || t.type === 'quoted' || openRange) return readValue(this.cursor, group?.field ?? 'TX', '=', t.pos);
    if (t.type === 'eof' || t.type === 'rparen' || t.type === 'op') {
      // A dangling operator: `A AND`, `A OR )`, `A NOT`; or one with nothing before it: `OR B`.
      if (after?.type === 'op') fail('missing_operand', tokenSpan(after), `${after.text} 后缺少检索词`);
      if (t.type === 'op') fail('missing_operand', tokenSpan(t), `${t.text} 前缺少检索词`);
    }
    return this.unexpected(t);
  }

  private parseParens(group: FieldHead | null, open: Token): QueryNode {
    this.enter(this.cursor.next());
    const first = this.cursor.peek();
    if (first.type === 'rparen') fail('empty_group', tokenSpan(open, first), '括号内没有检索词');
    if (first.type === 'eof') fail('unclosed_paren', tokenSpan(open), '括号未闭合');
    const node = this.parseOr(group);
    const close = this.cursor.peek();
    if (close.type === 'eof') fail('unclosed_paren', tokenSpan(open), '括号未闭合');
    if (close.type !== 'rparen') this.unexpected(close);
    this.cursor.next();
    this.depth--;
    return node;
  }

  private enter(token: Token): void {
    this.depth++;
    if (this.depth > MAX_DEPTH) fail('too_deep', tokenSpan(token), `括号或 NOT 嵌套超过 ${MAX_DEPTH} 层`);
  }

  /** One child stays as it is; more become a flattened `and`/`or` (`(a AND b) AND c` = and(a, b, c)). */
  private combine(kind: 'and' | 'or', children: QueryNode[], start: number): QueryNode {
    if (children.length === 1) return children[0] as QueryNode;
    const flat = children.flatMap((c) => (c.kind === kind ? c.children : [c]));
    return this.cursor.mark({ kind, children: flat }, start);
  }

  private unexpected(t: Token): never {
    if (t.type === 'colon') fail('unexpected_token', tokenSpan(t), '意外的“:”：冒号只用于日期范围，如 AD=20200101:20231231（冒号两侧不留空格）');
    if (t.type === 'cmp') fail('unexpected_token', tokenSpan(t), `意外的“${t.cmp}”：前面应为字段名，如 TI=锂电池`);
    if (t.type === 'rparen') fail('unexpected_token', tokenSpan(t), '意外的右括号');
    if (t.type === 'eof') fail('missing_operand', tokenSpan(t), '缺少检索词');
    return fail('unexpected_token', tokenSpan(t), `意外的${'text' in t ? quote(t.text) : '左括号'}`);
  }
}
