import { App, Button, Popconfirm, Space, Table, Tabs, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Demand, Listing } from '@zhichan/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchMyDemands, fetchMyListings, moveDemand, moveListing } from '../api/tech';
import { queryKeys } from '../api/query-keys';
import { formatTime } from '../components/format';
import { useApiError } from '../components/use-api-error';
import { DemandFormModal, ListingFormModal } from './post-forms';
import { PostStatusTag, PriceText } from './post-tags';
import { ListingDetails } from './supply-hall-page';

/** 我的供需: the organisation's listings and demands with their lifecycle actions. */
export function MyTechPage() {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('tech.mine')}</Typography.Title>
      <Tabs
        items={[
          { key: 'demands', label: t('tech.myDemands'), children: <MyDemands /> },
          { key: 'listings', label: t('tech.myListings'), children: <MyListings /> },
        ]}
      />
    </Space>
  );
}

function useMove<T>(fn: (id: number, action: 'publish' | 'close') => Promise<T>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const onError = useApiError();
  return useMutation({
    mutationFn: ({ id, action }: { id: number; action: 'publish' | 'close' }) => fn(id, action),
    onSuccess: (_, v) => {
      void message.success(v.action === 'publish' ? t('tech.published') : t('tech.closed'));
      void client.invalidateQueries({ queryKey: queryKeys.tech });
    },
    onError,
  });
}

function MyListings() {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Listing | 'new' | null>(null);
  const query = useQuery({ queryKey: [...queryKeys.tech, 'my-listings'], queryFn: () => fetchMyListings({ pageSize: 200 }) });
  const move = useMove(moveListing);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setEditing('new')}>
        {t('tech.newListing')}
      </Button>
      <Table<Listing>
        rowKey="id"
        loading={query.isFetching}
        dataSource={query.data?.items ?? []}
        locale={{ emptyText: t('tech.empty') }}
        pagination={false}
        expandable={{ expandedRowRender: (r) => <ListingDetails listing={r} /> }}
        columns={[
          { title: t('tech.title'), dataIndex: 'title' },
          { title: t('tech.status'), dataIndex: 'status', render: (s: Listing['status']) => <PostStatusTag status={s} /> },
          { title: t('tech.priceMode'), key: 'price', render: (_: unknown, r) => <PriceText mode={r.priceMode} price={r.price} /> },
          { title: t('tech.updatedAt'), dataIndex: 'updatedAt', render: formatTime },
          {
            title: '',
            key: 'actions',
            render: (_: unknown, r) => (
              <Space>
                {r.status !== 'closed' && <Button onClick={() => setEditing(r)}>{t('action.edit')}</Button>}
                {r.status === 'draft' && (
                  <Button type="primary" onClick={() => move.mutate({ id: r.id, action: 'publish' })}>
                    {t('tech.publish')}
                  </Button>
                )}
                {r.status !== 'closed' && (
                  <Popconfirm title={t('tech.confirmClose')} onConfirm={() => move.mutate({ id: r.id, action: 'close' })}>
                    <Button danger>{t('tech.close')}</Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      {editing && <ListingFormModal listing={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
    </Space>
  );
}

function MyDemands() {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Demand | 'new' | null>(null);
  const query = useQuery({ queryKey: [...queryKeys.tech, 'my-demands'], queryFn: () => fetchMyDemands({ pageSize: 200 }) });
  const move = useMove(moveDemand);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setEditing('new')}>
        {t('tech.newDemand')}
      </Button>
      <Table<Demand>
        rowKey="id"
        loading={query.isFetching}
        dataSource={query.data?.items ?? []}
        locale={{ emptyText: t('tech.empty') }}
        pagination={false}
        expandable={{ expandedRowRender: (r) => <Typography.Paragraph>{r.description}</Typography.Paragraph> }}
        columns={[
          { title: t('tech.title'), dataIndex: 'title' },
          { title: t('tech.status'), dataIndex: 'status', render: (s: Demand['status']) => <PostStatusTag status={s} /> },
          { title: t('tech.deadline'), dataIndex: 'deadline', render: (v: string | null) => v ?? '—' },
          {
            title: '',
            key: 'actions',
            render: (_: unknown, r) => (
              <Space>
                {r.status !== 'closed' && <Link to={`/tech/demands/${r.id}/matches`}>{t('tech.matches')}</Link>}
                {r.status !== 'closed' && <Button onClick={() => setEditing(r)}>{t('action.edit')}</Button>}
                {r.status === 'draft' && (
                  <Button type="primary" onClick={() => move.mutate({ id: r.id, action: 'publish' })}>
                    {t('tech.publish')}
                  </Button>
                )}
                {r.status !== 'closed' && (
                  <Popconfirm title={t('tech.confirmClose')} onConfirm={() => move.mutate({ id: r.id, action: 'close' })}>
                    <Button danger>{t('tech.close')}</Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      {editing && <DemandFormModal demand={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
    </Space>
  );
}
