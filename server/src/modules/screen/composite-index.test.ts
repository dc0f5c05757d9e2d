import { describe, expect, it } from 'vitest';
import { compositeIndex } from './composite-index.js';

describe('composite IP development index', () => {
  const weights = [
    { key: 'per10k', weight: 0.6 },
    { key: 'pledges', weight: 0.4 },
  ];

  it('normalises each indicator as a ratio to the best sibling and weights the parts', () => {
    const out = compositeIndex(
      [
        { code: 'A', values: { per10k: 10, pledges: 50 } },
        { code: 'B', values: { per10k: 5, pledges: 100 } },
      ],
      weights,
    );
    // A: 0.6×100 + 0.4×50 = 80; B: 0.6×50 + 0.4×100 = 70
    expect(out.map((s) => [s.code, s.score, s.rank])).toEqual([
      ['A', 80, 1],
      ['B', 70, 2],
    ]);
    expect(out[1]?.parts).toEqual([
      { key: 'per10k', value: 5, normalised: 50 },
      { key: 'pledges', value: 100, normalised: 100 },
    ]);
  });

  it('averages over the indicators a region has, and leaves a region without data unscored', () => {
    const out = compositeIndex(
      [
        { code: 'A', values: { per10k: 10, pledges: null } },
        { code: 'B', values: { per10k: 10, pledges: 20 } },
        { code: 'C', values: {} },
      ],
      weights,
    );
    expect(out.map((s) => s.score)).toEqual([100, 100, null]);
    expect(out.map((s) => s.rank)).toEqual([1, 1, null]);
  });

  it('changes the ranking when the weights change', () => {
    const regions = [
      { code: 'A', values: { per10k: 10, pledges: 10 } },
      { code: 'B', values: { per10k: 4, pledges: 40 } },
    ];
    expect(compositeIndex(regions, weights).find((s) => s.rank === 1)?.code).toBe('A');
    expect(
      compositeIndex(regions, [
        { key: 'per10k', weight: 0.1 },
        { key: 'pledges', weight: 0.9 },
      ]).find((s) => s.rank === 1)?.code,
    ).toBe('B');
  });

  it('scores 0 on an indicator where no sibling has a positive value, ignores zero weights', () => {
    const out = compositeIndex(
      [{ code: 'A', values: { per10k: 0, pledges: 5 } }],
      [
        { key: 'per10k', weight: 1 },
        { key: 'pledges', weight: 0 },
      ],
    );
    expect(out[0]).toMatchObject({ score: 0, parts: [{ key: 'per10k', value: 0, normalised: 0 }] });
  });
});
