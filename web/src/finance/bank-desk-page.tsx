import { App, Button, Popconfirm, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FinanceProduct } from '@zhichan/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { delistProduct, fetchBankApplications, fetchMyProducts } from '../api/finance';
import { queryKeys } from '../api/query-keys';
import { DemoTag } from '../components/demo-tag';
import { useApiError } from '../components/use-api-error';
import { usePagedList } from '../components/use-paged-list';
import { usePreferences } from '../prefs/preferences';
import { ApplicationTable } from './application-table';
import { kindLabel, productStatusLabel, wan } from './labels';
import { ProductForm } from './product-form';

/** 银行工作台: the applications addressed to this bank with their clocks, and the bank's products. */
export function BankDeskPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const open = params.get('open') === '1';
  const list = usePagedList({
    queryKey: [...queryKeys.finance, 'bank', open],
    state: 'local',
    fetch: ({ page, pageSize }) => fetchBankApplications({ open: open ? '1' : undefined, page, pageSize }),
  });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('nav.bankDesk')}</Typography.Title>
      <Tabs
        items={[
          {
            key: 'queue',
            label: open ? t('fin.openQueue') : t('fin.allApplications'),
            children: (
              <>
                <Typography.Paragraph>{t('fin.bankIntro')}</Typography.Paragraph>
                <ApplicationTable list={list} show={{ enterprise: true }} />
              </>
            ),
          },
          { key: 'products', label: t('fin.myProducts'), children: <MyProducts /> },
        ]}
      />
    </Space>
  );
}

function MyProducts() {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  const { message } = App.useApp();
  const client = useQueryClient();
  const onError = useApiError();
  const [editing, setEditing] = useState<{ product: FinanceProduct | null } | null>(null);
  const q = useQuery({ queryKey: [...queryKeys.finance, 'my-products'], queryFn: () => fetchMyProducts({ pageSize: 200 }) });
  const delist = useMutation({
    mutationFn: (id: number) => delistProduct(id),
    onSuccess: () => {
      void message.success(t('fin.done'));
      void client.invalidateQueries({ queryKey: queryKeys.finance });
    },
    onError,
  });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Button type="primary" onClick={() => setEditing({ product: null })}>
        {t('fin.newProduct')}
      </Button>
      <Table
        rowKey="id"
        loading={q.isPending}
        dataSource={q.data?.items ?? []}
        scroll={{ x: 900 }}
        columns={[
          {
            title: t('fin.product'),
            key: 'name',
            render: (_, p: FinanceProduct) => (
              <>
                {p.name} <DemoTag isDemo={p.isDemo} />
              </>
            ),
          },
          { title: t('fin.kind'), key: 'kind', render: (_, p: FinanceProduct) => kindLabel(p.kind, lang) },
          { title: t('fin.amountRange'), key: 'amount', render: (_, p: FinanceProduct) => `${wan(p.amountMin, lang)} – ${wan(p.amountMax, lang)}` },
          { title: t('fin.rate'), dataIndex: 'rateText' },
          {
            title: t('fin.status'),
            key: 'status',
            render: (_, p: FinanceProduct) => (
              <>
                <Tag color={p.status === 'listed' ? 'green' : p.status === 'returned' ? 'orange' : 'default'}>{productStatusLabel(p.status, lang)}</Tag>
                {p.pendingVersion !== null && <Tag color="blue">{t('fin.versionPending', { v: p.pendingVersion })}</Tag>}
                {p.reviewNote && <div>{t('fin.reviewNote', { note: p.reviewNote })}</div>}
              </>
            ),
          },
          { title: t('fin.version'), dataIndex: 'version' },
          {
            title: t('fin.actions'),
            key: 'actions',
            render: (_, p: FinanceProduct) => (
              <Space>
                <Button onClick={() => setEditing({ product: p })} aria-label={t('fin.reviseNamed', { name: p.name })}>
                  {t('fin.revise')}
                </Button>
                {p.status !== 'delisted' && (
                  <Popconfirm title={t('fin.confirmDelist')} onConfirm={() => delist.mutate(p.id)}>
                    <Button danger aria-label={t('fin.delistNamed', { name: p.name })}>
                      {t('fin.delist')}
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      <ProductForm open={editing !== null} product={editing?.product ?? null} onClose={() => setEditing(null)} />
    </Space>
  );
}
