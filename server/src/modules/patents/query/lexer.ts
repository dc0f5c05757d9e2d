import { fail } from './errors.js';
import { isSpace } from './normalize.js';

/** Boolean operator names after normalisation. */
export type BoolOp = 'AND' | 'OR' | 'NOT';
/** Comparison operators between a field and its value. */
export type Comparison = '=' | '>=' | '>' | '<=' | '<';

/** One lexical token; `pos`/`end` are UTF-16 indices into the (normalised = original) input. */
export type Token =
  | { type: 'lparen' | 'rparen' | 'colon' | 'eof'; pos: number; end: number }
  | { type: 'word'; text: string; pos: number; end: number }
  | { type: 'quoted'; text: string; pos: number; end: number }
  | { type: 'op'; op: BoolOp; text: string; pos: number; end: number }
  | { type: 'cmp'; cmp: Comparison; pos: number; end: number };

/**
 * Operator words. Besides AND/OR/NOT in any case, the Chinese 与/且 (AND), 或 (OR) and 非 (NOT) count
 * when they stand alone as a word; inside a word (参与, 非晶硅) they are ordinary text. Quote them ("或")
 * to search the character itself.
 */
const OPERATOR_WORDS: Readonly<Record<string, BoolOp>> = { AND: 'AND', OR: 'OR', NOT: 'NOT', 与: 'AND', 且: 'AND', 或: 'OR', 非: 'NOT' };

/** Characters that end a bare word. */
const DELIMITERS = new Set(['(', ')', '"', '=', '<', '>', ':']);

/** The boolean operator a bare word stands for, if any. */
export function operatorOf(word: string): BoolOp | undefined {
  const key = word.toUpperCase();
  return Object.hasOwn(OPERATOR_WORDS, key) ? OPERATOR_WORDS[key] : undefined;
}

/** Splits a width-normalised query into tokens; the last one is always `eof`. Fails on an unclosed quote. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (isSpace(ch)) {
      i++;
    } else if (ch === '(' || ch === ')' || ch === ':') {
      tokens.push({ type: ch === '(' ? 'lparen' : ch === ')' ? 'rparen' : 'colon', pos: i, end: i + 1 });
      i++;
    } else if (ch === '=' || ch === '<' || ch === '>') {
      const cmp: Comparison = ch !== '=' && text.charAt(i + 1) === '=' ? (`${ch}=` as Comparison) : (ch as Comparison);
      tokens.push({ type: 'cmp', cmp, pos: i, end: i + cmp.length });
      i += cmp.length;
    } else if (ch === '"') {
      const close = text.indexOf('"', i + 1);
      if (close < 0) fail('unclosed_quote', { position: i, length: 1 }, '引号未闭合');
      tokens.push({ type: 'quoted', text: text.slice(i + 1, close), pos: i, end: close + 1 });
      i = close + 1;
    } else {
      let j = i;
      while (j < text.length && !DELIMITERS.has(text.charAt(j)) && !isSpace(text.charAt(j))) j++;
      const word = text.slice(i, j);
      const op = operatorOf(word);
      tokens.push(op ? { type: 'op', op, text: word, pos: i, end: j } : { type: 'word', text: word, pos: i, end: j });
      i = j;
    }
  }
  tokens.push({ type: 'eof', pos: text.length, end: text.length });
  return tokens;
}
