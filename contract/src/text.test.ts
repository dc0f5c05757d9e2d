import { describe, expect, it } from 'vitest';
import { ZLineText, ZMultilineText } from './text.js';

describe('text fields refuse control characters', () => {
  it('single-line text refuses NUL, line breaks and other controls, keeps Chinese and emoji', () => {
    for (const bad of ['a\u0000b', 'a\nb', 'a\tb', '\u001b[31m', 'a\u007fb', 'a\u0085b'])
      expect(ZLineText.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    expect(ZLineText.safeParse('济宁市 知产通 🙂').success).toBe(true);
    expect(ZLineText.safeParse('a\u0000').error?.issues[0]?.message).toBe('不能包含控制字符（如 NUL）');
  });
  it('multi-line text keeps tab and line breaks, refuses NUL and the rest', () => {
    expect(ZMultilineText.safeParse('第一行\r\n\t第二行\n').success).toBe(true);
    for (const bad of ['a\u0000b', 'a\u000bb', 'a\u001fb', 'a\u009fb']) expect(ZMultilineText.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });
  it('the check runs before trimming, so chained helpers keep it', () => {
    expect(ZLineText.trim().min(1).safeParse(' 名称\u0000 ').success).toBe(false);
    expect(ZLineText.trim().min(1).safeParse(' 名称 ').data).toBe('名称');
  });
});
