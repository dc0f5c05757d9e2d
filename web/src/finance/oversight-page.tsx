import { App, Button, Card, Descriptions, Form, Input, Modal, Popconfirm, Space, Statistic, Table, Tabs, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FinanceOversight, FinanceProduct } from '@zhichan/contract';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { approveProduct, fetchOversight, fetchOverseenApplications, fetchProductReview, returnProduct } from '../api/finance';
import { queryKeys } from '../api/query-keys';
import { EChart } from '../charts/echart';
import type { ChartOption } from '../charts/echarts-setup';
import { DemoTag } from '../components/demo-tag';
import { useApiError } from '../components/use-api-error';
import { usePagedList } from '../components/use-paged-list';
import { usePreferences } from '../prefs/preferences';
import { ApplicationTable } from './application-table';
import { PledgeFigures } from './pledge-figures';
import { kindLabel, tagLabel, wan } from './labels';

type FunnelRow = FinanceOversight['byBank'][number];

/** 融资监管 (bureau): the funnel per bank and county, the median working days to disbursement, applications and product review. */
export function FinanceOversightPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'funnel';
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('nav.financeOversight')}</Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams({ tab: k })}
        items={[
          { key: 'funnel', label: t('fin.funnelTab'), children: <Funnel /> },
          { key: 'pledges', label: t('finChain.pledges'), children: <PledgeFigures /> },
          { key: 'applications', label: t('fin.applicationsTab'), children: <Applications /> },
          { key: 'products', label: t('fin.productReviewTab'), children: <ProductReview /> },
        ]}
      />
    </Space>
  );
}

function funnelOption(rows: FunnelRow[], labels: string[], large: boolean): ChartOption {
  const font = large ? 16 : 12;
  const keys = ['applied', 'accepted', 'approved', 'disbursed'] as const;
  return {
    tooltip: { trigger: 'axis' },
    legend: { data: labels, textStyle: { fontSize: font } },
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: rows.map((r) => r.name), axisLabel: { fontSize: font, interval: 0, rotate: rows.length > 4 ? 30 : 0 } },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: font } },
    series: keys.map((k, i) => ({ type: 'bar', name: labels[i], data: rows.map((r) => r[k]) })),
  } as ChartOption;
}

function FunnelCard({ title, rows }: { title: string; rows: FunnelRow[] }) {
  const { t } = useTranslation();
  const { elderMode } = usePreferences();
  const labels = [t('fin.funnel.applied'), t('fin.funnel.accepted'), t('fin.funnel.approved'), t('fin.funnel.disbursed')];
  const option = useMemo(() => funnelOption(rows, labels, elderMode), [rows, labels.join(), elderMode]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <Card title={<h2 className="card-title">{title}</h2>}>
      {rows.length > 0 && <EChart option={option} height={elderMode ? 380 : 300} label={title} />}
      <Table
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={rows}
        scroll={{ x: 900 }}
        columns={[
          { title: t('fin.name'), dataIndex: 'name' },
          { title: labels[0], dataIndex: 'applied' },
          { title: labels[1], dataIndex: 'accepted' },
          { title: labels[2], dataIndex: 'approved' },
          { title: labels[3], dataIndex: 'disbursed' },
        ]}
      />
    </Card>
  );
}

function Funnel() {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: [...queryKeys.finance, 'oversight'], queryFn: () => fetchOversight({}) });
  const d = q.data;
  if (q.isError)
    return (
      <Typography.Text type="danger" role="alert">
        {q.error.message}
      </Typography.Text>
    );
  if (!d) return null;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap size="large">
        <Statistic title={t('fin.funnel.applied')} value={d.total.applied} />
        <Statistic title={t('fin.funnel.accepted')} value={d.total.accepted} />
        <Statistic title={t('fin.funnel.approved')} value={d.total.approved} />
        <Statistic title={t('fin.funnel.disbursed')} value={d.total.disbursed} />
        <Statistic
          title={t('fin.medianDays')}
          value={d.medianWorkingDays === null ? '—' : d.medianWorkingDays}
          suffix={d.medianWorkingDays === null ? undefined : t('fin.workingDays')}
        />
        <Statistic title={t('fin.overdueSteps')} value={d.overdue} />
      </Space>
      {d.medianWorkingDays === null && <Typography.Text type="secondary">{t('fin.medianNone')}</Typography.Text>}
      <FunnelCard title={t('fin.byBank')} rows={d.byBank} />
      <FunnelCard title={t('fin.byCounty')} rows={d.byCounty} />
    </Space>
  );
}

function Applications() {
  const list = usePagedList({
    queryKey: [...queryKeys.finance, 'overseen'],
    state: 'local',
    fetch: ({ page, pageSize }) => fetchOverseenApplications({ page, pageSize }),
  });
  return <ApplicationTable list={list} show={{ enterprise: true, bank: true }} />;
}

function ProductReview() {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<{ reason: string }>();
  const onError = useApiError(form);
  const [returning, setReturning] = useState<FinanceProduct | null>(null);
  const q = useQuery({ queryKey: [...queryKeys.finance, 'product-review'], queryFn: () => fetchProductReview({ pageSize: 200 }) });
  const done = () => {
    void message.success(t('fin.done'));
    void client.invalidateQueries({ queryKey: queryKeys.finance });
    setReturning(null);
  };
  const approve = useMutation({ mutationFn: (id: number) => approveProduct(id), onSuccess: done, onError });
  const ret = useMutation({ mutationFn: (v: { reason: string }) => returnProduct(returning?.id ?? 0, v.reason), onSuccess: done, onError });
  return (
    <>
      <Table
        rowKey="id"
        loading={q.isPending}
        dataSource={q.data?.items ?? []}
        scroll={{ x: 900 }}
        expandable={{
          expandedRowRender: (p: FinanceProduct) => (
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('fin.regionServed')}>{p.regions.map((r) => r.name).join('、')}</Descriptions.Item>
              <Descriptions.Item label={t('fin.rules')}>
                {[
                  p.rules.minInventionPatents ? t('fin.rule.minInventionPatents', { n: p.rules.minInventionPatents }) : null,
                  p.rules.minHighValuePatents ? t('fin.rule.minHighValuePatents', { n: p.rules.minHighValuePatents }) : null,
                  p.rules.requiredTags?.length ? t('fin.rule.requiredTags', { tags: p.rules.requiredTags.map((x) => tagLabel(x, lang)).join('、') }) : null,
                  p.rules.noCreditListing ? t('fin.rule.noCreditListing') : null,
                ]
                  .filter(Boolean)
                  .join('；') || t('fin.rule.none')}
              </Descriptions.Item>
              <Descriptions.Item label={t('fin.description')}>{p.description || '—'}</Descriptions.Item>
            </Descriptions>
          ),
        }}
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
          { title: t('fin.lender'), dataIndex: 'orgName' },
          { title: t('fin.kind'), key: 'kind', render: (_, p: FinanceProduct) => kindLabel(p.kind, lang) },
          { title: t('fin.amountRange'), key: 'amount', render: (_, p: FinanceProduct) => `${wan(p.amountMin, lang)} – ${wan(p.amountMax, lang)}` },
          { title: t('fin.rate'), dataIndex: 'rateText' },
          { title: t('fin.version'), key: 'v', render: (_, p: FinanceProduct) => t('fin.versionPending', { v: p.pendingVersion ?? '—' }) },
          {
            title: t('fin.actions'),
            key: 'actions',
            render: (_, p: FinanceProduct) => (
              <Space>
                <Popconfirm title={t('fin.confirmList')} onConfirm={() => approve.mutate(p.id)}>
                  <Button type="primary" aria-label={t('fin.listNamed', { name: p.name })}>
                    {t('fin.list')}
                  </Button>
                </Popconfirm>
                <Button onClick={() => setReturning(p)} aria-label={t('fin.returnNamed', { name: p.name })}>
                  {t('fin.return')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={returning !== null}
        title={t('fin.returnProduct')}
        onCancel={() => setReturning(null)}
        onOk={() => void form.validateFields().then((v) => ret.mutate(v))}
        confirmLoading={ret.isPending}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" name="return-product">
          <Form.Item name="reason" label={t('fin.reason')} rules={[{ required: true, min: 2 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
