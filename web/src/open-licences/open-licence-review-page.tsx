import { Form, Select, Space, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { openLicenceStatuses, ZOpenLicenceStatus } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { fetchReviewQueue } from '../api/open-licences';
import { queryKeys } from '../api/query-keys';
import { FilterBar } from '../components/filter-bar';
import { useListParams } from '../components/use-list-params';
import { DeclarationTable } from './declaration-table';
import { statusLabel } from './labels';
import { usePreferences } from '../prefs/preferences';

const FILTERS = ['status'] as const;

/** 开放许可审核: declarations of patentees in the reviewer's jurisdiction, pending ones by default. */
export function OpenLicenceReviewPage() {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const { filters, page, pageSize, setFilters, setPage } = useListParams(FILTERS);
  const status = filters.status === 'all' ? undefined : (ZOpenLicenceStatus.safeParse(filters.status ?? 'pending').data ?? 'pending');
  const query = useQuery({
    queryKey: [...queryKeys.openLicences, 'review', status, page, pageSize],
    queryFn: () => fetchReviewQueue({ status, page, pageSize }),
    placeholderData: keepPreviousData,
  });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('ol.review')}</Typography.Title>
      <FilterBar values={{ status: filters.status ?? 'pending' }} onSearch={(v) => setFilters(v)}>
        <Form.Item name="status" label={t('ol.status')}>
          <Select
            style={{ width: 160 }}
            options={[...openLicenceStatuses.map((s) => ({ value: s, label: statusLabel(s, language === 'en' ? 'en' : 'zh') })), { value: 'all', label: '—' }]}
          />
        </Form.Item>
      </FilterBar>
      {query.data && (
        <DeclarationTable
          items={query.data.items}
          total={query.data.total}
          page={page}
          pageSize={pageSize}
          onPage={(p) => setPage(p, pageSize)}
          linkTo={(d) => `/open-licences/declarations/${d.id}`}
          showStatus
        />
      )}
    </Space>
  );
}
