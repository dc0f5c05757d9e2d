import { Button, Form, Input, Select, Space, Table, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { orgKindLabels, orgKinds, ZOrgKind, ZOrgStatus, type Org } from '@zhichan/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchOrgs } from '../api/orgs';
import { queryKeys } from '../api/query-keys';
import { OrgActions } from './org-actions';
import { OrgFormModal } from './org-form-modal';
import { DemoTag } from '../components/demo-tag';
import { FilterBar } from '../components/filter-bar';
import { formatTime } from '../components/format';
import { StatusTag } from '../components/status-tag';
import { useListParams } from '../components/use-list-params';
import { useLabel } from '../prefs/label';
import { hasPermission, useCurrentUser } from '../session/use-session';

const FILTERS = ['q', 'kind', 'status'] as const;

/** 机构管理: organisations in the jurisdiction; create, rename, disable and enable with org.manage. */
export function OrgsPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const canManage = hasPermission(useCurrentUser(), 'org.manage');
  const { filters, page, pageSize, setFilters, setPage } = useListParams(FILTERS);
  const [editing, setEditing] = useState<Org | null | 'new'>(null);
  const query = useQuery({
    queryKey: [...queryKeys.orgs, filters, page, pageSize],
    queryFn: () => fetchOrgs({ q: filters.q, kind: ZOrgKind.safeParse(filters.kind).data, status: ZOrgStatus.safeParse(filters.status).data, page, pageSize }),
    placeholderData: keepPreviousData,
  });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <div className="page-heading">
        <Typography.Title level={1}>{t('orgs.title')}</Typography.Title>
        {canManage && (
          <Button type="primary" onClick={() => setEditing('new')}>
            {t('orgs.create')}
          </Button>
        )}
      </div>
      <FilterBar values={filters} onSearch={setFilters}>
        <Form.Item name="q" label={t('common.keyword')}>
          <Input allowClear />
        </Form.Item>
        <Form.Item name="kind" label={t('orgs.kind')}>
          <Select
            allowClear
            placeholder={t('common.all')}
            style={{ minWidth: 180 }}
            options={orgKinds.map((k) => ({ value: k, label: label(orgKindLabels[k]) }))}
          />
        </Form.Item>
        <Form.Item name="status" label={t('common.status')}>
          <Select
            allowClear
            placeholder={t('common.all')}
            style={{ minWidth: 120 }}
            options={ZOrgStatus.options.map((s) => ({ value: s, label: t(`orgStatus.${s}`) }))}
          />
        </Form.Item>
      </FilterBar>
      {query.isError && <Typography.Text type="danger">{query.error.message}</Typography.Text>}
      <Table<Org>
        rowKey="id"
        loading={query.isFetching}
        dataSource={query.data?.items ?? []}
        scroll={{ x: 900 }}
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
            title: t('orgs.name'),
            dataIndex: 'name',
            render: (_: unknown, r) => (
              <>
                {r.name} <DemoTag isDemo={r.isDemo} />
              </>
            ),
          },
          { title: t('orgs.kind'), dataIndex: 'kind', render: (_: unknown, r) => label(orgKindLabels[r.kind]) },
          { title: t('orgs.region'), dataIndex: 'regionName' },
          { title: t('common.status'), dataIndex: 'status', render: (_: unknown, r) => <StatusTag kind="org" status={r.status} /> },
          { title: t('common.createdAt'), dataIndex: 'createdAt', render: formatTime },
          ...(canManage
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 150,
                  render: (_: unknown, r: Org) => <OrgActions org={r} onEdit={() => setEditing(r)} />,
                },
              ]
            : []),
        ]}
      />
      {editing !== null && <OrgFormModal open org={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Space>
  );
}
