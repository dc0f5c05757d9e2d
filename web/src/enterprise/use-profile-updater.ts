import { useQueryClient } from '@tanstack/react-query';
import type { EnterpriseProfile } from '@zhichan/contract';
import { useCallback } from 'react';
import { queryKeys } from '../api/query-keys';

/** Puts a changed profile into the cache under both its keys and marks the enterprise lists stale. */
export function useProfileUpdater(ownOrgId: number) {
  const client = useQueryClient();
  return useCallback(
    (p: EnterpriseProfile) => {
      client.setQueryData(queryKeys.enterprise(p.id), p);
      if (p.id === ownOrgId) client.setQueryData(queryKeys.enterprise('mine'), p);
      void client.invalidateQueries({ queryKey: queryKeys.enterprises, predicate: (q) => q.queryKey[1] !== 'profile' });
    },
    [client, ownOrgId],
  );
}
