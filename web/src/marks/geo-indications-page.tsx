import { Button, Form, Select, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { giKinds, ZGiKind, type ZGiList } from '@zhichan/contract';
import type { z } from 'zod';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchGeoIndications } from '../api/marks';
import { queryKeys } from '../api/query-keys';
import { DemoTag } from '../components/demo-tag';
import { FilterBar } from '../components/filter-bar';
import { orDash } from '../components/format';
import { RegionPicker } from '../components/region-picker';
import { PagedTable } from '../components/paged-table';
import { usePagedList } from '../components/use-paged-list';
import { GiCreateModal } from './gi-create-modal';
import { hasPermission, useCurrentUser } from '../session/use-session';

type Row = z.infer<typeof ZGiList>['items'][number];
const FILTERS = ['regionCode', 'kind'] as const;

/** 地理标志: geographical indications by region and kind; registry.manage may record a new one. */
export function GeoIndicationsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const canManage = hasPermission(user, 'registry.manage');
  const [creating, setCreating] = useState(false);
  const list = usePagedList({
    queryKey: [...queryKeys.geoIndications, 'list'],
    filters: FILTERS,
    fetch: ({ filters, page, pageSize }) => fetchGeoIndications({ regionCode: filters.regionCode, kind: ZGiKind.safeParse(filters.kind).data, page, pageSize }),
  });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <div className="page-heading">
        <Typography.Title level={1}>{t('gi.title')}</Typography.Title>
        {canManage && (
          <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setCreating(true)}>
            {t('gi.create')}
          </Button>
        )}
      </div>
      <FilterBar values={list.filters} onSearch={list.setFilters}>
        <Form.Item name="kind" label={t('gi.kind')}>
          <Select allowClear placeholder={t('common.all')} style={{ minWidth: 180 }} options={giKinds.map((k) => ({ value: k, label: t(`gi.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="regionCode" label={t('common.region')}>
          <RegionPicker rootParent={user.org.regionCode.length === 6 ? user.org.regionCode : undefined} />
        </Form.Item>
      </FilterBar>
      <PagedTable
        list={list}
        scroll={{ x: 1100 }}
        locale={{ emptyText: t('gi.empty') }}
        columns={[
          {
            title: t('gi.name'),
            dataIndex: 'name',
            render: (_: unknown, r) => (
              <>
                <Link to={`/geo-indications/${r.id}`}>{r.name}</Link> <DemoTag isDemo={r.isDemo} />
              </>
            ),
          },
          { title: t('gi.kind'), dataIndex: 'kind', render: (k: Row['kind']) => t(`gi.kinds.${k}`) },
          { title: t('gi.regNo'), dataIndex: 'regNo', render: (v: string | null) => <span className="mono">{orDash(v)}</span> },
          { title: t('common.region'), dataIndex: 'regionName' },
          { title: t('gi.holder'), dataIndex: 'holderName', render: orDash },
          { title: t('gi.approvedOn'), dataIndex: 'approvedOn', render: orDash },
          { title: t('gi.userCount'), dataIndex: 'authorisedUserCount', align: 'right' },
        ]}
      />
      {creating && <GiCreateModal onClose={() => setCreating(false)} />}
    </Space>
  );
}
