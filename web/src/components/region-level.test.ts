import { describe, expect, it } from 'vitest';
import { regionLevelOfCode } from './region-level';

describe('regionLevelOfCode', () => {
  it('reads province, city, county and town from the code structure', () => {
    expect(regionLevelOfCode('370000')).toBe(1);
    expect(regionLevelOfCode('370800')).toBe(2);
    expect(regionLevelOfCode('370811')).toBe(3);
    expect(regionLevelOfCode('370811002')).toBe(4);
  });
});
