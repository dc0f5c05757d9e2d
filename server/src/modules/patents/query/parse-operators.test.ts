import { describe, expect, it } from 'vitest';
import { parseQuery } from './index.js';
import { and, code, date, not, or, phrase, shapeOf, text } from './test-helpers.js';

describe('parseQuery: operators and precedence', () => {
  it('binds AND tighter than OR', () => {
    expect(shapeOf('A OR B AND C')).toEqual(or(text('A'), and(text('B'), text('C'))));
    expect(shapeOf('A AND B OR C')).toEqual(or(and(text('A'), text('B')), text('C')));
    expect(shapeOf('A OR B C')).toEqual(or(text('A'), and(text('B'), text('C'))));
  });

  it('binds NOT tighter than AND and reads binary NOT as AND NOT', () => {
    expect(shapeOf('A AND B NOT C')).toEqual(and(text('A'), text('B'), not(text('C'))));
    expect(shapeOf('A OR B NOT C')).toEqual(or(text('A'), and(text('B'), not(text('C')))));
    expect(shapeOf('A NOT B OR C')).toEqual(or(and(text('A'), not(text('B'))), text('C')));
    expect(shapeOf('A NOT B NOT C')).toEqual(and(text('A'), not(text('B')), not(text('C'))));
    expect(shapeOf('NOT A B')).toEqual(and(not(text('A')), text('B')));
    expect(shapeOf('A AND NOT B')).toEqual(and(text('A'), not(text('B'))));
    expect(shapeOf('A NOT (B OR C)')).toEqual(and(text('A'), not(or(text('B'), text('C')))));
  });

  it('lets parentheses override precedence and flattens nested AND/OR', () => {
    expect(shapeOf('(A OR B) AND C')).toEqual(and(or(text('A'), text('B')), text('C')));
    expect(shapeOf('(A AND B) AND (C AND D)')).toEqual(and(text('A'), text('B'), text('C'), text('D')));
    expect(shapeOf('A OR (B OR C)')).toEqual(or(text('A'), text('B'), text('C')));
    expect(shapeOf('((A))')).toEqual(text('A'));
  });

  it('reads operators in any case and the Chinese operator words standing alone', () => {
    expect(shapeOf('a and b or not c d')).toEqual(shapeOf('a AND b OR NOT c d'));
    expect(shapeOf('锂电池 或 钠电池 且 正极 非 负极')).toEqual(or(text('锂电池'), and(text('钠电池'), text('正极'), not(text('负极')))));
    expect(shapeOf('锂电池 与 钠电池')).toEqual(and(text('锂电池'), text('钠电池')));
    // Inside a word they are ordinary characters; quoted they are searched.
    expect(shapeOf('非晶硅 参与')).toEqual(and(text('非晶硅'), text('参与')));
    expect(shapeOf('A "或"')).toEqual(and(text('A'), phrase('或')));
  });

  it('applies a field to everything inside its group, including nested groups and NOT', () => {
    expect(shapeOf('TI=(锂电池 OR 钠电池)')).toEqual(or(text('锂电池', 'TI'), text('钠电池', 'TI')));
    expect(shapeOf('PA=((华为 OR 中兴) 公司 NOT 研究院)')).toEqual(
      and(or(text('华为', 'PA'), text('中兴', 'PA')), text('公司', 'PA'), not(text('研究院', 'PA'))),
    );
    expect(shapeOf('TI=("锂离子 电池" 隔膜)')).toEqual(and(phrase('锂离子 电池', 'TI'), text('隔膜', 'TI')));
    expect(shapeOf('TI=(电池) PA=华为')).toEqual(and(text('电池', 'TI'), text('华为', 'PA')));
  });

  it('parses the CNIPA example', () => {
    expect(shapeOf('TX=(锂电池 OR 钠电池) AND IC=H01M AND AD>=20200101 NOT PA=(某某公司)')).toEqual(
      and(or(text('锂电池'), text('钠电池')), code('IC', 'H01M'), date('AD', '2020-01-01', null), not(text('某某公司', 'PA'))),
    );
  });
});

describe('parseQuery: full-width input and positions', () => {
  it('reads full-width brackets, equals, colon, quotes and spaces as ASCII', () => {
    expect(shapeOf('TI＝（锂电池　OR　钠电池）')).toEqual(shapeOf('TI=(锂电池 OR 钠电池)'));
    expect(shapeOf('TI=“锂离子 电池”')).toEqual(phrase('锂离子 电池', 'TI'));
    expect(shapeOf('AD＝２０２０：２０２３')).toEqual(date('AD', '2020-01-01', '2023-12-31'));
    expect(shapeOf('ＴＩ＝电池 ＡＮＤ ＰＡ＝华为')).toEqual(and(text('电池', 'TI'), text('华为', 'PA')));
  });

  it('points each term at its field name, or at the value inside a group', () => {
    const result = parseQuery('无人机 TI=巡检 PA=(华为 OR "中兴")');
    expect(result).toMatchObject({
      ok: true,
      ast: {
        children: [
          { value: '无人机', position: 0 },
          { value: '巡检', position: 4 },
          {
            kind: 'or',
            children: [
              { value: '华为', position: 14 },
              { value: '中兴', position: 20 },
            ],
          },
        ],
      },
    });
  });

  it('keeps positions in the original string after full-width normalisation', () => {
    const input = '（TI＝电池）　ＸＸ＝abc';
    const result = parseQuery(input);
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_field', position: 8, length: 2 } });
    expect(input.slice(8, 10)).toBe('ＸＸ');
  });
});
