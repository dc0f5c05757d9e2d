import { Form, Input, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fetchDemands } from '../api/tech';
import { queryKeys } from '../api/query-keys';
import { DemoTag } from '../components/demo-tag';
import { FilterBar } from '../components/filter-bar';
import { orDash } from '../components/format';
import { PagedTable } from '../components/paged-table';
import { usePagedList } from '../components/use-paged-list';
import { HallContactButton } from './hall-contact';

const FILTERS = ['q', 'field'] as const;

/** 需求大厅: published technology demands, public; searchable by keyword and field. */
export function DemandHallPage() {
  const { t } = useTranslation();
  const list = usePagedList({
    queryKey: [...queryKeys.tech, 'demands'],
    filters: FILTERS,
    fetch: ({ filters, page, pageSize }) => fetchDemands({ ...filters, page, pageSize }),
  });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('tech.demandHall')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('tech.demandHallIntro')}</Typography.Paragraph>
      <FilterBar values={list.filters} onSearch={list.setFilters}>
        <Form.Item name="q" label={t('common.keyword')}>
          <Input allowClear />
        </Form.Item>
        <Form.Item name="field" label={t('tech.field')}>
          <Input allowClear />
        </Form.Item>
      </FilterBar>
      <PagedTable
        list={list}
        locale={{ emptyText: t('tech.empty') }}
        expandable={{ expandedRowRender: (r) => <Typography.Paragraph>{r.description}</Typography.Paragraph> }}
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
          { title: t('tech.ipcHints'), dataIndex: 'ipcHints', render: (v: string[]) => <span className="mono">{v.join('、') || '—'}</span> },
          { title: t('tech.budget'), dataIndex: 'budget', align: 'right', render: (v: number | null) => (v === null ? '—' : v.toLocaleString('zh-CN')) },
          { title: t('tech.deadline'), dataIndex: 'deadline', render: orDash },
          { title: t('tech.org'), dataIndex: 'orgName' },
          { title: t('tech.region'), dataIndex: 'regionName' },
          {
            title: t('tech.contactColumn'),
            key: 'contact',
            render: (_: unknown, r) => <HallContactButton posting={{ kind: 'demand', id: r.id, title: r.title, mine: r.mine }} />,
          },
        ]}
      />
    </Space>
  );
}
