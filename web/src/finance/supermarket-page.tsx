import { Button, Form, InputNumber, Modal, Select, Space, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { financeProductKinds, financeProductSorts, ZFinanceProductKind, type FinanceProduct } from '@zhichan/contract';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchCompare, fetchSupermarket } from '../api/finance';
import { queryKeys } from '../api/query-keys';
import { FilterBar } from '../components/filter-bar';
import { PagedTable } from '../components/paged-table';
import { RegionPicker } from '../components/region-picker';
import { DemoTag } from '../components/demo-tag';
import { usePagedList } from '../components/use-paged-list';
import { usePreferences } from '../prefs/preferences';
import { hasPermission, useSession } from '../session/use-session';
import { ApplyModal } from './apply-modal';
import { kindLabel, tagLabel, wan } from './labels';
import { PrecheckResult } from './precheck-tag';

const FILTERS = ['kind', 'region', 'amount', 'sort', 'eligibleOnly'] as const;

/**
 * 金融超市: listed products of banks, insurers and guarantors, filtered and sorted; for a signed-in enterprise each
 * says 符合/不符合 and why, with 申请; up to three can be compared side by side.
 */
export function SupermarketPage() {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  const session = useSession();
  const user = session.data?.user ?? null;
  const isEnterprise = hasPermission(user, 'enterprise.self');
  const [selected, setSelected] = useState<number[]>([]);
  const [comparing, setComparing] = useState(false);
  const [applying, setApplying] = useState<FinanceProduct | null>(null);
  const list = usePagedList({
    queryKey: [...queryKeys.finance, 'supermarket'],
    filters: FILTERS,
    fetch: ({ filters, page, pageSize }) =>
      fetchSupermarket({
        kind: ZFinanceProductKind.safeParse(filters.kind).data,
        region: filters.region,
        amount: filters.amount,
        sort: filters.sort,
        eligibleOnly: filters.eligibleOnly,
        page,
        pageSize,
      }),
  });
  const compare = useQuery({
    queryKey: [...queryKeys.finance, 'compare', selected],
    queryFn: () => fetchCompare(selected),
    enabled: comparing && selected.length > 0,
  });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('nav.financeSupermarket')}</Typography.Title>
      <Typography.Paragraph>{t('fin.supermarketIntro')}</Typography.Paragraph>
      <FilterBar values={list.filters} onSearch={(v) => list.setFilters(v)}>
        <Form.Item name="kind" label={t('fin.kind')}>
          <Select allowClear style={{ width: 200 }} options={financeProductKinds.map((k) => ({ value: k, label: kindLabel(k, lang) }))} />
        </Form.Item>
        <Form.Item name="region" label={t('fin.regionServed')}>
          <RegionPicker rootParent="370000" width={200} />
        </Form.Item>
        <Form.Item name="amount" label={t('fin.amountYuan')} getValueFromEvent={(v: number | null) => (v === null ? undefined : String(v))}>
          <InputNumber min={1} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="sort" label={t('fin.sort')}>
          <Select style={{ width: 140 }} options={financeProductSorts.map((s) => ({ value: s, label: t(`fin.sortBy.${s}`) }))} />
        </Form.Item>
        {isEnterprise && (
          <Form.Item name="eligibleOnly" label={t('fin.eligibleOnly')}>
            <Select
              allowClear
              style={{ width: 120 }}
              options={[
                { value: '1', label: t('fin.yes') },
                { value: '0', label: t('fin.no') },
              ]}
            />
          </Form.Item>
        )}
      </FilterBar>
      <Space>
        <Button disabled={selected.length < 2} onClick={() => setComparing(true)}>
          {t('fin.compare', { count: selected.length })}
        </Button>
        <Typography.Text type="secondary">{t('fin.compareHint')}</Typography.Text>
      </Space>
      <PagedTable
        list={list}
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => setSelected(keys.map(Number).slice(0, 3)),
          getCheckboxProps: (p: FinanceProduct) => ({
            disabled: !selected.includes(p.id) && selected.length >= 3,
            'aria-label': t('fin.selectToCompare', { name: p.name }),
          }),
        }}
        columns={[
          {
            title: t('fin.product'),
            key: 'name',
            render: (_, p: FinanceProduct) => (
              <>
                <Typography.Text strong>{p.name}</Typography.Text> <DemoTag isDemo={p.isDemo} />
                <div>
                  <Typography.Text type="secondary">{p.orgName}</Typography.Text>
                </div>
              </>
            ),
          },
          { title: t('fin.kind'), key: 'kind', render: (_, p: FinanceProduct) => kindLabel(p.kind, lang) },
          { title: t('fin.amountRange'), key: 'amount', render: (_, p: FinanceProduct) => `${wan(p.amountMin, lang)} – ${wan(p.amountMax, lang)}` },
          { title: t('fin.rate'), dataIndex: 'rateText' },
          { title: t('fin.term'), key: 'term', render: (_, p: FinanceProduct) => t('fin.months', { min: p.termMonthsMin, max: p.termMonthsMax }) },
          { title: t('fin.regionServed'), key: 'regions', render: (_, p: FinanceProduct) => p.regions.map((r) => r.name).join('、') },
          ...(isEnterprise
            ? [
                { title: t('fin.precheck'), key: 'precheck', render: (_: unknown, p: FinanceProduct) => <PrecheckResult precheck={p.precheck} /> },
                {
                  title: t('fin.actions'),
                  key: 'apply',
                  render: (_: unknown, p: FinanceProduct) => (
                    <Button type="primary" onClick={() => setApplying(p)} aria-label={t('fin.applyFor', { name: p.name })}>
                      {t('fin.apply')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <ApplyModal product={applying} onClose={() => setApplying(null)} />
      <Modal open={comparing} title={t('fin.compareTitle')} onCancel={() => setComparing(false)} footer={null} width={960} destroyOnHidden>
        <CompareTable products={compare.data?.items ?? []} loading={compare.isPending} />
      </Modal>
    </Space>
  );
}

/** Products side by side: one row per term, one column per product. */
function CompareTable({ products, loading }: { products: FinanceProduct[]; loading: boolean }) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  const rows: { key: string; label: string; values: (p: FinanceProduct) => ReactNode }[] = [
    { key: 'org', label: t('fin.lender'), values: (p) => p.orgName },
    { key: 'kind', label: t('fin.kind'), values: (p) => kindLabel(p.kind, lang) },
    { key: 'amount', label: t('fin.amountRange'), values: (p) => `${wan(p.amountMin, lang)} – ${wan(p.amountMax, lang)}` },
    { key: 'rate', label: t('fin.rate'), values: (p) => p.rateText },
    { key: 'term', label: t('fin.term'), values: (p) => t('fin.months', { min: p.termMonthsMin, max: p.termMonthsMax }) },
    { key: 'regions', label: t('fin.regionServed'), values: (p) => p.regions.map((r) => r.name).join('、') },
    {
      key: 'rules',
      label: t('fin.rules'),
      values: (p) => {
        const r = p.rules;
        const parts = [
          r.minInventionPatents ? t('fin.rule.minInventionPatents', { n: r.minInventionPatents }) : null,
          r.minHighValuePatents ? t('fin.rule.minHighValuePatents', { n: r.minHighValuePatents }) : null,
          r.requiredTags?.length ? t('fin.rule.requiredTags', { tags: r.requiredTags.map((x) => tagLabel(x, lang)).join('、') }) : null,
          r.noCreditListing ? t('fin.rule.noCreditListing') : null,
          r.ipcPrefixes?.length ? t('fin.rule.ipcPrefixes', { ipc: r.ipcPrefixes.join('、') }) : null,
          r.minYearsEstablished ? t('fin.rule.minYearsEstablished', { n: r.minYearsEstablished }) : null,
        ].filter(Boolean);
        return parts.length > 0 ? parts.join('；') : t('fin.rule.none');
      },
    },
    { key: 'precheck', label: t('fin.precheck'), values: (p) => <PrecheckResult precheck={p.precheck} /> },
  ];
  return (
    <Table
      loading={loading}
      pagination={false}
      rowKey="key"
      scroll={{ x: 900 }}
      dataSource={rows}
      columns={[
        { title: t('fin.item'), dataIndex: 'label', key: 'label' },
        ...products.map((p) => ({ title: p.name, key: String(p.id), render: (_: unknown, row: (typeof rows)[number]) => row.values(p) })),
      ]}
    />
  );
}

/** The supermarket outside the app (no sign-in needed). */
export function PublicSupermarketPage() {
  return <SupermarketPage />;
}
