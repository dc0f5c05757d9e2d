import { describe, expect, it } from 'vitest';
import { lockFromFailures } from './lockout.js';

const rule = { maxFailures: 5, lockMinutes: 15 };
const at = (min: number) => new Date(Date.UTC(2026, 2, 2, 1, min)).toISOString();

describe('lock replayed from failed sign-ins', () => {
  it('locks at the fifth failure within the window, for the lock time from that failure', () => {
    expect(lockFromFailures([0, 1, 2, 3].map(at), rule)).toBeNull();
    expect(lockFromFailures([0, 1, 2, 3, 4].map(at), rule)).toBe(at(19));
  });
  it('does not lock for failures spread over more than the window', () => {
    expect(lockFromFailures([0, 4, 8, 12, 16, 20].map(at), rule)).toBeNull();
  });
  it('a later burst after an expired lock locks again from its own fifth failure', () => {
    expect(lockFromFailures([0, 1, 2, 3, 4, 40, 41, 42, 43, 44].map(at), rule)).toBe(at(59));
  });
});
