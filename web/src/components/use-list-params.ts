import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** The filters, page (from 1) and page size (1–200, 20 by default) a list address carries. */
export function readListParams<K extends string>(params: URLSearchParams, keys: readonly K[]) {
  const filters = Object.fromEntries(keys.map((k) => [k, params.get(k) ?? undefined])) as Record<K, string | undefined>;
  const page = Math.max(1, Math.trunc(Number(params.get('page') ?? '1')) || 1);
  const pageSize = Math.min(200, Math.max(1, Math.trunc(Number(params.get('pageSize') ?? '20')) || 20));
  return { filters, page, pageSize };
}

/** The address of new filters: blank ones left out, the rest trimmed; paging starts again at page 1. */
export function filterParams(next: Partial<Record<string, string | undefined>>): URLSearchParams {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(next)) if (typeof v === 'string' && v.trim() !== '') p.set(k, v.trim());
  return p;
}

/**
 * List filters and paging kept in the address (?q=…&page=2), so a list can be bookmarked, shared
 * and returned to with the back button.
 */
export function useListParams<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const { filters, page, pageSize } = readListParams(params, keys);

  /** Replaces the filters; paging starts again at page 1. */
  const setFilters = useCallback((next: Partial<Record<K, string | undefined>>) => setParams(filterParams(next)), [setParams]);
  /** Goes to a page; a new page size (the size changer) is kept in the address too. */
  const setPage = useCallback(
    (nextPage: number, nextSize?: number) => {
      setParams((prev) => {
        const p = new URLSearchParams(prev);
        p.set('page', String(nextPage));
        p.set('pageSize', String(nextSize ?? pageSize));
        return p;
      });
    },
    [setParams, pageSize],
  );
  return { filters, page, pageSize, setFilters, setPage };
}
