import { describe, expect, it } from 'vitest';
import { parseQuery } from './index.js';
import { errorOf, shapeOf } from './test-helpers.js';

/** Asserts the error code and that the error's span covers exactly `marked` in the input. */
function expectError(input: string, code: string, marked: string, at = input.indexOf(marked)) {
  const error = errorOf(input);
  expect(error.code).toBe(code);
  expect(input.slice(error.position, error.position + error.length)).toBe(marked);
  expect(error.position).toBe(at);
  return error;
}

describe('parseQuery: errors', () => {
  it('names an unknown field and where it is', () => {
    const error = expectError('TI=电池 AND XX=abc', 'unknown_field', 'XX');
    expect(error.message).toBe('第11个字符处：未知字段“XX”，可用字段：TI、AB、CL、TX、PA、IN、AG、AN、PN、IC、RG、AD、PD、GD、PT、LS');
  });

  it('reports unbalanced parentheses at the bracket at fault', () => {
    expect(expectError('A AND (B OR C', 'unclosed_paren', '(').message).toBe('第7个字符处：括号未闭合');
    expectError('TI=(a OR (b)', 'unclosed_paren', '(', 3);
    expectError('(A OR B))', 'unmatched_paren', ')', 8);
    expectError(')A', 'unexpected_token', ')');
    expectError('A () B', 'empty_group', '()');
  });

  it('reports a dangling or leading operator', () => {
    expect(expectError('A AND', 'missing_operand', 'AND').message).toBe('第3个字符处：AND 后缺少检索词');
    expectError('A OR', 'missing_operand', 'OR');
    expectError('A NOT', 'missing_operand', 'NOT');
    expectError('(A AND) B', 'missing_operand', 'AND');
    expectError('A OR OR B', 'missing_operand', 'OR', 2);
    expect(expectError('OR A', 'missing_operand', 'OR').message).toContain('OR 前缺少检索词');
    expectError('A AND NOT', 'missing_operand', 'NOT');
  });

  it('reports a field without value', () => {
    expect(expectError('TI=', 'empty_value', 'TI=').message).toBe('第1个字符处：字段 TI 缺少检索值');
    expectError('A AND TI= ', 'empty_value', 'TI=');
    expectError('TI= AND B', 'empty_value', 'TI=');
    expectError('TI=PA=华为', 'empty_value', 'TI=');
    expectError('TI=""', 'empty_value', '""');
    expectError('"   "', 'empty_value', '"   "');
    expectError('TI=()', 'empty_group', '()');
  });

  it('rejects text terms without letters, digits or CJK characters', () => {
    expectError('电池 ---', 'invalid_text', '---');
    expectError('TI="!?"', 'invalid_text', '"!?"');
  });

  it('rejects bad dates with the reason', () => {
    expect(expectError('AD=20230230', 'invalid_date', '20230230').message).toContain('2023年2月只有28天');
    expectError('AD=20231301', 'invalid_date', '20231301');
    expectError('AD=2023-13', 'invalid_date', '2023-13');
    expectError('AD=2023011', 'invalid_date', '2023011');
    expectError('AD=昨天', 'invalid_date', '昨天');
    expectError('AD>=abc', 'invalid_date', 'abc');
    expectError('AD=1700', 'invalid_date', '1700');
    expectError('AD=2020:20230230', 'invalid_date', '20230230');
    expectError('AD=2023:2020', 'invalid_range', '2023:2020');
    expectError('AD=:', 'invalid_range', ':');
    expectError('AD=2020 :2023', 'invalid_range', ':');
    expectError('AD>2199', 'invalid_date', '2199');
  });

  it('allows comparisons and ranges only on date fields', () => {
    const error = expectError('TI>=2020', 'comparison_not_allowed', '>=');
    expect(error.message).toContain('只能用于日期字段');
    expectError('PA<华为', 'comparison_not_allowed', '<');
    expectError('TI=a:b', 'range_not_allowed', ':');
    expectError('AD>=2020:2023', 'range_not_allowed', ':');
    expectError('AD>=(2020)', 'unexpected_token', '(');
  });

  it('rejects a field inside a field group', () => {
    expect(expectError('TI=(电池 OR PA=华为)', 'nested_field', 'PA').message).toContain('字段组 TI=(…) 内不能再指定字段 PA');
    expectError('TI=((a) AD>=2020)', 'nested_field', 'AD');
  });

  it('rejects a query with nothing positive, pointing at the negation', () => {
    const error = expectError('NOT PA=某公司', 'only_negation', 'NOT PA=某公司');
    expect(error.message).toContain('会匹配几乎全部专利');
    expectError('NOT A NOT B', 'only_negation', 'NOT A NOT B');
    expectError('(NOT A) AND (NOT B)', 'only_negation', '(NOT A) AND (NOT B)');
    expectError('A OR NOT B', 'only_negation', 'NOT B');
    expectError('TI=(NOT 电池)', 'only_negation', 'NOT 电池');
    expectError('NOT (A AND NOT B)', 'only_negation', 'NOT (A AND NOT B)');
    // A positive term anywhere in an AND is enough; a double negation is positive.
    expect(shapeOf('NOT A B')).toMatchObject({ kind: 'and' });
    expect(shapeOf('NOT (NOT A)')).toMatchObject({ kind: 'not' });
    expect(shapeOf('NOT (A OR NOT B)')).toMatchObject({ kind: 'not' });
  });

  it('refuses truncation marks and proximity operators where they are, instead of dropping them', () => {
    expect(expectError('TI=电池*', 'unsupported_operator', '*').message).toContain('不支持截词符“*”');
    expectError('锂电? AND 正极', 'unsupported_operator', '?');
    expectError('TI=锂离子 电池＊', 'unsupported_operator', '＊');
    // In quotes a mark is text, as every punctuation character is.
    expect(shapeOf('"电池*"')).toMatchObject({ kind: 'text' });
    expect(expectError('电池 W 正极', 'unsupported_operator', 'W').message).toContain('不支持邻近算符“W”');
    expectError('电池 5D 正极', 'unsupported_operator', '5D');
    expectError('TI=(电池 NEAR/3 正极)', 'unsupported_operator', 'NEAR/3');
    expectError('电池 near3 "正极 材料"', 'unsupported_operator', 'near3');
    // A letter in quotes, a lower-case w, or W at the end is a search word.
    expect(shapeOf('维生素 "D" 软胶囊')).toMatchObject({ kind: 'and' });
    expect(shapeOf('电池 w 正极')).toMatchObject({ kind: 'and' });
    expect(shapeOf('维生素 D')).toMatchObject({ kind: 'and' });
  });

  it('rejects bad codes and enum values', () => {
    expectError('IC=H0', 'invalid_code', 'H0');
    expectError('IC=H01M10/', 'invalid_code', 'H01M10/');
    expectError('IC=锂电池', 'invalid_code', '锂电池');
    expectError('IC=Z01M', 'invalid_code', 'Z01M');
    expectError('RG=37088', 'invalid_code', '37088');
    expectError('AN=申请号', 'invalid_code', '申请号');
    expect(expectError('PT=专利', 'invalid_enum', '专利').message).toContain('发明、实用新型 或 外观设计');
    expect(expectError('LS=作废', 'invalid_enum', '作废').message).toContain('有效、失效、审中 或 未知');
  });

  it('reports stray syntax characters and quotes', () => {
    expectError('电池 = 华为', 'unknown_field', '电池');
    expectError('A AND =B', 'unexpected_token', '=');
    expectError('(A) :B', 'unexpected_token', ':');
    expectError('A AND :B', 'unexpected_token', ':');
    expect(expectError('TI="锂离子 电池', 'unclosed_quote', '"').message).toBe('第4个字符处：引号未闭合');
  });

  it('enforces the length, term and depth limits', () => {
    expect(parseQuery('电'.repeat(2000)).ok).toBe(true);
    const long = errorOf('电'.repeat(2001));
    expect(long).toMatchObject({ code: 'too_long', position: 2000, length: 1 });
    // 2,000 characters, not UTF-16 units: an astral character counts once.
    expect(parseQuery('𠀀'.repeat(2000)).ok).toBe(true);
    expect(errorOf('𠀀'.repeat(2001))).toMatchObject({ code: 'too_long', position: 4000, length: 2 });
    const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
    expect(parseQuery(words(100)).ok).toBe(true);
    const many = words(101);
    expect(errorOf(many)).toMatchObject({ code: 'too_many_terms', position: many.lastIndexOf('w100') });
    expect(parseQuery(`${'('.repeat(32)}A${')'.repeat(32)}`).ok).toBe(true);
    expect(errorOf(`${'('.repeat(33)}A${')'.repeat(33)}`)).toMatchObject({ code: 'too_deep', position: 32, length: 1 });
    // After a binary NOT, each further NOT is a nesting level.
    expect(parseQuery(`B ${'NOT '.repeat(33)}A`).ok).toBe(true);
    expect(errorOf(`B ${'NOT '.repeat(34)}A`)).toMatchObject({ code: 'too_deep', position: 2 + 33 * 4, length: 3 });
  });

  it('says an empty query is empty, and counts characters (not UTF-16 units) in messages', () => {
    expect(errorOf('')).toMatchObject({ code: 'empty_query', position: 0, message: '检索式为空' });
    expect(errorOf(' 　 ')).toMatchObject({ code: 'empty_query' });
    expect(errorOf('𠀀 XX=1').message).toMatch(/^第3个字符处：/);
    expect(errorOf('A AND (').message).toBe('第7个字符处：括号未闭合');
  });

  it('reports errors in full-width input at the original positions', () => {
    expectError('TI＝（电池 OR ＰＡ＝华为）', 'nested_field', 'ＰＡ');
    expectError('A ＡＮＤ', 'missing_operand', 'ＡＮＤ');
    expectError('AD＝２０２３０２３０', 'invalid_date', '２０２３０２３０');
    expectError('TI＝“锂离子', 'unclosed_quote', '“');
  });
});
