import { Form, Input, Space, Table, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Demand } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { fetchDemands } from '../api/tech';
import { queryKeys } from '../api/query-keys';
import { DemoTag } from '../components/demo-tag';
import { FilterBar } from '../components/filter-bar';
import { orDash } from '../components/format';
import { useListParams } from '../components/use-list-params';

const FILTERS = ['q', 'field'] as const;

/** 需求大厅: published technology demands, public; searchable by keyword and field. */
export function DemandHallPage() {
  const { t } = useTranslation();
  const { filters, page, pageSize, setFilters, setPage } = useListParams(FILTERS);
  const query = useQuery({
    queryKey: [...queryKeys.tech, 'demands', filters, page, pageSize],
    queryFn: () => fetchDemands({ ...filters, page, pageSize }),
    placeholderData: keepPreviousData,
  });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('tech.demandHall')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('tech.demandHallIntro')}</Typography.Paragraph>
      <FilterBar values={filters} onSearch={setFilters}>
        <Form.Item name="q" label={t('common.keyword')}>
          <Input allowClear />
        </Form.Item>
        <Form.Item name="field" label={t('tech.field')}>
          <Input allowClear />
        </Form.Item>
      </FilterBar>
      {query.isError && <Typography.Text type="danger">{query.error.message}</Typography.Text>}
      <Table<Demand>
        rowKey="id"
        loading={query.isFetching}
        dataSource={query.data?.items ?? []}
        locale={{ emptyText: t('tech.empty') }}
        expandable={{ expandedRowRender: (r) => <Typography.Paragraph>{r.description}</Typography.Paragraph> }}
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
          { title: t('tech.ipcHints'), dataIndex: 'ipcHints', render: (v: string[]) => <span className="mono">{v.join('、') || '—'}</span> },
          { title: t('tech.budget'), dataIndex: 'budget', align: 'right', render: (v: number | null) => (v === null ? '—' : v.toLocaleString('zh-CN')) },
          { title: t('tech.deadline'), dataIndex: 'deadline', render: orDash },
          { title: t('tech.org'), dataIndex: 'orgName' },
          { title: t('tech.region'), dataIndex: 'regionName' },
        ]}
      />
    </Space>
  );
}
