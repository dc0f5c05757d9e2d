import { describe, expect, it } from 'vitest';
import { describeQuery, formatQuery, parseQuery, type QueryNode } from './index.js';

function astOf(input: string): QueryNode {
  const result = parseQuery(input);
  if (!result.ok) expect.fail(result.error.message);
  return result.ast;
}

const canonical = (input: string) => formatQuery(astOf(input));

describe('formatQuery', () => {
  it('prints the CNIPA example canonically', () => {
    expect(canonical('tx=(锂电池 or 钠电池) and ic=h01m and ad>=20200101 not pa=(某某公司)')).toBe(
      'TX=(锂电池 OR 钠电池) AND IC=H01M AND AD>=2020 NOT PA=某某公司',
    );
  });

  it('writes explicit fields and ANDs, and groups terms of one field', () => {
    expect(canonical('无人机 巡检')).toBe('TX=无人机 AND TX=巡检');
    expect(canonical('NOT 无人机 巡检 NOT 电池')).toBe('NOT TX=无人机 AND TX=巡检 NOT TX=电池');
    expect(canonical('无人机 TI=巡检')).toBe('TX=无人机 AND TI=巡检');
    expect(canonical('TI="锂离子 电池" OR 隔膜')).toBe('TI="锂离子 电池" OR TX=隔膜');
    expect(canonical('PT=(发明 OR utility)')).toBe('PT=(发明 OR 实用新型)');
  });

  it('parenthesises only where precedence needs it', () => {
    expect(canonical('A OR B AND C')).toBe('TX=A OR TX=B AND TX=C');
    expect(canonical('(A OR TI=B) AND C')).toBe('(TX=A OR TI=B) AND TX=C');
    expect(canonical('A OR TI=B C')).toBe('TX=A OR TI=B AND TX=C');
    expect(canonical('A AND NOT (B OR TI=C)')).toBe('TX=A NOT (TX=B OR TI=C)');
    expect(canonical('A NOT NOT B')).toBe('TX=A NOT NOT TX=B');
    expect(canonical('A NOT TI=(B OR C)')).toBe('TX=A NOT TI=(B OR C)');
    expect(canonical('NOT (A B) C')).toBe('NOT (TX=A AND TX=B) AND TX=C');
  });

  it('prints dates as compactly as they read back', () => {
    expect(canonical('AD=20200315')).toBe('AD=20200315');
    expect(canonical('AD=2020-01-01')).toBe('AD=20200101');
    expect(canonical('AD=2020')).toBe('AD=2020');
    expect(canonical('AD=2020-02')).toBe('AD=202002');
    expect(canonical('AD=20200101:20231231')).toBe('AD=2020:2023');
    expect(canonical('AD=20200315:20231130')).toBe('AD=20200315:202311');
    expect(canonical('AD>2020')).toBe('AD>=2021');
    expect(canonical('AD<20200101')).toBe('AD<=2019');
    expect(canonical('AD<20200315')).toBe('AD<=20200314');
  });

  it('quotes values that would not read back as one word', () => {
    const ast: QueryNode = { kind: 'text', field: 'TI', value: 'OR', phrase: false, position: 0 };
    expect(formatQuery(ast)).toBe('TI="OR"');
    expect(formatQuery({ ...ast, value: 'a=b' })).toBe('TI="a=b"');
  });
});

describe('describeQuery', () => {
  it('describes the CNIPA example', () => {
    expect(describeQuery(astOf('TX=(锂电池 OR 钠电池) AND IC=H01M AND AD>=20200101 NOT PA=(某某公司)'))).toBe(
      '标题/摘要/权利要求含“锂电池”或“钠电池”，且 IPC 以 H01M 开头，且申请日 ≥ 2020-01-01，且申请人不含“某某公司”',
    );
  });

  it('describes every kind of term', () => {
    expect(describeQuery(astOf('TI=电池 AND AN=CN2020101234567'))).toBe('标题含“电池”，且申请号为 CN2020101234567');
    expect(describeQuery(astOf('RG=370883 PT=发明 LS=有效'))).toBe('地区属于 370883（含下级），且专利类型为发明，且法律状态为有效');
    expect(describeQuery(astOf('PD=2020:2023'))).toBe('公开日在 2020-01-01 至 2023-12-31 之间');
    expect(describeQuery(astOf('GD=20200315 OR GD<2000'))).toBe('授权日为 2020-03-15，或授权日 ≤ 1999-12-31');
  });

  it('describes negations naturally', () => {
    expect(describeQuery(astOf('电池 NOT IC=H01M NOT LS=失效'))).toBe('标题/摘要/权利要求含“电池”，且 IPC 不以 H01M 开头，且法律状态不为失效');
    expect(describeQuery(astOf('电池 NOT PA=(华为 OR 中兴)'))).toBe('标题/摘要/权利要求含“电池”，且申请人不含“华为”、“中兴”中的任何一个');
    expect(describeQuery(astOf('电池 NOT (TI=a AND PA=b)'))).toBe('标题/摘要/权利要求含“电池”，且不满足（标题含“a”，且申请人含“b”）');
  });

  it('brackets mixed AND/OR so the reading is unambiguous', () => {
    expect(describeQuery(astOf('TI=a (PA=b OR IN=c)'))).toBe('标题含“a”，且（申请人含“b”，或发明人含“c”）');
    expect(describeQuery(astOf('TI=a PA=b OR IN=c'))).toBe('（标题含“a”，且申请人含“b”），或发明人含“c”');
    expect(describeQuery(astOf('TI=(a b)'))).toBe('标题同时含“a”和“b”');
  });

  it('reads the query back in English for the English interface, with no Chinese but the searched words', () => {
    const en = (q: string) => describeQuery(astOf(q), 'en');
    expect(en('TX=(锂电池 OR 钠电池) AND IC=H01M AND AD>=20200101 NOT PA=(某某公司)')).toBe(
      'Title/abstract/claims contains "锂电池" or "钠电池", and IPC starts with H01M, and Application date ≥ 2020-01-01, and Applicant does not contain "某某公司"',
    );
    expect(en('TI=电池 AND AN=CN2020101234567')).toBe('Title contains "电池", and Application number is CN2020101234567');
    expect(en('RG=370883 PT=发明 LS=有效')).toBe('Region is within 370883 (subdivisions included), and Patent type is invention, and Legal status is in force');
    expect(en('PD=2020:2023')).toBe('Publication date is between 2020-01-01 and 2023-12-31');
    expect(en('电池 NOT PA=(华为 OR 中兴)')).toBe('Title/abstract/claims contains "电池", and Applicant contains none of "华为", "中兴"');
    expect(en('TI=a PA=b OR IN=c')).toBe('(Title contains "a", and Applicant contains "b"), or Inventor contains "c"');
    expect(en('电池 NOT (TI=a AND PA=b)')).toBe('Title/abstract/claims contains "电池", and not (Title contains "a", and Applicant contains "b")');
    expect(en('TI=(a b)')).toBe('Title contains all of "a" and "b"');
    expect(en('LS=有效 NOT LS=失效 NOT IC=H01M')).toBe('Legal status is in force, and Legal status is not lapsed, and IPC does not start with H01M');
    for (const q of ['GD=20200315 OR GD<2000', 'RG=370883 NOT RG=370811', 'AN=CN1 NOT PN=CN2', 'PT=实用新型 OR PT=外观设计 OR LS=审中 OR LS=未知'])
      expect(en(q).replace(/"[^"]*"/g, ''), q).not.toMatch(/[\u3400-\u9fff]/);
  });
});
