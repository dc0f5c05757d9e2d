import { keepPreviousData, useQuery, type QueryKey, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useListParams } from './use-list-params';

/** What a list endpoint answers: one page of items and how many there are in all. */
export interface PageOf<T> {
  items: T[];
  total: number;
}

/** The filters of a list by name; absent (or blank) means "any". */
export type ListFilters<K extends string> = Record<K, string | undefined>;

export interface PagedListOptions<K extends string, P extends PageOf<unknown>> {
  /** Cache key of the list (invalidating it refreshes the list); the filters and page are appended. */
  queryKey: QueryKey;
  /** Names of the filters. */
  filters?: readonly K[];
  /**
   * Where the filters and the page live. `'url'` (the default): in the address (?q=…&page=2&pageSize=50),
   * so the list can be bookmarked, shared and returned to, and the page size can be changed.
   * `'local'`: in the component, with a fixed `pageSize` (a list inside a larger page).
   */
  state?: 'url' | 'local';
  /** Rows per page with `state: 'local'` (20 unless given). */
  pageSize?: number;
  /** Loads one page. */
  fetch(q: { filters: ListFilters<K>; page: number; pageSize: number }): Promise<P>;
  /** Reloads every so many milliseconds while this says so (e.g. while an import runs). */
  refetchInterval?: (data: P | undefined) => number | false;
}

/** A paged list's state and data, for `<PagedTable list={…}>` or a list of one's own. */
export interface PagedList<K extends string, P extends PageOf<unknown>> {
  filters: ListFilters<K>;
  /** Replaces the filters; paging starts again at page 1. */
  setFilters(next: Partial<ListFilters<K>>): void;
  page: number;
  pageSize: number;
  /** Whether the page size is fixed (`state: 'local'`): no size changer then. */
  fixedPageSize: boolean;
  setPage(page: number, pageSize?: number): void;
  /** Whether the list reloads by itself; the table then shows its spinner only while the page changes. */
  polling: boolean;
  query: UseQueryResult<P>;
  items: P['items'];
  total: number;
}

/**
 * The state every list page repeats: filters, page and page size (in the address or the component),
 * and the query of that page. The previous page stays on screen while the next one loads.
 */
export function usePagedList<K extends string = never, P extends PageOf<unknown> = PageOf<unknown>>(options: PagedListOptions<K, P>): PagedList<K, P> {
  const keys = options.filters ?? NO_FILTERS;
  const url = useListParams(keys);
  const local = useLocalListState(keys, options.pageSize ?? 20);
  const s = options.state === 'local' ? local : url;
  const { fetch, refetchInterval } = options;
  const query = useQuery({
    queryKey: [...options.queryKey, s.filters, s.page, s.pageSize],
    queryFn: () => fetch({ filters: s.filters, page: s.page, pageSize: s.pageSize }),
    placeholderData: keepPreviousData,
    ...(refetchInterval ? { refetchInterval: (q: { state: { data: P | undefined } }) => refetchInterval(q.state.data) } : {}),
  });
  return {
    filters: s.filters,
    setFilters: s.setFilters,
    page: s.page,
    pageSize: s.pageSize,
    fixedPageSize: options.state === 'local',
    setPage: s.setPage,
    polling: refetchInterval !== undefined,
    query,
    items: query.data?.items ?? [],
    total: query.data?.total ?? 0,
  };
}

/** Filters and page kept in the component, with a fixed page size. */
function useLocalListState<K extends string>(keys: readonly K[], pageSize: number) {
  const [filters, setFilterState] = useState(() => Object.fromEntries(keys.map((k) => [k, undefined])) as ListFilters<K>);
  const [page, setPageState] = useState(1);
  const setFilters = useCallback(
    (next: Partial<ListFilters<K>>) => {
      setFilterState(Object.fromEntries(keys.map((k) => [k, blankToUndefined(next[k])])) as ListFilters<K>);
      setPageState(1);
    },
    [keys],
  );
  const setPage = useCallback((next: number) => setPageState(next), []);
  return { filters, page, pageSize, setFilters, setPage };
}

const NO_FILTERS: readonly never[] = [];
const blankToUndefined = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v.trim());
