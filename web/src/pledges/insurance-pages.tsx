import { Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { insuranceKindLabels, insuranceKinds, type InsuranceKind } from '@zhichan/contract';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createPolicy, createSecuritization, fetchPolicies, fetchSecuritizations } from '../api/pledges';
import { queryKeys } from '../api/query-keys';
import { DemoTag } from '../components/demo-tag';
import { PagedTable } from '../components/paged-table';
import { useApiError } from '../components/use-api-error';
import { usePagedList } from '../components/use-paged-list';
import { usePreferences } from '../prefs/preferences';
import { useSession } from '../session/use-session';

const ids = (s: string | undefined) =>
  (s ?? '')
    .split(/[,，\s]+/)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);

interface PolicyValues {
  kind: InsuranceKind;
  policyNo: string;
  insuredOrgId: number;
  sumInsured: number;
  premium: number;
  period: [Dayjs, Dayjs];
  rights: string;
}

/** 知识产权保险: policies within the caller's reach (an insurer's own, an enterprise's as insured, the bureau's region). */
export function InsurancePage() {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  const session = useSession();
  const mayRecord = session.data?.user?.permissions.includes('insurance.record') ?? false;
  const list = usePagedList({
    queryKey: [...queryKeys.insurance, 'policies'],
    state: 'local',
    fetch: ({ page, pageSize }) => fetchPolicies({ page, pageSize }),
  });
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<PolicyValues>();
  const onError = useApiError(form);
  const client = useQueryClient();
  const kind = Form.useWatch('kind', form);
  const save = useMutation({
    mutationFn: (v: PolicyValues) =>
      createPolicy({
        kind: v.kind,
        policyNo: v.policyNo,
        insuredOrgId: v.insuredOrgId,
        sumInsured: v.sumInsured,
        premium: v.premium,
        startsOn: v.period[0].format('YYYY-MM-DD'),
        endsOn: v.period[1].format('YYYY-MM-DD'),
        patentIds: v.kind === 'trademark' ? [] : ids(v.rights),
        trademarkIds: v.kind === 'trademark' ? ids(v.rights) : [],
      }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: queryKeys.insurance });
      setOpen(false);
    },
    onError,
  });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <div className="page-heading">
        <Typography.Title level={1}>{t('insurance.policies')}</Typography.Title>
        {mayRecord && (
          <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setOpen(true)}>
            {t('insurance.record')}
          </Button>
        )}
      </div>
      <PagedTable
        list={list}
        pagination={{ showSizeChanger: false, showTotal: undefined }}
        columns={[
          {
            title: t('insurance.policyNo'),
            key: 'no',
            render: (_, p) => (
              <>
                {p.policyNo} <DemoTag isDemo={p.isDemo} />
              </>
            ),
          },
          { title: t('insurance.kind'), key: 'kind', render: (_, p) => insuranceKindLabels[p.kind][lang] },
          { title: t('insurance.insurer'), key: 'insurer', render: (_, p) => p.insurerName },
          { title: t('insurance.insured'), key: 'insured', render: (_, p) => p.insuredName },
          { title: t('insurance.sumInsured'), key: 'sum', render: (_, p) => p.sumInsured.toLocaleString('zh-CN') },
          { title: t('insurance.premium'), key: 'premium', render: (_, p) => p.premium.toLocaleString('zh-CN') },
          { title: t('insurance.period'), key: 'period', render: (_, p) => `${p.startsOn} — ${p.endsOn}` },
          { title: t('insurance.rights'), key: 'rights', render: (_, p) => p.rights.map((r) => r.number).join('、') },
          { title: t('insurance.claims'), key: 'claims', render: (_, p) => p.claims.length },
        ]}
      />
      <Modal
        open={open}
        title={t('insurance.record')}
        onCancel={() => setOpen(false)}
        onOk={() => void form.validateFields().then((v) => save.mutate(v))}
        confirmLoading={save.isPending}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" name="policy" initialValues={{ kind: 'patent_infringement_loss' }}>
          <Form.Item name="kind" label={t('insurance.kind')} rules={[{ required: true }]}>
            <Select options={insuranceKinds.map((k) => ({ value: k, label: insuranceKindLabels[k][lang] }))} />
          </Form.Item>
          <Form.Item name="policyNo" label={t('insurance.policyNo')} rules={[{ required: true, min: 2 }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="insuredOrgId" label={t('insurance.insuredId')} rules={[{ required: true }]}>
            <InputNumber min={1} precision={0} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="sumInsured" label={t('insurance.sumInsured')} rules={[{ required: true }]}>
            <InputNumber min={1} max={1e12} style={{ width: 240 }} />
          </Form.Item>
          <Form.Item name="premium" label={t('insurance.premium')} rules={[{ required: true }]}>
            <InputNumber min={1} max={1e12} style={{ width: 240 }} />
          </Form.Item>
          <Form.Item name="period" label={t('insurance.period')} rules={[{ required: true }]}>
            <DatePicker.RangePicker />
          </Form.Item>
          <Form.Item name="rights" label={kind === 'trademark' ? t('pledge.trademark') : t('insurance.patentIds')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}

interface DealValues {
  name: string;
  issuer: string;
  amount: number;
  issuedOn: Dayjs;
  originators: string;
  patents?: string;
  senior: number;
  junior?: number;
}

/** 知识产权证券化: deals of the bureau's region (recorded by it), or those an enterprise's rights entered. */
export function SecuritizationPage() {
  const { t } = useTranslation();
  const session = useSession();
  const user = session.data?.user;
  const mayRecord = user?.permissions.includes('utilization.review') ?? false;
  const list = usePagedList({
    queryKey: [...queryKeys.insurance, 'deals'],
    state: 'local',
    fetch: ({ page, pageSize }) => fetchSecuritizations({ page, pageSize }),
  });
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<DealValues>();
  const onError = useApiError(form);
  const client = useQueryClient();
  const save = useMutation({
    mutationFn: (v: DealValues) =>
      createSecuritization({
        name: v.name,
        issuer: v.issuer,
        regionCode: user?.org.regionCode ?? '',
        amount: v.amount,
        issuedOn: v.issuedOn.format('YYYY-MM-DD'),
        originatorOrgIds: ids(v.originators),
        patentIds: ids(v.patents),
        tranches: [{ name: '优先级', amount: v.senior }, ...(v.junior ? [{ name: '次级', amount: v.junior }] : [])],
      }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: queryKeys.insurance });
      setOpen(false);
    },
    onError,
  });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <div className="page-heading">
        <Typography.Title level={1}>{t('insurance.securitizations')}</Typography.Title>
        {mayRecord && (
          <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setOpen(true)}>
            {t('insurance.recordDeal')}
          </Button>
        )}
      </div>
      <PagedTable
        list={list}
        pagination={{ showSizeChanger: false, showTotal: undefined }}
        columns={[
          {
            title: t('insurance.dealName'),
            key: 'name',
            render: (_, d) => (
              <>
                {d.name} <DemoTag isDemo={d.isDemo} />
              </>
            ),
          },
          { title: t('insurance.issuer'), key: 'issuer', render: (_, d) => d.issuer },
          { title: t('insurance.dealAmount'), key: 'amount', render: (_, d) => d.amount.toLocaleString('zh-CN') },
          { title: t('insurance.issuedOn'), key: 'on', render: (_, d) => d.issuedOn },
          { title: t('insurance.originators'), key: 'orgs', render: (_, d) => d.originators.map((o) => o.name).join('、') },
          {
            title: t('insurance.tranches'),
            key: 'tranches',
            render: (_, d) => d.tranches.map((x) => `${x.name} ${x.amount.toLocaleString('zh-CN')}`).join('；'),
          },
        ]}
      />
      <Modal
        open={open}
        title={t('insurance.recordDeal')}
        onCancel={() => setOpen(false)}
        onOk={() => void form.validateFields().then((v) => save.mutate(v))}
        confirmLoading={save.isPending}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" name="deal">
          <Form.Item name="name" label={t('insurance.dealName')} rules={[{ required: true, min: 2 }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="issuer" label={t('insurance.issuer')} rules={[{ required: true, min: 2 }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="amount" label={t('insurance.dealAmount')} rules={[{ required: true }]}>
            <InputNumber min={1} max={1e12} style={{ width: 240 }} />
          </Form.Item>
          <Form.Item name="issuedOn" label={t('insurance.issuedOn')} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="senior" label={t('insurance.senior')} rules={[{ required: true }]}>
            <InputNumber min={1} max={1e12} style={{ width: 240 }} />
          </Form.Item>
          <Form.Item name="junior" label={t('insurance.junior')}>
            <InputNumber min={1} max={1e12} style={{ width: 240 }} />
          </Form.Item>
          <Form.Item name="originators" label={t('insurance.originators')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="patents" label={t('insurance.patentIds')}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
