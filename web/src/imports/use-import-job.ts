import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { fetchImportJob } from '../api/imports';
import { queryKeys } from '../api/query-keys';

/** One import job, polled every second while it runs; the job list is refreshed when it ends. */
export function useImportJob(id: number | null) {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: queryKeys.importJob(id ?? 0),
    queryFn: () => fetchImportJob(id ?? 0),
    enabled: id !== null,
    refetchInterval: (q) => (q.state.data?.status === 'running' ? 1000 : false),
  });
  const status = query.data?.status;
  useEffect(() => {
    if (status && status !== 'running') void client.invalidateQueries({ queryKey: [...queryKeys.imports, 'list'] });
  }, [status, client]);
  return query;
}
