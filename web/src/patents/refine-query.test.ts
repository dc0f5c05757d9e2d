import { describe, expect, it } from 'vitest';
import { appliedFacets, facetClause, hasOr, refineQuery, removeFacet, type FacetKey } from './refine-query';

describe('refining a search by a facet bucket', () => {
  it('appends the clause of each facet in the command syntax', () => {
    expect(refineQuery('TI=无人机', facetClause('ipcClass', 'H01'))).toBe('TI=无人机 AND IC=H01');
    expect(refineQuery('TI=无人机', facetClause('year', '2021'))).toBe('TI=无人机 AND AD=2021');
    expect(refineQuery('TI=无人机', facetClause('kind', 'invention'))).toBe('TI=无人机 AND PT=发明');
    expect(refineQuery('TI=无人机', facetClause('legalState', 'effective'))).toBe('TI=无人机 AND LS=有效');
    expect(refineQuery('TI=无人机', facetClause('region', '370811'))).toBe('TI=无人机 AND RG=370811');
    expect(refineQuery('TI=无人机', facetClause('applicant', '某某“新”公司'))).toBe('TI=无人机 AND PA="某某 新 公司"');
  });

  it('wraps a query with OR in parentheses so the clause narrows all of it', () => {
    expect(refineQuery('锂电池 OR 钠电池', 'AD=2021')).toBe('(锂电池 OR 钠电池) AND AD=2021');
    expect(refineQuery('TX=(锂电池 or 钠电池)', 'AD=2021')).toBe('(TX=(锂电池 or 钠电池)) AND AD=2021');
    expect(refineQuery('锂电池 或 钠电池', 'AD=2021')).toBe('(锂电池 或 钠电池) AND AD=2021');
  });

  it('leaves a query without OR as it is, even with OR inside a phrase or a word', () => {
    expect(hasOr('PA="OR 公司" AND TI=motor')).toBe(false);
    expect(hasOr('TI=ORBIT AND TI=color')).toBe(false);
    expect(refineQuery('  无人机 巡检 ', 'LS=有效')).toBe('无人机 巡检 AND LS=有效');
  });

  it('starts a query from the clause alone when there is none', () => {
    expect(refineQuery('', 'PT=发明')).toBe('PT=发明');
  });
});

describe('facets applied by clicks, shown as removable chips', () => {
  it('finds the clauses facet clicks appended, in order, and the query before them', () => {
    const q = refineQuery(refineQuery('锂电池 OR 钠电池', facetClause('ipcSection', 'H')), facetClause('year', '2021'));
    expect(q).toBe('(锂电池 OR 钠电池) AND IC=H AND AD=2021');
    expect(appliedFacets(q)).toEqual({
      base: '锂电池 OR 钠电池',
      applied: [
        { facet: 'ipcSection', value: 'H', clause: 'IC=H' },
        { facet: 'year', value: '2021', clause: 'AD=2021' },
      ],
    });
    const all = ['ipcClass:H01', 'kind:utility', 'legalState:effective', 'region:370811', 'applicant:济宁某公司'].reduce(
      (acc, fv) => refineQuery(acc, facetClause(fv.split(':')[0] as FacetKey, fv.split(':')[1] as string)),
      'TI=无人机',
    );
    expect(appliedFacets(all).applied.map((a) => `${a.facet}:${a.value}`)).toEqual([
      'ipcClass:H01',
      'kind:utility',
      'legalState:effective',
      'region:370811',
      'applicant:济宁某公司',
    ]);
  });

  it('reads the nested form older links have', () => {
    expect(appliedFacets('((锂电池 OR 钠电池) AND IC=H) AND AD=2021').applied.map((a) => a.clause)).toEqual(['IC=H', 'AD=2021']);
  });

  it('takes no clause the user typed as the whole query or inside it for a chip', () => {
    expect(appliedFacets('IC=H01').applied).toEqual([]);
    expect(appliedFacets('IC=H01 AND 电池').applied).toEqual([]);
    expect(appliedFacets('电池 AND PT=某类').applied).toEqual([]);
  });

  it('removing a chip searches the query without that clause only', () => {
    const q = '(锂电池 OR 钠电池) AND IC=H AND AD=2021';
    expect(removeFacet(q, 0)).toBe('(锂电池 OR 钠电池) AND AD=2021');
    expect(removeFacet(q, 1)).toBe('(锂电池 OR 钠电池) AND IC=H');
    expect(removeFacet(removeFacet(q, 1), 0)).toBe('锂电池 OR 钠电池');
  });
});
