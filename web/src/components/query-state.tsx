import { Button, Result } from 'antd';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { PageSpinner } from './page-spinner';

/** Renders a spinner while loading, the server's message on failure, else `children(data)`. */
export function QueryState<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  if (query.isPending) return <PageSpinner />;
  if (query.isError) {
    const err = query.error;
    const status = err instanceof ApiError && (err.status === 403 || err.status === 404) ? String(err.status) : 'error';
    return (
      <Result
        status={status === 'error' ? 'error' : (status as '403' | '404')}
        title={t('errors.loadFailed')}
        subTitle={err.message}
        extra={<Button onClick={() => void query.refetch()}>{t('action.retry')}</Button>}
      />
    );
  }
  return children(query.data);
}
