import { Space, Tag, Typography } from 'antd';
import { subsidyBatchStatusLabels } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchSubsidyBatches } from '../api/subsidies';
import { queryKeys } from '../api/query-keys';
import { DemoTag } from '../components/demo-tag';
import { formatTime } from '../components/format';
import { PagedTable } from '../components/paged-table';
import { usePagedList } from '../components/use-paged-list';
import { usePreferences } from '../prefs/preferences';
import { amountText } from './computation';

const colours = { draft: 'orange', approved: 'blue', paid: 'green' } as const;

/** 贴息批次: the jurisdiction's batches with their totals and what has been paid. */
export function SubsidyBatchesPage() {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  const list = usePagedList({
    queryKey: [...queryKeys.subsidies, 'batches'],
    state: 'local',
    fetch: ({ page, pageSize }) => fetchSubsidyBatches({ page, pageSize }),
  });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('batch.list')}</Typography.Title>
      <PagedTable
        list={list}
        columns={[
          {
            title: t('batch.name'),
            key: 'name',
            render: (_, b) => (
              <>
                <Link to={`/subsidies/batches/${b.id}`}>{b.name}</Link> <DemoTag isDemo={b.isDemo} />
              </>
            ),
          },
          { title: t('batch.status'), key: 'status', render: (_, b) => <Tag color={colours[b.status]}>{subsidyBatchStatusLabels[b.status][lang]}</Tag> },
          { title: t('batch.count'), key: 'count', render: (_, b) => b.count },
          { title: t('batch.enterprises'), key: 'ent', render: (_, b) => b.enterprises },
          { title: t('batch.total'), key: 'total', render: (_, b) => amountText(b.total, '—') },
          { title: t('batch.paidTotal'), key: 'paid', render: (_, b) => amountText(b.paidTotal, '—') },
          { title: t('batch.createdAt'), key: 'at', render: (_, b) => formatTime(b.createdAt) },
        ]}
      />
    </Space>
  );
}
