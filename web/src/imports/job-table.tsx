import { Table } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ImportJob } from '@zhichan/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchImportJobs, importErrorsUrl } from '../api/imports';
import { queryKeys } from '../api/query-keys';
import { formatTime } from '../components/format';
import { ImportStatusTag } from './import-status';

const count = (n: number) => n.toLocaleString();

/** 最近的导入任务 (GET /api/imports), newest first; refreshed while some job runs. */
export function JobTable() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const pageSize = 10;
  const query = useQuery({
    queryKey: [...queryKeys.imports, 'list', page],
    queryFn: () => fetchImportJobs(page, pageSize),
    placeholderData: keepPreviousData,
    refetchInterval: (q) => (q.state.data?.items.some((j) => j.status === 'running') ? 2000 : false),
  });
  return (
    <Table<ImportJob>
      rowKey="id"
      loading={query.isPending}
      dataSource={query.data?.items ?? []}
      scroll={{ x: 900 }}
      locale={{ emptyText: t('imports.noJobs') }}
      pagination={{ current: page, pageSize, total: query.data?.total ?? 0, onChange: setPage, showTotal: (total) => t('common.total', { total }) }}
      columns={[
        { title: t('imports.file'), dataIndex: 'fileName', render: (_: unknown, j) => <Link to={`/imports/${j.id}`}>{j.fileName}</Link> },
        { title: t('imports.kind'), dataIndex: 'kind', render: (k: ImportJob['kind']) => t(`imports.kinds.${k}`) },
        { title: t('common.status'), dataIndex: 'status', render: (s: ImportJob['status']) => <ImportStatusTag status={s} /> },
        { title: t('imports.totalRows'), dataIndex: 'totalRows', align: 'right', render: count },
        { title: t('imports.inserted'), dataIndex: 'inserted', align: 'right', render: count },
        { title: t('imports.updated'), dataIndex: 'updated', align: 'right', render: count },
        {
          title: t('imports.rejected'),
          dataIndex: 'rejected',
          align: 'right',
          render: (n: number, j) =>
            n > 0 ? (
              <a href={importErrorsUrl(j.id)} download title={t('imports.downloadErrors')}>
                {count(n)}
              </a>
            ) : (
              count(n)
            ),
        },
        { title: t('imports.startedAt'), dataIndex: 'startedAt', render: formatTime },
      ]}
    />
  );
}
