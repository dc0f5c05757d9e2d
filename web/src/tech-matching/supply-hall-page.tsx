import { Form, Input, Select, Space, Typography } from 'antd';
import { priceModes, type Listing } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { fetchListings } from '../api/tech';
import { queryKeys } from '../api/query-keys';
import { DemoTag } from '../components/demo-tag';
import { FilterBar } from '../components/filter-bar';
import { PagedTable } from '../components/paged-table';
import { usePagedList } from '../components/use-paged-list';
import { RegionPicker } from '../components/region-picker';
import { PriceText, TrlText } from './post-tags';
import { HallContactButton } from './hall-contact';

const FILTERS = ['q', 'field', 'priceMode', 'regionCode'] as const;

/** 供应大厅: published supply listings, public; searchable by keyword, field, price mode and region. */
export function SupplyHallPage() {
  const { t } = useTranslation();
  const list = usePagedList({
    queryKey: [...queryKeys.tech, 'listings'],
    filters: FILTERS,
    fetch: ({ filters, page, pageSize }) => fetchListings({ ...filters, page, pageSize }),
  });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('tech.supplyHall')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('tech.supplyHallIntro')}</Typography.Paragraph>
      <FilterBar values={list.filters} onSearch={list.setFilters}>
        <Form.Item name="q" label={t('common.keyword')}>
          <Input allowClear />
        </Form.Item>
        <Form.Item name="field" label={t('tech.field')}>
          <Input allowClear />
        </Form.Item>
        <Form.Item name="priceMode" label={t('tech.priceMode')}>
          <Select allowClear style={{ minWidth: 140 }} options={priceModes.map((m) => ({ value: m, label: t(`tech.priceModes.${m}`) }))} />
        </Form.Item>
        <Form.Item name="regionCode" label={t('tech.region')}>
          <RegionPicker rootParent="370000" />
        </Form.Item>
      </FilterBar>
      <PagedTable
        list={list}
        locale={{ emptyText: t('tech.empty') }}
        expandable={{ expandedRowRender: (r) => <ListingDetails listing={r} /> }}
        // antd's own rule for the size changer here: shown once there are more than 50.
        pagination={{ showSizeChanger: undefined }}
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
          { title: t('tech.trl'), dataIndex: 'trl', render: (l: number) => <TrlText level={l} /> },
          { title: t('tech.priceMode'), key: 'price', render: (_: unknown, r) => <PriceText mode={r.priceMode} price={r.price} /> },
          { title: t('tech.org'), dataIndex: 'orgName' },
          { title: t('tech.region'), dataIndex: 'regionName' },
          {
            title: t('tech.contactColumn'),
            key: 'contact',
            render: (_: unknown, r) => <HallContactButton posting={{ kind: 'listing', id: r.id, title: r.title, mine: r.mine }} />,
          },
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
