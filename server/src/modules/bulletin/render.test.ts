import { describe, expect, it } from 'vitest';
import { formatFigure, formatYoy } from './numbers.js';
import { bulletinText, parseClause, renderBulletin, scopeWord, type FigureFacts, type IndicatorInfo } from './render.js';

const info = (key: string): IndicatorInfo | undefined => {
  if (key === 'unknown_key') return undefined;
  const unit = key.endsWith('_yuan') ? '元' : key.endsWith('_pct') ? '%' : key.endsWith('_per_10k') ? '件/万人' : key.startsWith('banks') ? '家' : '件';
  const decimals = key === 'effective_invention_patents_per_10k' ? 1 : unit === '%' || unit === '件/万人' ? 2 : 0;
  const link = /pledge|license|banks/.test(key) ? 'utilization' : /court|police/.test(key) ? 'protection' : 'creation';
  return { zh: key, unit, decimals, link };
};
const fact = (key: string, value: number, more: Partial<FigureFacts> = {}): [string, FigureFacts] => [
  key,
  {
    key,
    value,
    qualifier: null,
    yoyPct: null,
    yoySource: null,
    provinceRank: null,
    origin: 'reported',
    source: '济宁市2023年知识产权新闻发布会',
    period: '2023',
    periodLabel: '2023年',
    basis: null,
    ...more,
  },
];
const period = { code: '2023', kind: 'year' as const, end: '2023-12-31', label: '2023年' };
const region = { code: '370800', name: '济宁市', level: 2 };

describe('bulletin wording', () => {
  it('prints numbers as press releases do', () => {
    expect(formatFigure(7420, '件', 0)).toBe('7420件');
    expect(formatFigure(8.9, '件/万人', 1)).toBe('8.9件');
    expect(formatFigure(110000, '件', 0, 'min')).toBe('11万件以上');
    expect(formatFigure(4_520_000_000, '元', 0)).toBe('45.2亿元');
    expect(formatFigure(13_320_000, '元', 0)).toBe('1332万元');
    expect(formatFigure(100, '%', 2)).toBe('100%');
    expect(formatFigure(95.82, '%', 2)).toBe('95.82%');
    expect(formatYoy(31.7)).toBe('增长31.7%');
    expect(formatYoy(-2.5)).toBe('下降2.5%');
  });

  it('names the territory as the bureau does', () => {
    expect(scopeWord('济宁市', 2)).toBe('全市');
    expect(scopeWord('汶上县', 3)).toBe('全县');
    expect(scopeWord('任城区', 3)).toBe('全区');
    expect(scopeWord('济宁高新技术产业开发区', 3)).toBe('全区');
    expect(scopeWord('许庄街道', 4)).toBe('全街道');
  });

  it('parses optional groups and placeholders', () => {
    expect(parseClause('有效发明专利{a}[，同比{a:yoy}]')).toEqual([
      { text: '有效发明专利' },
      { key: 'a', part: 'value' },
      { group: [{ text: '，同比' }, { key: 'a', part: 'yoy' }] },
    ]);
  });

  it('writes the Jining sentence with its figures, year-on-year rates, ranks and footnote numbers', () => {
    const b = renderBulletin({
      region,
      period,
      figures: new Map([
        fact('effective_invention_patents', 7420),
        fact('effective_invention_patents_per_10k', 8.9, { yoyPct: 31.7, yoySource: 'published', basis: '2020年第七次全国人口普查 8357897人' }),
        fact('patent_pledge_registrations', 538, { provinceRank: 2, yoyPct: 37.59 }),
        fact('effective_registered_trademarks', 110000, { qualifier: 'min', yoyPct: 8.64 }),
      ]),
      info,
      order: [],
      generatedAt: '2024-04-26T00:00:00Z',
    });
    const text = bulletinText(b);
    expect(b.title).toBe('济宁市2023年知识产权统计公报');
    expect(text).toContain('截至2023年底，全市有效发明专利7420件，万人有效发明专利8.9件，同比增长31.7%');
    expect(text).toContain('有效注册商标11万件以上，同比增长8.64%');
    expect(text).toContain('全市办理专利质押登记538件，居全省第2位，同比增长37.59%。');
    expect(b.figures.map((f) => [f.ref, f.key])).toEqual([
      [1, 'effective_invention_patents'],
      [2, 'effective_invention_patents_per_10k'],
      [3, 'effective_registered_trademarks'],
      [4, 'patent_pledge_registrations'],
    ]);
    const numbers = b.paragraphs[0]?.segments.filter((s) => s.ref !== null).map((s) => [s.text, s.ref]);
    expect(numbers).toContainEqual(['增长31.7%', 2]);
  });

  it('omits a paragraph whose figures are missing instead of printing zeros', () => {
    const b = renderBulletin({ region, period, figures: new Map([fact('effective_invention_patents', 7420)]), info, order: [], generatedAt: '' });
    expect(b.paragraphs.map((p) => [p.link, p.heading])).toEqual([['creation', '一、知识产权创造']]);
    expect(bulletinText(b)).not.toMatch(/(^|[^\d.])0(件|元|%)/);
    expect(bulletinText(b)).not.toContain('质押');
  });

  it('lists figures the template does not name under their chain link, and ignores unknown keys', () => {
    const b = renderBulletin({
      region,
      period,
      figures: new Map([fact('court_special_count', 12), fact('unknown_key', 5)]),
      info,
      order: ['court_special_count', 'unknown_key'],
      generatedAt: '',
    });
    expect(bulletinText(b)).toBe('2023年，全市court_special_count12件。');
    expect(b.paragraphs[0]?.heading).toBe('一、知识产权保护');
    expect(b.figures.map((f) => f.key)).toEqual(['court_special_count']);
  });
});
