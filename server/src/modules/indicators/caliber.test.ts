import { describe, expect, it } from 'vitest';
import { indicatorCatalogue } from '@zhichan/contract';
import { listIndicators } from './catalogue.js';

// Every catalogue entry carries its 口径: definition, numerator, denominator, unit, decimals and source
// (document, issuer, date) — or says that no source document is registered, never an invented one.
describe('indicator catalogue: the 口径 of every entry', () => {
  it('gives each entry a definition, numerator, unit and decimals; a denominator where it is a ratio', () => {
    for (const d of indicatorCatalogue) {
      expect(d.caliber.definition, d.key).not.toBe('');
      expect(d.caliber.numerator, d.key).not.toBe('');
      expect(d.unit, d.key).not.toBe('');
      expect(Number.isInteger(d.decimals), d.key).toBe(true);
      if (d.perCapitaOf || d.unit === '%') expect(d.caliber.denominator, d.key).not.toBeNull();
      if (d.caliber.source) expect(d.caliber.source.date, d.key).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('states the per-10,000 indicator: holder-region numerator, population denominator, 1 decimal, the State Council plan', () => {
    const item = listIndicators().items.find((i) => i.key === 'effective_invention_patents_per_10k');
    expect(item).toMatchObject({ unit: '件/万人', decimals: 1 });
    expect(item?.caliber.numerator).toContain('当前专利权人');
    expect(item?.caliber.denominator).toContain('人口');
    expect(item?.caliber.source).toEqual({
      document: expect.stringContaining('国发〔2016〕86号') as string,
      issuer: '国务院',
      date: '2016-12-30',
    });
    expect(listIndicators().items.find((i) => i.key === 'high_value_invention_patents_per_10k')?.caliber.source?.document).toContain('国发〔2021〕20号');
  });
});
