import { describe, expect, it } from 'vitest';
import { parseQuery, type QueryNode } from '../query/index.js';
import { compileQuery } from './plan.js';
import { toPgMatch } from './pg-match.js';
import { toSqliteMatch } from './sqlite-match.js';

const asOf = '2026-03-01';
function ast(q: string): QueryNode {
  const r = parseQuery(q);
  if (!r.ok) throw new Error(r.error.message);
  return r.ast;
}
const sqlite = (q: string | QueryNode, within?: string) => toSqliteMatch(compileQuery(typeof q === 'string' ? ast(q) : q, { asOf, within }).cond);

describe('query plan → FTS5 driver', () => {
  it('turns a term into a quoted phrase of bigrams on the text columns', () => {
    expect(sqlite('锂电池')).toEqual({ match: '"锂电 电池"', residual: null });
    expect(sqlite('TI=电池').match).toBe('ti : "电池"');
    expect(sqlite('PA=济宁').match).toBe('pa : "·济宁"');
    expect(sqlite('电').match).toBe('{ti ab cl} : "电" *');
  });

  it('answers filters from hidden tokens, whole years without a residual check', () => {
    expect(sqlite('IC=H01M AND AD=2019:2020')).toEqual({ match: '("pbh01m" AND ("ay2019" OR "ay2020"))', residual: null });
    // A subgroup is that symbol; a main group every symbol of the group (G06F4/…, not G06F40/…).
    expect(sqlite('IC=H01M10/05').match).toBe('"iph01m10x05"');
    expect(sqlite('IC=G06F4').match).toBe('("ipg06f4x" * OR "ipg06f4")');
    expect(sqlite('IC=H04N5/00').match).toBe('("iph04n5x" * OR "iph04n5")');
    expect(sqlite('RG=370800 AND PT=发明').match).toBe('("rg3708" AND "kdi")');
    // Whole decades are one token each: fewer posting lists to merge.
    expect(sqlite('电池 AND AD=2010:2020')).toEqual({ match: '("电池" AND ("ax201" OR "ay2020"))', residual: null });
    expect(sqlite('GD=2008:2031').match).toBe('("gy2008" OR "gy2009" OR "gx201" OR "gx202" OR "gy2030" OR "gy2031")');
    expect(sqlite('电池', '370811').match).toBe('("电池" AND "rg370811")');
  });

  it('checks part-year ranges, open ranges and legal states on the facts table', () => {
    const months = sqlite('电池 AND AD=20191101:20210228');
    expect(months).toEqual({
      match: '("电池" AND ("am201911" OR "am201912" OR "ay2020" OR "am202101" OR "am202102"))',
      residual: null,
    });
    const partMonth = sqlite('电池 AND AD=20191115:20200131');
    expect(partMonth.match).toBe('("电池" AND ("am201911" OR "am201912" OR "am202001"))');
    expect(partMonth.residual).not.toBeNull();
    expect(sqlite('电池 AND AD=1901:2020').match).toBe('"电池"'); // 21 tokens (9 years, 11 decades, 1 year): checked per hit
    const open = sqlite('电池 AND AD>=20190301');
    expect(open.match).toBe('"电池"');
    expect(open.residual).not.toBeNull();
    expect(sqlite('LS=有效 AND AD>=20190301').match).toBeNull();
  });

  it('subtracts exact NOT terms inside the index and leaves the others to SQL', () => {
    expect(sqlite('电池 NOT 锂').match).toBe('("电池" NOT {ti ab cl} : "锂" *)');
    expect(sqlite('电池 NOT IC=H01M')).toEqual({ match: '("电池" NOT "pbh01m")', residual: null });
    const notDate = sqlite('电池 NOT AD=20190315:20200630');
    expect(notDate.match).toBe('"电池"');
    expect(notDate.residual).not.toBeNull();
  });

  it('quotes every token, so FTS5 syntax in the input is only text', () => {
    for (const q of ['"NEAR(a b)"', '"ti : x"', '"a* OR b"', '"^电池"', '"{ti ab}:电池"', '"x"" OR ""y"']) {
      const m = sqlite(q).match ?? '';
      // Outside the quoted tokens only our own syntax remains: column names, operators, brackets.
      const words = m
        .replace(/"[^"]*"/g, ' ')
        .split(/[\s{}():*]+/)
        .filter(Boolean);
      for (const w of words) expect(['ti', 'ab', 'cl', 'pa', 'inv', 'ag', 'fl', 'AND', 'OR', 'NOT']).toContain(w);
    }
    const node: QueryNode = { kind: 'text', field: 'TX', value: 'a"b OR c', phrase: false, position: 0 };
    expect(sqlite(node).match).toBe('{ti ab cl} : "a b or r c" *');
  });

  it('compiles a value without letters or digits to an empty result', () => {
    const node: QueryNode = { kind: 'text', field: 'TI', value: '（）', phrase: false, position: 0 };
    expect(compileQuery(node, { asOf }).cond).toEqual({ t: 'const', value: false });
  });
});

const pg = (q: string, within?: string) => toPgMatch(compileQuery(ast(q), { asOf, within }).cond);

describe('query plan → PostgreSQL tsquery', () => {
  it('puts title, abstract and claims tokens bare, a field restriction as a mark or weight', () => {
    expect(pg('锂电池')).toEqual({ query: "'锂电' <-> '电池'", residual: null });
    expect(pg('TI=电池').query).toBe("'t·电池'");
    expect(pg('AB=电池').query).toBe("'电池':B");
    expect(pg('CL=锂电池').query).toBe("'锂电':C <-> '电池':C");
    expect(pg('PA=济宁').query).toBe("'p·济宁'");
    expect(pg('电').query).toBe("'电':*");
    expect(pg('IN=王 OR AG=知识产权').query).toBe("('i·王':* | 'g·知识' <-> 'g·识产' <-> 'g·产权')");
  });

  it('answers the whole boolean combination in one tsquery, NOT beside a positive term included', () => {
    expect(pg('电池 NOT 装置')).toEqual({ query: "('电池' & !'装置')", residual: null });
    expect(pg('IC=H01M AND AD=2019:2020')).toEqual({ query: "('f·pbh01m' & ('f·ay2019' | 'f·ay2020'))", residual: null });
    expect(pg('(TI=电池 OR AB=电机) AND PT=实用新型').query).toBe("(('t·电池' | '电机':B) & 'f·kdu')");
    expect(pg('电池', '370811').query).toBe("('电池' & 'f·rg370811')");
  });

  it('leaves legal states, open ranges and a NOT without a positive term to the facts table', () => {
    const legal = pg('LS=有效 AND 电池');
    expect(legal.query).toBe("'电池'");
    expect(legal.residual).not.toBeNull();
    const open = pg('电池 AND AD>=20190301');
    expect(open.query).toBe("'电池'");
    expect(open.residual).not.toBeNull();
    expect(pg('LS=有效 NOT 电池').query).toBeNull();
    expect(pg('电池 OR LS=有效').query).toBeNull();
  });
});
