import { Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { enterpriseTagLabels, enterpriseTags, ZEnterpriseTag, ZOrgStatus, type ZEnterpriseSummary } from '@zhichan/contract';
import type { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchEnterprises } from '../api/enterprises';
import { queryKeys } from '../api/query-keys';
import { DemoTag } from '../components/demo-tag';
import { FilterBar } from '../components/filter-bar';
import { formatTime, orDash } from '../components/format';
import { RegionPicker } from '../components/region-picker';
import { StatusTag } from '../components/status-tag';
import { useListParams } from '../components/use-list-params';
import { useLabel } from '../prefs/label';
import { useCurrentUser } from '../session/use-session';

type Row = z.infer<typeof ZEnterpriseSummary>;
const FILTERS = ['q', 'status', 'tag', 'regionCode'] as const;

/** 企业管理: enterprises in the jurisdiction, filtered by keyword, status, tag and region. */
export function EnterpriseListPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const user = useCurrentUser();
  const { filters, page, pageSize, setFilters, setPage } = useListParams(FILTERS);
  const status = ZOrgStatus.safeParse(filters.status).data;
  const tag = ZEnterpriseTag.safeParse(filters.tag).data;
  const query = useQuery({
    queryKey: [...queryKeys.enterprises, 'list', filters, page, pageSize],
    queryFn: () => fetchEnterprises({ q: filters.q, status, tag, regionCode: filters.regionCode, page, pageSize }),
    placeholderData: keepPreviousData,
  });
  const statuses = ZOrgStatus.options;
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('enterpriseList.title')}</Typography.Title>
      <FilterBar values={filters} onSearch={setFilters}>
        <Form.Item name="q" label={t('common.keyword')}>
          <Input placeholder={t('enterpriseList.keywordPlaceholder')} allowClear />
        </Form.Item>
        <Form.Item name="status" label={t('common.status')}>
          <Select
            allowClear
            placeholder={t('common.all')}
            style={{ minWidth: 120 }}
            options={statuses.map((s) => ({ value: s, label: t(`enterpriseStatus.${s}`) }))}
          />
        </Form.Item>
        <Form.Item name="tag" label={t('enterpriseList.tag')}>
          <Select
            allowClear
            placeholder={t('common.all')}
            style={{ minWidth: 160 }}
            options={enterpriseTags.map((g) => ({ value: g, label: label(enterpriseTagLabels[g]) }))}
          />
        </Form.Item>
        {user.org.regionCode.length === 6 && (
          <Form.Item name="regionCode" label={t('common.region')}>
            <RegionPicker rootParent={user.org.regionCode} />
          </Form.Item>
        )}
      </FilterBar>
      {query.isError && <Typography.Text type="danger">{query.error.message}</Typography.Text>}
      <Table<Row>
        rowKey="id"
        loading={query.isFetching}
        dataSource={query.data?.items ?? []}
        scroll={{ x: 1000 }}
        locale={{ emptyText: t('enterpriseList.empty') }}
        pagination={{
          current: page,
          pageSize,
          total: query.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
          onChange: setPage,
        }}
        columns={[
          {
            title: t('enterpriseList.name'),
            dataIndex: 'name',
            render: (_: unknown, r) => (
              <>
                <Link to={`/enterprises/${r.id}`}>{r.name}</Link> <DemoTag isDemo={r.isDemo} />
              </>
            ),
          },
          { title: t('enterpriseList.creditCode'), dataIndex: 'creditCode', render: (v: string) => <span className="mono">{v}</span> },
          { title: t('common.region'), dataIndex: 'regionName' },
          { title: t('enterpriseList.industry'), dataIndex: 'industry', render: orDash },
          {
            title: t('enterpriseList.tag'),
            dataIndex: 'tags',
            render: (_: unknown, r) => r.tags.map((g) => <Tag key={g}>{label(enterpriseTagLabels[g])}</Tag>),
          },
          { title: t('common.status'), dataIndex: 'status', render: (_: unknown, r) => <StatusTag status={r.status} /> },
          { title: t('enterpriseList.contactPhone'), dataIndex: 'contactPhone', render: orDash },
          { title: t('common.createdAt'), dataIndex: 'createdAt', render: formatTime },
        ]}
      />
    </Space>
  );
}
