import { describe, expect, it } from 'vitest';
import { elapsedShare, progressPct, projectLinear, ragStatus } from './progress.js';

describe('plan target progress', () => {
  it('measures progress from the baseline, or as a share of the target', () => {
    expect(progressPct(1100, 1400, 800)).toBe(50);
    expect(progressPct(700, 1400, null)).toBe(50);
    expect(progressPct(700, 1400, 800)).toBe(0);
    expect(progressPct(null, 1400, 800)).toBeNull();
  });
  it('projects the linear trend to the deadline year', () => {
    expect(
      projectLinear(
        [
          { year: 2022, value: 900 },
          { year: 2023, value: 1000 },
          { year: 2024, value: 1100 },
        ],
        2026,
      ),
    ).toBe(1300);
    expect(projectLinear([{ year: 2023, value: 1000 }], 2026)).toBeNull();
  });
  it('colours green, amber and red from the projection, else from elapsed time', () => {
    const base = { current: 1100, target: 1400, progress: 50, elapsedShare: 0.5 };
    expect(ragStatus({ ...base, projected: 1450 })).toBe('green');
    expect(ragStatus({ ...base, projected: 1300 })).toBe('amber');
    expect(ragStatus({ ...base, projected: 1100 })).toBe('red');
    expect(ragStatus({ ...base, current: 1500, projected: 1100 })).toBe('green');
    expect(ragStatus({ ...base, projected: null, progress: 40 })).toBe('amber');
    expect(ragStatus({ ...base, projected: null, progress: 20 })).toBe('red');
    expect(ragStatus({ ...base, current: null, projected: null, progress: null })).toBe('unknown');
    expect(elapsedShare(2024, '2026-12-31', '2025-07-02')).toBeCloseTo(0.5, 1);
  });
});
