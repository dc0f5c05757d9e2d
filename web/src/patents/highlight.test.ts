import { describe, expect, it } from 'vitest';
import { splitHighlights } from './highlight';

describe('marking the search terms in a hit', () => {
  it('marks every occurrence, longest term first', () => {
    expect(splitHighlights('一种无人机和无人车', ['无人', '无人机'])).toEqual([
      { text: '一种', marked: false },
      { text: '无人机', marked: true },
      { text: '和', marked: false },
      { text: '无人', marked: true },
      { text: '车', marked: false },
    ]);
  });

  it('treats regex characters in a term literally', () => {
    expect(splitHighlights('G06F16/00 (a+b)', ['(a+b)'])).toEqual([
      { text: 'G06F16/00 ', marked: false },
      { text: '(a+b)', marked: true },
    ]);
  });

  it('returns the text unmarked without highlights, and nothing for empty text', () => {
    expect(splitHighlights('标题', [])).toEqual([{ text: '标题', marked: false }]);
    expect(splitHighlights('', ['x'])).toEqual([]);
  });
});
