import { App, Button, Card, DatePicker, Descriptions, Form, Input, Modal, Space, Table, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { messageText, subsidyBatchStatusLabels, subsidyStatusLabels, type SubsidyBatchDetail } from '@zhichan/contract';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { approveSubsidyBatch, disburseSubsidyBatch, fetchSubsidyBatch } from '../api/subsidies';
import { queryKeys } from '../api/query-keys';
import { formatTime, orDash } from '../components/format';
import { QueryState } from '../components/query-state';
import { useApiError } from '../components/use-api-error';
import { usePreferences } from '../prefs/preferences';
import { amountText } from './computation';

/** 贴息批次详情: its applications and amounts; 批准批次 (with the approval's number), then 登记拨付. */
export function SubsidyBatchPage() {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  const { message } = App.useApp();
  const id = Number(useParams().id);
  const client = useQueryClient();
  const query = useQuery({ queryKey: [...queryKeys.subsidies, 'batch', id], queryFn: () => fetchSubsidyBatch(id) });
  const [step, setStep] = useState<'approve' | 'disburse' | null>(null);
  const [form] = Form.useForm<{ approvalNo?: string; paidOn?: Dayjs; reference?: string }>();
  const onError = useApiError(form);
  const act = useMutation({
    mutationFn: (v: { approvalNo?: string; paidOn?: Dayjs; reference?: string }) =>
      step === 'approve'
        ? approveSubsidyBatch(id, v.approvalNo ?? '')
        : disburseSubsidyBatch(id, (v.paidOn ?? dayjs()).format('YYYY-MM-DD'), v.reference ?? ''),
    onSuccess: (r) => {
      const held = (r as Partial<SubsidyBatchDetail>).held?.length ?? 0;
      if (held > 0) void message.warning(t('subsidyHold.heldCount', { count: held }));
      else void message.success(t('subsidy.done'));
      void client.invalidateQueries({ queryKey: queryKeys.subsidies });
      setStep(null);
    },
    onError,
  });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <QueryState query={query}>
        {(b) => (
          <>
            <Typography.Title level={1}>{`${t('pageTitle.subsidyBatch')}：${b.name}`}</Typography.Title>
            <Space>
              {b.status === 'draft' && (
                <Button type="primary" onClick={() => setStep('approve')}>
                  {t('batch.approve')}
                </Button>
              )}
              {b.status === 'approved' && (
                <Button type="primary" onClick={() => setStep('disburse')}>
                  {t('batch.disburse')}
                </Button>
              )}
            </Space>
            <Card>
              <Descriptions
                column={{ xs: 1, md: 2 }}
                items={[
                  { key: 'status', label: t('batch.status'), children: subsidyBatchStatusLabels[b.status][lang] },
                  { key: 'no', label: t('batch.approvalNo'), children: orDash(b.approvalNo) },
                  { key: 'count', label: t('batch.count'), children: b.count },
                  { key: 'ent', label: t('batch.enterprises'), children: b.enterprises },
                  { key: 'total', label: t('batch.total'), children: amountText(b.total, '—') },
                  { key: 'paid', label: t('batch.paidTotal'), children: amountText(b.paidTotal, '—') },
                  { key: 'at', label: t('batch.createdAt'), children: formatTime(b.createdAt) },
                ]}
              />
            </Card>
            <Table
              rowKey="id"
              dataSource={b.applications}
              pagination={false}
              columns={[
                { title: t('subsidy.bank'), key: 'bank', render: (_, a) => <Link to={`/subsidies/applications/${a.id}`}>{a.bank}</Link> },
                { title: t('subsidy.enterprise'), key: 'org', render: (_, a) => a.enterprise.name },
                { title: t('subsidy.approvedAmount'), key: 'amount', render: (_, a) => amountText(a.approvedAmount, '—') },
                { title: t('subsidy.status'), key: 'status', render: (_, a) => subsidyStatusLabels[a.status][lang] },
                { title: t('subsidy.paid'), key: 'paid', render: (_, a) => (a.paid ? `${a.paid.paidOn} ${a.paid.reference}` : '—') },
              ]}
            />
            {b.held.length > 0 && (
              <Card>
                <Typography.Title level={2}>{t('subsidyHold.title')}</Typography.Title>
                <Typography.Paragraph>{t('subsidyHold.intro')}</Typography.Paragraph>
                <Table
                  rowKey="applicationId"
                  dataSource={b.held}
                  pagination={false}
                  columns={[
                    {
                      title: t('subsidy.enterprise'),
                      key: 'org',
                      render: (_, h) => <Link to={`/subsidies/applications/${h.applicationId}`}>{h.enterprise.name}</Link>,
                    },
                    { title: t('subsidyHold.reason'), key: 'reason', render: (_, h) => messageText({ code: h.code, params: h.params }, lang) },
                    { title: t('subsidyHold.heldAt'), key: 'at', render: (_, h) => formatTime(h.heldAt) },
                  ]}
                />
              </Card>
            )}
            <Modal open={step !== null} title={step ? t(`batch.${step}`) : ''} onCancel={() => setStep(null)} footer={null} destroyOnHidden>
              <Form form={form} layout="vertical" name="batch-step" onFinish={(v) => act.mutate(v)}>
                {step === 'approve' ? (
                  <Form.Item name="approvalNo" label={t('batch.approvalNo')} rules={[{ required: true }]}>
                    <Input maxLength={100} />
                  </Form.Item>
                ) : (
                  <>
                    <Form.Item name="paidOn" label={t('batch.paidOn')} rules={[{ required: true }]} initialValue={dayjs()}>
                      <DatePicker />
                    </Form.Item>
                    <Form.Item name="reference" label={t('batch.reference')} rules={[{ required: true }]}>
                      <Input maxLength={100} />
                    </Form.Item>
                  </>
                )}
                <Button type="primary" htmlType="submit" loading={act.isPending}>
                  {t('lpr.save')}
                </Button>
              </Form>
            </Modal>
          </>
        )}
      </QueryState>
    </Space>
  );
}
