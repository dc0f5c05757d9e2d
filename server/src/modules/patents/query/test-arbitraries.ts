// fast-check generators for this folder's property tests: valid query trees and hostile query strings.
import fc from 'fast-check';
import { daysInMonth } from './dates.js';
import { operatorOf } from './lexer.js';
import { findUnbounded } from './negation.js';
import { isProximityOperator } from './values.js';
import type { CodeField, DateField, LegalStatus, PatentType, QueryNode, TextField } from './types.js';

const pick = <T>(...values: T[]) => fc.constantFrom(...values);

// Word characters include the Chinese operator characters and ASCII punctuation a bare word may hold.
// (Not the truncation marks * and ?, which a term may not hold, nor a proximity operator such as D or 3D.)
const wordChar = pick(...'锂电池无人机巡检华为或与非且参abcdnortzANDORTXZ0129-/.+#_&|é'.split(''), '𠀀');
const word = fc
  .string({ unit: wordChar, minLength: 1, maxLength: 6 })
  .filter((w) => /[\p{L}\p{N}]/u.test(w) && operatorOf(w) === undefined && !isProximityOperator(w));
// Inside quotes the syntax characters are ordinary text.
const phraseWord = fc.string({ unit: fc.oneof(wordChar, pick('(', ')', '=', ':', '<', '>', '>=')), minLength: 1, maxLength: 6 });
const phraseValue = fc
  .array(phraseWord, { minLength: 1, maxLength: 3 })
  .map((ws) => ws.join(' '))
  .filter((p) => /[\p{L}\p{N}]/u.test(p));

const digits = (min: number, max: number) => fc.string({ unit: pick(...'0123456789'.split('')), minLength: min, maxLength: max });
const ipc = fc
  .tuple(pick(...'ABCDEFGH'.split('')), digits(2, 2), pick(...'ABCDHKMNQ'.split('')), digits(1, 3), digits(1, 6), fc.nat(4))
  .map(([section, cls, subclass, group, subgroup, cut]) => [section, cls, subclass, group, `/${subgroup}`].slice(0, cut + 1).join(''));

const textTerm = fc.oneof(
  fc.record({ field: pick<TextField>('TI', 'AB', 'CL', 'TX', 'PA', 'IN', 'AG'), value: word, phrase: fc.constant(false) }),
  fc.record({ field: pick<TextField>('TI', 'TX', 'PA'), value: phraseValue, phrase: fc.constant(true) }),
);
const codeTerm = fc.oneof(
  ipc.map((value) => ({ field: 'IC' as CodeField, value })),
  fc.tuple(pick('', 'CN', 'ZL'), digits(8, 13)).map(([p, d]) => ({ field: 'AN' as CodeField, value: p + d })),
  fc.tuple(digits(9, 9), pick('A', 'B', 'U', 'S')).map(([d, k]) => ({ field: 'PN' as CodeField, value: `CN${d}${k}` })),
  fc.oneof(digits(6, 6), digits(9, 9)).map((value) => ({ field: 'RG' as CodeField, value })),
);
const enumTerm = fc.oneof(
  pick<PatentType>('invention', 'utility', 'design').map((value) => ({ kind: 'enum' as const, field: 'PT' as const, value, position: 0 })),
  pick<LegalStatus>('effective', 'lapsed', 'pending').map((value) => ({ kind: 'enum' as const, field: 'LS' as const, value, position: 0 })),
);
const isoDate = fc
  .tuple(fc.integer({ min: 1800, max: 2199 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(Math.min(d, daysInMonth(y, m))).padStart(2, '0')}`);
const dateTerm = fc.tuple(pick<DateField>('AD', 'PD', 'GD'), isoDate, isoDate, pick('range', 'from', 'to', 'day')).map(([field, a, b, shape]) => {
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  const bounds =
    shape === 'range' ? { from: lo, to: hi } : shape === 'from' ? { from: lo, to: null } : shape === 'to' ? { from: null, to: hi } : { from: lo, to: lo };
  return { field, ...bounds };
});

/** Any term the parser can produce (positions are 0: compare with `stripPositions`). */
export const termArb: fc.Arbitrary<QueryNode> = fc.oneof(
  { arbitrary: textTerm.map((t) => ({ kind: 'text' as const, ...t, position: 0 })), weight: 4 },
  codeTerm.map((t) => ({ kind: 'code' as const, ...t, position: 0 })),
  enumTerm,
  dateTerm.map((t) => ({ kind: 'date' as const, ...t, position: 0 })),
);

/** Builds and/or the way the parser does: nested nodes of the same kind are merged. */
const connect = (kind: 'and' | 'or', children: QueryNode[]): QueryNode => ({ kind, children: children.flatMap((c) => (c.kind === kind ? c.children : [c])) });

const { tree } = fc.letrec<{ tree: QueryNode }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', maxDepth: 4, withCrossShrink: true },
    { arbitrary: termArb, weight: 3 },
    fc.tuple(pick<'and' | 'or'>('and', 'or'), fc.array(tie('tree'), { minLength: 2, maxLength: 3 })).map(([kind, cs]) => connect(kind, cs)),
    tie('tree').map((child): QueryNode => ({ kind: 'not', child })),
  ),
}));

/** A query tree the parser could have produced: flattened, and bounded by a positive term (no lone NOT). */
export const queryAst: fc.Arbitrary<QueryNode> = fc.tuple(tree, termArb).map(([ast, positive]) => (findUnbounded(ast) ? connect('and', [positive, ast]) : ast));

const TOKENS = [
  ...['(', ')', '"', '“', '”', '（', '）', '＝', '：', '=', ':', '>', '<', '>=', '<=', '　', '\t', '\n', '\\'],
  ...['AND', 'and', 'Or', 'OR', 'NOT', 'not', '或', '与', '非', '且', 'ＡＮＤ'],
  ...['TI=', 'ti=', 'TX=(', 'PA=', 'AD>=', 'AD>', 'AD<', 'AD=', 'pd<=', 'GD=', 'IC=', 'PT=', 'LS=', 'RG=', 'AN=', 'PN=', 'XX=', '标题='],
  ...['2020', '20200101', '2020-02-30', '2023-02-29', '2024-02-29', '202013', '2199', '1799', '0', '123456', '370883002', 'H01M', 'h01m', '10/05', 'CN2020.1'],
  ...['锂电池', '无人机', '发明', '实用新型', 'design', '有效', '审中', '"锂离子 电池"', '!!', '-', '𠀀', '\ud800', '\u0000', 'é'],
];

/** Strings built from the language's own tokens, glued with or without spaces: the inputs most likely to confuse the parser. */
export const adversarialQuery: fc.Arbitrary<string> = fc
  .array(fc.tuple(pick(...TOKENS), pick('', ' ', ' ', '  ')), { maxLength: 30 })
  .map((parts) => parts.map(([token, gap]) => token + gap).join(''));
