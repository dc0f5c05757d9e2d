import { describe, expect, it } from 'vitest';
import { matchLevel, trlLabels, trlText } from './index.js';

describe('technology readiness and match labels', () => {
  it('names every level 1–9 in both languages', () => {
    for (let l = 1; l <= 9; l++) expect(trlLabels[l]?.zh && trlLabels[l]?.en).toBeTruthy();
    expect(trlText(8)).toBe('8 系统完成并通过验证');
    expect(trlText(1, 'en')).toBe('1 Basic principles observed');
    expect(trlText(12)).toBe('12');
  });
  it('turns raw scores into 高/中/低', () => {
    expect(matchLevel(0.41)).toBe('medium');
    expect(matchLevel(0.6)).toBe('high');
    expect(matchLevel(1.2)).toBe('high');
    expect(matchLevel(0.29)).toBe('low');
    expect(matchLevel(0)).toBe('low');
  });
});
