import { describe, expect, it } from 'vitest';
import { isWithinRegion, regionPrefix } from './jurisdiction.js';

describe('jurisdiction by region code', () => {
  it('derives the prefix of each level', () => {
    expect(regionPrefix('370000')).toBe('37');
    expect(regionPrefix('370800')).toBe('3708');
    expect(regionPrefix('370883')).toBe('370883');
    expect(regionPrefix('370811002')).toBe('370811002');
  });
  it('a city sees its counties and towns', () => {
    expect(isWithinRegion('370883', '370800')).toBe(true);
    expect(isWithinRegion('370811002', '370800')).toBe(true);
    expect(isWithinRegion('370800', '370800')).toBe(true);
  });
  it('a county never sees a sibling county or its parent', () => {
    expect(isWithinRegion('370883', '370811')).toBe(false);
    expect(isWithinRegion('370883101', '370811')).toBe(false);
    expect(isWithinRegion('370800', '370811')).toBe(false);
  });
  it('a town sees only itself', () => {
    expect(isWithinRegion('370811002', '370811002')).toBe(true);
    expect(isWithinRegion('370811005', '370811002')).toBe(false);
    expect(isWithinRegion('370811', '370811002')).toBe(false);
  });
  it('another city in the same province is outside', () => {
    expect(isWithinRegion('370102', '370800')).toBe(false);
    expect(isWithinRegion('370899', '370800')).toBe(true);
  });
});
