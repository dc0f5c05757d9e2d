import { describe, expect, it } from 'vitest';
import { and, code, date, enumTerm, or, phrase, shapeOf, text } from './test-helpers.js';
import type { PatentType } from './types.js';

describe('parseQuery: terms', () => {
  it('searches TX for plain keywords, ANDed together', () => {
    expect(shapeOf('无人机')).toEqual(text('无人机'));
    expect(shapeOf('无人机 巡检')).toEqual(and(text('无人机'), text('巡检')));
    expect(shapeOf('"锂离子 电池" 隔膜')).toEqual(and(phrase('锂离子 电池'), text('隔膜')));
  });

  it('reads every text field, case-insensitively', () => {
    for (const field of ['TI', 'AB', 'CL', 'TX', 'PA', 'IN', 'AG'] as const) {
      expect(shapeOf(`${field}=电池`)).toEqual(text('电池', field));
      expect(shapeOf(`${field.toLowerCase()}=电池`)).toEqual(text('电池', field));
    }
  });

  it('keeps the space of a phrase, trims it and collapses runs of whitespace', () => {
    expect(shapeOf('TI="锂离子 电池"')).toEqual(phrase('锂离子 电池', 'TI'));
    expect(shapeOf('TI="  锂离子 \t  电池 "')).toEqual(phrase('锂离子 电池', 'TI'));
    expect(shapeOf('TI="电池"')).toEqual(phrase('电池', 'TI'));
  });

  it('tolerates spaces around = and reads a word that merely looks like a field as a keyword', () => {
    expect(shapeOf('TI = 电池')).toEqual(text('电池', 'TI'));
    expect(shapeOf('TI 电池')).toEqual(and(text('TI'), text('电池')));
  });

  it('normalises IPC codes and matches them as prefixes', () => {
    expect(shapeOf('IC=H01M')).toEqual(code('IC', 'H01M'));
    expect(shapeOf('IC="h01m 10/05"')).toEqual(code('IC', 'H01M10/05'));
    // The official IPC notation has a space between subclass and group.
    expect(shapeOf('IC=h01m 10/0525')).toEqual(code('IC', 'H01M10/0525'));
    expect(shapeOf('IC=H01M 电池')).toEqual(and(code('IC', 'H01M'), text('电池')));
  });

  it('normalises application and publication numbers, keeping the CN prefix as typed', () => {
    expect(shapeOf('AN=cn202010123456.7')).toEqual(code('AN', 'CN2020101234567'));
    expect(shapeOf('AN=202010123456.7')).toEqual(code('AN', '2020101234567'));
    expect(shapeOf('PN="CN 112345678 A"')).toEqual(code('PN', 'CN112345678A'));
  });

  it('accepts 6- and 9-digit region codes and agencies as text', () => {
    expect(shapeOf('RG=370883')).toEqual(code('RG', '370883'));
    expect(shapeOf('RG=370811002')).toEqual(code('RG', '370811002'));
    expect(shapeOf('AG=济宁专利事务所')).toEqual(text('济宁专利事务所', 'AG'));
  });

  it('normalises patent types and legal statuses', () => {
    const types: [string, PatentType][] = [
      ['发明', 'invention'],
      ['发明专利', 'invention'],
      ['Invention', 'invention'],
      ['实用新型', 'utility'],
      ['utility', 'utility'],
      ['"utility model"', 'utility'],
      ['外观设计', 'design'],
      ['DESIGN', 'design'],
    ];
    for (const [typed, value] of types) expect(shapeOf(`PT=${typed}`)).toEqual(enumTerm('PT', value));
    expect(shapeOf('LS=有效')).toEqual(enumTerm('LS', 'effective'));
    expect(shapeOf('ls=失效')).toEqual(enumTerm('LS', 'lapsed'));
    expect(shapeOf('LS=审中')).toEqual(enumTerm('LS', 'pending'));
  });
});

describe('parseQuery: dates', () => {
  it('reads days, months and years in both notations', () => {
    expect(shapeOf('AD=20200315')).toEqual(date('AD', '2020-03-15', '2020-03-15'));
    expect(shapeOf('PD=2020-03-15')).toEqual(date('PD', '2020-03-15', '2020-03-15'));
    expect(shapeOf('GD=2020')).toEqual(date('GD', '2020-01-01', '2020-12-31'));
    expect(shapeOf('AD=202002')).toEqual(date('AD', '2020-02-01', '2020-02-29'));
    expect(shapeOf('AD=2023-2')).toEqual(date('AD', '2023-02-01', '2023-02-28'));
  });

  it('reads ranges with either side open', () => {
    expect(shapeOf('AD=20200101:20231231')).toEqual(date('AD', '2020-01-01', '2023-12-31'));
    expect(shapeOf('AD=2020:2023')).toEqual(date('AD', '2020-01-01', '2023-12-31'));
    expect(shapeOf('AD=2020:')).toEqual(date('AD', '2020-01-01', null));
    expect(shapeOf('AD=:202306')).toEqual(date('AD', null, '2023-06-30'));
    expect(shapeOf('AD=20200315:20200315')).toEqual(date('AD', '2020-03-15', '2020-03-15'));
    expect(shapeOf('AD=2020:2020')).toEqual(date('AD', '2020-01-01', '2020-12-31'));
    // A spaced word after an open range is the next keyword, not the end of the range.
    expect(shapeOf('AD=2020: 巡检')).toEqual(and(date('AD', '2020-01-01', null), text('巡检')));
  });

  it('turns comparisons into inclusive bounds', () => {
    expect(shapeOf('AD>=20200101')).toEqual(date('AD', '2020-01-01', null));
    expect(shapeOf('AD>2020')).toEqual(date('AD', '2021-01-01', null));
    expect(shapeOf('AD>20201231')).toEqual(date('AD', '2021-01-01', null));
    expect(shapeOf('AD>202002')).toEqual(date('AD', '2020-03-01', null));
    expect(shapeOf('AD<=2020')).toEqual(date('AD', null, '2020-12-31'));
    expect(shapeOf('AD<20200101')).toEqual(date('AD', null, '2019-12-31'));
    expect(shapeOf('AD<20200301')).toEqual(date('AD', null, '2020-02-29'));
  });

  it('applies a date field group to each value', () => {
    expect(shapeOf('AD=(2019 OR 2021:)')).toEqual(or(date('AD', '2019-01-01', '2019-12-31'), date('AD', '2021-01-01', null)));
  });
});
