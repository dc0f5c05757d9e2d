import { Button, Form, Input, Select, Space, Typography } from 'antd';
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
import { PagedTable } from '../components/paged-table';
import { usePagedList } from '../components/use-paged-list';
import { useLabel } from '../prefs/label';
import { hasPermission, useCurrentUser } from '../session/use-session';

const FILTERS = ['q', 'kind', 'status'] as const;

/** 机构管理: organisations in the jurisdiction; create, rename, disable and enable with org.manage. */
export function OrgsPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const canManage = hasPermission(useCurrentUser(), 'org.manage');
  const list = usePagedList({
    queryKey: queryKeys.orgs,
    filters: FILTERS,
    fetch: ({ filters, page, pageSize }) =>
      fetchOrgs({ q: filters.q, kind: ZOrgKind.safeParse(filters.kind).data, status: ZOrgStatus.safeParse(filters.status).data, page, pageSize }),
  });
  const [editing, setEditing] = useState<Org | null | 'new'>(null);
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
      <FilterBar values={list.filters} onSearch={list.setFilters}>
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
      <PagedTable
        list={list}
        scroll={{ x: 900 }}
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
