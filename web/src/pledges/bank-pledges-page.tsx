import { Form, Select, Space, Typography } from 'antd';
import { pledgeStatuses, pledgeStatusLabels, ZPledgeStatus } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { fetchBankPledges, fetchPledgesForReview } from '../api/pledges';
import { queryKeys } from '../api/query-keys';
import { FilterBar } from '../components/filter-bar';
import { usePagedList } from '../components/use-paged-list';
import { usePreferences } from '../prefs/preferences';
import { PledgeTable } from './pledge-table';
import { PledgeStatsCard } from './pledge-stats';

const FILTERS = ['status'] as const;

function PledgeList({ side }: { side: 'bank' | 'review' }) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  const list = usePagedList({
    queryKey: [...queryKeys.pledges, side],
    filters: FILTERS,
    fetch: ({ filters, page, pageSize }) =>
      (side === 'bank' ? fetchBankPledges : fetchPledgesForReview)({ status: ZPledgeStatus.safeParse(filters.status).data, page, pageSize }),
  });
  return (
    <>
      <FilterBar values={{ status: list.filters.status }} onSearch={(v) => list.setFilters(v)}>
        <Form.Item name="status" label={t('pledge.status')}>
          <Select allowClear style={{ width: 220 }} options={pledgeStatuses.map((s) => ({ value: s, label: pledgeStatusLabels[s][lang] }))} />
        </Form.Item>
      </FilterBar>
      <PledgeTable list={list} />
    </>
  );
}

/** 质押登记（质权人）: the applications naming this bank as pledgee; those awaiting its confirmation first by filter. */
export function BankPledgesPage() {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('pledge.bank')}</Typography.Title>
      <PledgeList side="bank" />
    </Space>
  );
}

/** 质押登记办理: the applications of the jurisdiction's pledgors, with the decision clock, and the region's statistics. */
export function PledgeReviewPage() {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('pledge.review')}</Typography.Title>
      <PledgeStatsCard />
      <PledgeList side="review" />
    </Space>
  );
}
