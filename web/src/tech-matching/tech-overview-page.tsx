import { Card, Col, DatePicker, Row, Select, Space, Statistic, Table, Tabs, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { techPostStatuses, type Demand, type Listing, type TechPostStatus } from '@zhichan/contract';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchSupervisedDemands, fetchSupervisedListings, fetchTechStats } from '../api/tech';
import { queryKeys } from '../api/query-keys';
import { formatTime } from '../components/format';
import { PostStatusTag } from './post-tags';

/** 技术供需监管: the jurisdiction's statistics for a period and every listing and demand in it, any status. */
export function TechOverviewPage() {
  const { t } = useTranslation();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().startOf('year'), dayjs().endOf('year')]);
  const [status, setStatus] = useState<TechPostStatus | undefined>();
  const period = { from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') };
  const stats = useQuery({ queryKey: [...queryKeys.tech, 'stats', period], queryFn: () => fetchTechStats(period) });
  const listings = useQuery({ queryKey: [...queryKeys.tech, 'sup-listings', status], queryFn: () => fetchSupervisedListings({ status, pageSize: 100 }) });
  const demands = useQuery({ queryKey: [...queryKeys.tech, 'sup-demands', status], queryFn: () => fetchSupervisedDemands({ status, pageSize: 100 }) });
  const s = stats.data;
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('tech.overview')}</Typography.Title>
      <Card
        title={t('tech.stats')}
        extra={
          <DatePicker.RangePicker
            aria-label={t('tech.period')}
            value={range}
            allowClear={false}
            onChange={(v) => v && v[0] && v[1] && setRange([v[0], v[1]])}
          />
        }
      >
        <Row gutter={16}>
          <Col span={4}>
            <Statistic title={t('tech.statsDeals')} value={s?.deals ?? 0} />
          </Col>
          <Col span={6}>
            <Statistic title={t('tech.statsAmount')} value={s?.amount ?? 0} />
          </Col>
          <Col span={4}>
            <Statistic title={t('tech.statsListings')} value={s?.listingsPublished ?? 0} />
          </Col>
          <Col span={4}>
            <Statistic title={t('tech.statsDemands')} value={s?.demandsPublished ?? 0} />
          </Col>
          <Col span={4}>
            <Statistic title={t('tech.statsContacts')} value={s?.contacts ?? 0} />
          </Col>
        </Row>
        {s && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
            {s.byKind.map((k) => `${t(`tech.dealKinds.${k.kind}`)} ${k.deals}（${k.amount.toLocaleString('zh-CN')} 元）`).join('；')}
          </Typography.Paragraph>
        )}
      </Card>
      <Select
        allowClear
        aria-label={t('tech.status')}
        placeholder={t('tech.status')}
        style={{ width: 160 }}
        value={status}
        onChange={setStatus}
        options={techPostStatuses.map((x) => ({ value: x, label: t(`tech.statuses.${x}`) }))}
      />
      <Tabs
        items={[
          {
            key: 'demands',
            label: t('tech.allDemands'),
            children: (
              <Table<Demand>
                rowKey="id"
                loading={demands.isFetching}
                dataSource={demands.data?.items ?? []}
                pagination={false}
                columns={[
                  { title: t('tech.title'), dataIndex: 'title' },
                  { title: t('tech.status'), dataIndex: 'status', render: (v: TechPostStatus) => <PostStatusTag status={v} /> },
                  { title: t('tech.org'), dataIndex: 'orgName' },
                  { title: t('tech.region'), dataIndex: 'regionName' },
                  { title: t('tech.updatedAt'), dataIndex: 'updatedAt', render: formatTime },
                ]}
              />
            ),
          },
          {
            key: 'listings',
            label: t('tech.allListings'),
            children: (
              <Table<Listing>
                rowKey="id"
                loading={listings.isFetching}
                dataSource={listings.data?.items ?? []}
                pagination={false}
                columns={[
                  { title: t('tech.title'), dataIndex: 'title' },
                  { title: t('tech.status'), dataIndex: 'status', render: (v: TechPostStatus) => <PostStatusTag status={v} /> },
                  { title: t('tech.org'), dataIndex: 'orgName' },
                  { title: t('tech.region'), dataIndex: 'regionName' },
                  { title: t('tech.updatedAt'), dataIndex: 'updatedAt', render: formatTime },
                ]}
              />
            ),
          },
        ]}
      />
    </Space>
  );
}
