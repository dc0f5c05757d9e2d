import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * List filters and paging kept in the address (?q=…&page=2), so a list can be bookmarked, shared
 * and returned to with the back button.
 */
export function useListParams<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(keys.map((k) => [k, params.get(k) ?? undefined])) as Record<K, string | undefined>;
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const pageSize = Math.min(200, Math.max(1, Number(params.get('pageSize') ?? '20') || 20));

  /** Replaces the filters; paging starts again at page 1. */
  const setFilters = useCallback(
    (next: Partial<Record<K, string | undefined>>) => {
      const p = new URLSearchParams();
      for (const [k, v] of Object.entries(next)) if (typeof v === 'string' && v.trim() !== '') p.set(k, v.trim());
      setParams(p);
    },
    [setParams],
  );
  const setPage = useCallback(
    (nextPage: number, nextSize: number) => {
      setParams((prev) => {
        const p = new URLSearchParams(prev);
        p.set('page', String(nextPage));
        p.set('pageSize', String(nextSize));
        return p;
      });
    },
    [setParams],
  );
  return { filters, page, pageSize, setFilters, setPage };
}
