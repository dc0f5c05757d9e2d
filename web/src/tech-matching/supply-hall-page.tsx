import { Form, Input, Select, Space, Table, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { priceModes, type Listing } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { fetchListings } from '../api/tech';
import { queryKeys } from '../api/query-keys';
import { DemoTag } from '../components/demo-tag';
import { FilterBar } from '../components/filter-bar';
import { useListParams } from '../components/use-list-params';
import { PriceText } from './post-tags';

const FILTERS = ['q', 'field', 'priceMode'] as const;

/** 供应大厅: published supply listings, public; searchable by keyword, field and price mode. */
export function SupplyHallPage() {
  const { t } = useTranslation();
  const { filters, page, pageSize, setFilters, setPage } = useListParams(FILTERS);
  const query = useQuery({
    queryKey: [...queryKeys.tech, 'listings', filters, page, pageSize],
    queryFn: () => fetchListings({ ...filters, page, pageSize }),
    placeholderData: keepPreviousData,
  });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('tech.supplyHall')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('tech.supplyHallIntro')}</Typography.Paragraph>
      <FilterBar values={filters} onSearch={setFilters}>
        <Form.Item name="q" label={t('common.keyword')}>
          <Input allowClear />
        </Form.Item>
        <Form.Item name="field" label={t('tech.field')}>
          <Input allowClear />
        </Form.Item>
        <Form.Item name="priceMode" label={t('tech.priceMode')}>
          <Select allowClear style={{ minWidth: 140 }} options={priceModes.map((m) => ({ value: m, label: t(`tech.priceModes.${m}`) }))} />
        </Form.Item>
      </FilterBar>
      {query.isError && <Typography.Text type="danger">{query.error.message}</Typography.Text>}
      <Table<Listing>
        rowKey="id"
        loading={query.isFetching}
        dataSource={query.data?.items ?? []}
        locale={{ emptyText: t('tech.empty') }}
        expandable={{ expandedRowRender: (r) => <ListingDetails listing={r} /> }}
        pagination={{ current: page, pageSize, total: query.data?.total ?? 0, showTotal: (total) => t('common.total', { total }), onChange: setPage }}
        columns={[
          {
            title: t('tech.title'),
            dataIndex: 'title',
            render: (_: unknown, r) => (
              <>
                {r.title} <DemoTag isDemo={r.isDemo} />
              </>
            ),
          },
          { title: t('tech.field'), dataIndex: 'field' },
          { title: t('tech.trl'), dataIndex: 'trl', align: 'right' },
          { title: t('tech.priceMode'), key: 'price', render: (_: unknown, r) => <PriceText mode={r.priceMode} price={r.price} /> },
          { title: t('tech.org'), dataIndex: 'orgName' },
          { title: t('tech.region'), dataIndex: 'regionName' },
        ]}
      />
    </Space>
  );
}

/** The description and offered patents of a listing. */
export function ListingDetails({ listing }: { listing: Listing }) {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical">
      <Typography.Paragraph>{listing.description}</Typography.Paragraph>
      {listing.patents.length > 0 && (
        <Typography.Text>
          {t('tech.patents')}：{listing.patents.map((p) => `${p.title}（${p.appNo}）`).join('；')}
        </Typography.Text>
      )}
    </Space>
  );
}
