import { Form, Select, Space, Typography } from 'antd';
import { openLicenceStatuses, ZOpenLicenceStatus } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { fetchReviewQueue } from '../api/open-licences';
import { queryKeys } from '../api/query-keys';
import { FilterBar } from '../components/filter-bar';
import { usePagedList } from '../components/use-paged-list';
import { DeclarationTable } from './declaration-table';
import { statusLabel } from './labels';
import { usePreferences } from '../prefs/preferences';

const FILTERS = ['status'] as const;

/** 开放许可审核: declarations of patentees in the reviewer's jurisdiction, pending ones by default. */
export function OpenLicenceReviewPage() {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const list = usePagedList({
    queryKey: [...queryKeys.openLicences, 'review'],
    filters: FILTERS,
    // The pending ones unless another status (or all, '—') is chosen.
    fetch: ({ filters, page, pageSize }) =>
      fetchReviewQueue({
        status: filters.status === 'all' ? undefined : (ZOpenLicenceStatus.safeParse(filters.status ?? 'pending').data ?? 'pending'),
        page,
        pageSize,
      }),
  });
  const { filters, setFilters } = list;
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
      <DeclarationTable list={list} linkTo={(d) => `/open-licences/declarations/${d.id}`} showStatus />
    </Space>
  );
}
