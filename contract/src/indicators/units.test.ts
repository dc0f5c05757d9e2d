import { describe, expect, it } from 'vitest';
import { indicatorCatalogue, indicatorUnitName } from './catalogue.js';

describe('indicator units in both languages', () => {
  it('names every unit of the catalogue in English without Chinese characters', () => {
    for (const { key, unit } of indicatorCatalogue) {
      expect(indicatorUnitName(unit, 'zh'), key).toBe(unit);
      expect(indicatorUnitName(unit, 'en'), `${key} (${unit})`).not.toMatch(/[\u4e00-\u9fff]/);
    }
    expect(indicatorUnitName('件/万人', 'en')).toBe('per 10k people');
  });
});
