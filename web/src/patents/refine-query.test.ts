import { describe, expect, it } from 'vitest';
import { facetClause, hasOr, refineQuery } from './refine-query';

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
