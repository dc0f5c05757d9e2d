import { App, Button, Descriptions, Form, Input, Modal, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FinanceConsent, FinanceProduct } from '@zhichan/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchConsents, fetchMyApplications, fetchPrecheck, revokeConsent } from '../api/finance';
import { queryKeys } from '../api/query-keys';
import { DemoTag } from '../components/demo-tag';
import { formatTime, orDash } from '../components/format';
import { useApiError } from '../components/use-api-error';
import { usePagedList } from '../components/use-paged-list';
import { usePreferences } from '../prefs/preferences';
import { ApplyModal } from './apply-modal';
import { ApplicationTable } from './application-table';
import { kindLabel, tagLabel, wan } from './labels';
import { PrecheckResult } from './precheck-tag';
import { MyPledgesTab, MyPoliciesTab, MySubsidiesTab } from './my-finance-more';

/** 我的融资 (enterprise): the pre-check against every product serving it, its applications and its consents. */
export function MyFinancePage() {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('nav.myFinance')}</Typography.Title>
      <Tabs
        items={[
          { key: 'precheck', label: t('fin.precheckTab'), children: <PrecheckTab /> },
          { key: 'applications', label: t('fin.applicationsTab'), children: <MyApplications /> },
          { key: 'consents', label: t('fin.consentsTab'), children: <Consents /> },
          { key: 'pledges', label: t('finChain.myPledges'), children: <MyPledgesTab /> },
          { key: 'insurance', label: t('finChain.myPolicies'), children: <MyPoliciesTab /> },
          { key: 'subsidies', label: t('finChain.mySubsidies'), children: <MySubsidiesTab /> },
        ]}
      />
    </Space>
  );
}

function PrecheckTab() {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  const [applying, setApplying] = useState<FinanceProduct | null>(null);
  const q = useQuery({ queryKey: [...queryKeys.finance, 'precheck'], queryFn: fetchPrecheck });
  const f = q.data?.figures;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Paragraph>{t('fin.precheckIntro')}</Typography.Paragraph>
      {q.isError && (
        <Typography.Text type="danger" role="alert">
          {q.error.message}
        </Typography.Text>
      )}
      <Descriptions bordered size="small" column={{ xs: 1, md: 3 }} title={<h2 className="card-title">{t('fin.myFigures')}</h2>}>
        <Descriptions.Item label={t('fin.fig.inventionPatents')}>{f ? t('fin.pieces', { n: f.inventionPatents }) : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('fin.fig.highValuePatents')}>{f ? t('fin.pieces', { n: f.highValuePatents }) : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('fin.fig.tags')}>{f && f.tags.length > 0 ? f.tags.map((x) => tagLabel(x, lang)).join('、') : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('fin.fig.credit')}>
          {f?.creditListed === null || f === undefined ? '—' : f.creditListed ? t('fin.fig.listed') : t('fin.fig.notListed')}
        </Descriptions.Item>
        <Descriptions.Item label={t('fin.fig.years')}>
          {f?.yearsEstablished === null || f === undefined ? t('fin.fig.noDate') : t('fin.years', { n: f.yearsEstablished })}
        </Descriptions.Item>
        <Descriptions.Item label={t('fin.fig.ipc')}>{f && f.ipcClasses.length > 0 ? f.ipcClasses.join('、') : '—'}</Descriptions.Item>
      </Descriptions>
      <Table
        rowKey="id"
        loading={q.isPending}
        dataSource={q.data?.items ?? []}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        scroll={{ x: 900 }}
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
          { title: t('fin.precheck'), key: 'precheck', render: (_, p: FinanceProduct) => <PrecheckResult precheck={p.precheck} /> },
          {
            title: t('fin.actions'),
            key: 'apply',
            render: (_, p: FinanceProduct) => (
              <Button type={p.precheck?.eligible ? 'primary' : 'default'} onClick={() => setApplying(p)} aria-label={t('fin.applyFor', { name: p.name })}>
                {t('fin.apply')}
              </Button>
            ),
          },
        ]}
      />
      <ApplyModal product={applying} onClose={() => setApplying(null)} />
    </Space>
  );
}

function MyApplications() {
  const list = usePagedList({
    queryKey: [...queryKeys.finance, 'mine'],
    state: 'local',
    fetch: ({ page, pageSize }) => fetchMyApplications({ page, pageSize }),
  });
  return <ApplicationTable list={list} show={{ bank: true }} />;
}

function Consents() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<{ reason: string }>();
  const onError = useApiError(form);
  const [revoking, setRevoking] = useState<FinanceConsent | null>(null);
  const q = useQuery({ queryKey: [...queryKeys.finance, 'consents'], queryFn: fetchConsents });
  const revoke = useMutation({
    mutationFn: (v: { reason: string }) => revokeConsent(revoking?.id ?? 0, v.reason),
    onSuccess: () => {
      void message.success(t('fin.consentRevoked'));
      void client.invalidateQueries({ queryKey: queryKeys.finance });
      setRevoking(null);
    },
    onError,
  });
  return (
    <>
      <Typography.Paragraph>{t('fin.consentsIntro')}</Typography.Paragraph>
      <Table
        rowKey="id"
        loading={q.isPending}
        dataSource={q.data?.items ?? []}
        scroll={{ x: 900 }}
        columns={[
          {
            title: t('fin.applicationNo'),
            key: 'app',
            render: (_, c: FinanceConsent) => <Link to={`/finance/applications/${c.applicationId}`}>{t('fin.applicationRef', { id: c.applicationId })}</Link>,
          },
          { title: t('fin.lender'), dataIndex: 'bankName' },
          { title: t('fin.product'), dataIndex: 'productName' },
          { title: t('fin.grantedAt'), key: 'granted', render: (_, c: FinanceConsent) => formatTime(c.grantedAt) },
          {
            title: t('fin.status'),
            key: 'status',
            render: (_, c: FinanceConsent) =>
              c.revokedAt ? (
                <Tag>{t('fin.revokedOn', { at: formatTime(c.revokedAt), reason: orDash(c.revokeReason) })}</Tag>
              ) : (
                <Tag color="green">{t('fin.consentInForce')}</Tag>
              ),
          },
          {
            title: t('fin.actions'),
            key: 'revoke',
            render: (_, c: FinanceConsent) =>
              c.revokedAt ? null : (
                <Button danger onClick={() => setRevoking(c)} aria-label={t('fin.revokeFor', { bank: c.bankName, id: c.applicationId })}>
                  {t('fin.revoke')}
                </Button>
              ),
          },
        ]}
      />
      <Modal
        open={revoking !== null}
        title={t('fin.revokeTitle')}
        onCancel={() => setRevoking(null)}
        onOk={() => void form.validateFields().then((v) => revoke.mutate(v))}
        confirmLoading={revoke.isPending}
        destroyOnHidden
      >
        <Typography.Paragraph>{t('fin.revokeIntro')}</Typography.Paragraph>
        <Form form={form} layout="vertical" name="revoke">
          <Form.Item name="reason" label={t('fin.reason')} rules={[{ required: true, min: 2 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
