import type { ImportJob } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchImportJobs, importErrorsUrl } from '../api/imports';
import { queryKeys } from '../api/query-keys';
import { formatTime } from '../components/format';
import { PagedTable } from '../components/paged-table';
import { usePagedList } from '../components/use-paged-list';
import { ImportStatusTag } from './import-status';

const count = (n: number) => n.toLocaleString();

/** 最近的导入任务 (GET /api/imports), newest first; refreshed while some job runs. */
export function JobTable() {
  const { t } = useTranslation();
  const list = usePagedList({
    queryKey: [...queryKeys.imports, 'list'],
    state: 'local',
    pageSize: 10,
    fetch: ({ page, pageSize }) => fetchImportJobs(page, pageSize),
    refetchInterval: (data) => (data?.items.some((j) => j.status === 'running') ? 2000 : false),
  });
  return (
    <PagedTable
      list={list}
      scroll={{ x: 900 }}
      locale={{ emptyText: t('imports.noJobs') }}
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
