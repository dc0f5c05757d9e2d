import { Form, Select, Space, Typography } from 'antd';
import { filingKinds, filingKindLabels, filingStatuses, filingStatusLabels, ZFilingKind, ZFilingStatus } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { fetchFilingsForReview } from '../api/filings';
import { queryKeys } from '../api/query-keys';
import { FilterBar } from '../components/filter-bar';
import { usePagedList } from '../components/use-paged-list';
import { FilingTable } from './filing-table';
import { usePreferences } from '../prefs/preferences';

const FILTERS = ['status', 'kind'] as const;

/** 备案审核: filings of enterprises in the reviewer's jurisdiction, those waiting for review by default. */
export function FilingReviewPage() {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  const list = usePagedList({
    queryKey: [...queryKeys.filings, 'review'],
    filters: FILTERS,
    // Those waiting for review unless another status is chosen.
    fetch: ({ filters, page, pageSize }) =>
      fetchFilingsForReview({
        status: ZFilingStatus.safeParse(filters.status ?? 'submitted').data,
        kind: ZFilingKind.safeParse(filters.kind).data,
        page,
        pageSize,
      }),
  });
  const { filters, setFilters } = list;
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('filing.review')}</Typography.Title>
      <FilterBar values={{ status: filters.status ?? 'submitted', kind: filters.kind }} onSearch={(v) => setFilters(v)}>
        <Form.Item name="status" label={t('filing.status')}>
          <Select allowClear style={{ width: 140 }} options={filingStatuses.map((s) => ({ value: s, label: filingStatusLabels[s][lang] }))} />
        </Form.Item>
        <Form.Item name="kind" label={t('filing.kind')}>
          <Select allowClear style={{ width: 200 }} options={filingKinds.map((k) => ({ value: k, label: filingKindLabels[k][lang] }))} />
        </Form.Item>
      </FilterBar>
      <FilingTable list={list} />
    </Space>
  );
}
