import { Form, Input, Select, Space, Tag, Typography } from 'antd';
import { enterpriseTagLabels, enterpriseTags, ZEnterpriseTag, ZOrgStatus } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchEnterprises } from '../api/enterprises';
import { queryKeys } from '../api/query-keys';
import { DemoTag } from '../components/demo-tag';
import { FilterBar } from '../components/filter-bar';
import { formatTime, orDash } from '../components/format';
import { RegionPicker } from '../components/region-picker';
import { StatusTag } from '../components/status-tag';
import { PagedTable } from '../components/paged-table';
import { usePagedList } from '../components/use-paged-list';
import { useLabel } from '../prefs/label';
import { useCurrentUser } from '../session/use-session';

const FILTERS = ['q', 'status', 'tag', 'regionCode'] as const;

/** 企业管理: enterprises in the jurisdiction, filtered by keyword, status, tag and region. */
export function EnterpriseListPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const user = useCurrentUser();
  const list = usePagedList({
    queryKey: [...queryKeys.enterprises, 'list'],
    filters: FILTERS,
    fetch: ({ filters, page, pageSize }) =>
      fetchEnterprises({
        q: filters.q,
        status: ZOrgStatus.safeParse(filters.status).data,
        tag: ZEnterpriseTag.safeParse(filters.tag).data,
        regionCode: filters.regionCode,
        page,
        pageSize,
      }),
  });
  const statuses = ZOrgStatus.options;
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('enterpriseList.title')}</Typography.Title>
      <FilterBar values={list.filters} onSearch={list.setFilters}>
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
      <PagedTable
        list={list}
        scroll={{ x: 1000 }}
        locale={{ emptyText: t('enterpriseList.empty') }}
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
