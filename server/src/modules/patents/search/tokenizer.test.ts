import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldRuns, indexText, termPhrase, textContainsTerm, type TermPhrase } from './tokenizer.js';

/** What the index engine does with a phrase: consecutive tokens, the last one a prefix when marked. */
function phraseMatches(indexTokens: readonly string[], p: TermPhrase): boolean {
  const n = p.tokens.length;
  for (let i = 0; i + n <= indexTokens.length; i++) {
    const ok = p.tokens.every((t, j) => {
      const got = indexTokens[i + j] as string;
      return p.prefix && j === n - 1 ? got.startsWith(t) : got === t;
    });
    if (ok) return true;
  }
  return false;
}

function finds(text: string, query: string): boolean {
  const p = termPhrase(query);
  return p !== null && phraseMatches(indexText(text).split(' ').filter(Boolean), p);
}

describe('bigram tokenizer', () => {
  it('cuts runs into bigrams and ends each run with its last character', () => {
    expect(indexText('锂电池，4G')).toBe('锂电 电池 池 4g g');
    expect(indexText('CPU模块')).toBe('cp pu u模 模块 块');
    expect(indexText('')).toBe('');
    expect(indexText('，。！')).toBe('');
  });

  it('folds full-width letters and case like the query parser', () => {
    expect(indexText('ＣＰＵ')).toBe(indexText('cpu'));
    expect(finds('采用ＬＥＤ光源', 'led')).toBe(true);
  });

  it('finds words that segmentation splits the wrong way or does not know', () => {
    // jieba cuts 根据地基 as 根据地/基 and loses 地基; bigrams cannot lose it.
    expect(finds('根据地基的承载力设计', '地基')).toBe(true);
    expect(finds('芯片键合工艺', '键合')).toBe(true);
    expect(finds('电池极片涂布装置', '极片')).toBe(true);
    expect(finds('电池极片涂布装置', '片涂布')).toBe(true);
    expect(finds('电池极片涂布装置', '极涂')).toBe(false);
  });

  it('answers one-character queries by prefix, wherever the character stands', () => {
    expect(termPhrase('池')).toEqual({ tokens: ['池'], prefix: true });
    expect(finds('锂电池', '池')).toBe(true);
    expect(finds('锂电池', '锂')).toBe(true);
    expect(finds('锂电池', '钠')).toBe(false);
  });

  it('never matches a phrase across punctuation inside a word', () => {
    expect(finds('锂电，池组', '电池')).toBe(false);
    expect(finds('4G5G', '4G/5G')).toBe(false);
    expect(finds('支持4G/5G网络', '4G/5G')).toBe(true);
  });

  it('handles characters outside the BMP the same way', () => {
    expect(foldRuns('𠀀𠀁，a')).toEqual(['𠀀𠀁', 'a']);
    expect(finds('含有𠀀𠀁字', '𠀀𠀁')).toBe(true);
  });

  it('index and substring scan agree on every text and query (property)', () => {
    const alphabet = fc.constantFrom(...'电池锂极片地基根据Aa1，、 ．Ｂb'.split(''), '𠀀');
    const text = fc.array(alphabet, { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, text, (doc, query) => {
        if (foldRuns(query).length === 0) return;
        expect(finds(doc, query)).toBe(textContainsTerm(doc, query));
      }),
      { numRuns: 3000 },
    );
  });

  it('a substring of 2+ characters of a run is always found (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 2, maxLength: 40 }), fc.nat(), fc.nat(), (doc, a, b) => {
        for (const run of foldRuns(doc)) {
          const chars = [...run];
          if (chars.length < 2) continue;
          const start = a % (chars.length - 1);
          const len = 2 + (b % (chars.length - start - 1));
          expect(finds(doc, chars.slice(start, start + len).join(''))).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
