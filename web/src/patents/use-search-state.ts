import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { PatentSort } from '../api/patents';

const SORTS: readonly PatentSort[] = ['relevance', 'date_desc', 'date_asc'];

/** The search in the address (?q=…&sort=…&page=…), so a search can be bookmarked and shared. */
export function useSearchState() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const sortParam = params.get('sort');
  const sort: PatentSort = SORTS.find((s) => s === sortParam) ?? 'relevance';
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);

  /** Runs a new search: a new query or sort starts again at page 1. */
  const setSearch = useCallback(
    (next: { q?: string; sort?: PatentSort; page?: number }) => {
      setParams((prev) => {
        const p = new URLSearchParams();
        const nextQ = next.q ?? prev.get('q') ?? '';
        const nextSort = next.sort ?? prev.get('sort') ?? 'relevance';
        if (nextQ.trim()) p.set('q', nextQ.trim());
        if (nextSort !== 'relevance') p.set('sort', nextSort);
        if (next.page && next.page > 1) p.set('page', String(next.page));
        return p;
      });
    },
    [setParams],
  );
  return { q, sort, page, setSearch };
}
