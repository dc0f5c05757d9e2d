/** The lockout rule (登录失败锁定): `maxFailures` failed sign-ins within `lockMinutes` lock the name for `lockMinutes`. */
export interface LockoutRule {
  maxFailures: number;
  lockMinutes: number;
}

/**
 * The end of the lock a name's failed sign-ins imposed, or null: the same rule as a known user's
 * `locked_until`, replayed from the failures alone, so that an unknown name locks at the same attempt,
 * for the same time, as a real one. `failures` are ISO timestamps in ascending order; failures inside
 * a lock cannot happen (a locked name is refused before it is checked) and are skipped.
 */
export function lockFromFailures(failures: readonly string[], rule: LockoutRule): string | null {
  const windowMs = rule.lockMinutes * 60_000;
  let until: number | null = null;
  for (let i = 0; i < failures.length; i++) {
    const at = Date.parse(failures[i] ?? '');
    if (until !== null && at < until) continue;
    let inWindow = 0;
    for (let j = i; j >= 0 && Date.parse(failures[j] ?? '') >= at - windowMs; j--) inWindow++;
    if (inWindow >= rule.maxFailures) until = at + windowMs;
  }
  return until === null ? null : new Date(until).toISOString();
}
