import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startProgress } from './progress.js';

describe('progress of long start-up work', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('says nothing about work that ends soon', () => {
    const lines: string[] = [];
    const p = startProgress('快的 quick', { quietMs: 3000, log: (l) => lines.push(l) });
    p.update(10, 10);
    vi.advanceTimersByTime(2000);
    p.end();
    vi.advanceTimersByTime(60_000);
    expect(lines).toEqual([]);
  });

  it('prints how far long work has got, then that it is done', () => {
    const lines: string[] = [];
    const p = startProgress('0013 re-indexing', { quietMs: 3000, everyMs: 5000, log: (l) => lines.push(l) });
    p.update(250_000, 1_000_000);
    vi.advanceTimersByTime(3000);
    p.update(500_000);
    vi.advanceTimersByTime(5000);
    p.update(1_000_000);
    p.end();
    vi.advanceTimersByTime(60_000);
    expect(lines.map((l) => l.replace(/\(\d+\.\d s\)/, '(t)'))).toEqual([
      '… 0013 re-indexing: 25 % 250,000 / 1,000,000 (t)',
      '… 0013 re-indexing: 50 % 500,000 / 1,000,000 (t)',
      '✓ 0013 re-indexing: 1,000,000 (t)',
    ]);
  });
});
