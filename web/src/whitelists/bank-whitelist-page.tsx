import { App, Button, Form, Input, InputNumber, Modal, Select, Space, Typography, Upload, type UploadProps } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { whitelistOutcomeLabels, whitelistOutcomes, type WhitelistEntry, type WhitelistOutcome } from '@zhichan/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { fetchPushedEntries, fetchPushedWhitelist, pushedExportUrl, sendFeedback, uploadFeedback, whitelistKeys } from '../api/whitelists';
import { PageSpinner } from '../components/page-spinner';
import { PagedTable } from '../components/paged-table';
import { usePagedList } from '../components/use-paged-list';
import { useApiError } from '../components/use-api-error';
import { useLabel } from '../prefs/label';
import { FeedbackText, Reasons, VersionText } from './parts';

interface FeedbackForm {
  outcome: WhitelistOutcome;
  amount?: number;
  reason?: string;
}

/** A white list pushed to the caller's bank: its enterprises with the reasons, and the bank's feedback per enterprise (form or Excel). */
export function BankWhitelistPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const id = Number(useParams().id);
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<FeedbackForm>();
  const onError = useApiError(form);
  const onUploadError = useApiError();
  const [reporting, setReporting] = useState<WhitelistEntry | null>(null);
  const outcome = Form.useWatch('outcome', form);
  const list = useQuery({ queryKey: [...whitelistKeys, 'pushed', id], queryFn: () => fetchPushedWhitelist(id) });
  const entries = usePagedList({
    queryKey: [...whitelistKeys, 'pushed', id, 'entries'],
    state: 'local',
    fetch: ({ page, pageSize }) => fetchPushedEntries(id, { page, pageSize }),
  });
  const send = useMutation({
    mutationFn: (v: FeedbackForm) =>
      sendFeedback(id, {
        orgId: reporting?.orgId ?? 0,
        outcome: v.outcome,
        ...(v.outcome === 'granted' ? { amount: v.amount } : {}),
        ...(v.reason ? { reason: v.reason } : {}),
      }),
    onSuccess: () => {
      void message.success(t('wl.done'));
      void client.invalidateQueries({ queryKey: whitelistKeys });
      setReporting(null);
      form.resetFields();
    },
    onError,
  });
  const customRequest: UploadProps['customRequest'] = ({ file, onSuccess, onError: failed }) => {
    if (!(file instanceof File)) return;
    uploadFeedback(id, file).then(
      (r) => {
        onSuccess?.(r);
        void message.success(t('wl.uploaded', { n: r.recorded }));
        void client.invalidateQueries({ queryKey: whitelistKeys });
      },
      (err: unknown) => {
        failed?.(err instanceof Error ? err : new Error(String(err)));
        onUploadError(err);
      },
    );
  };
  if (!list.data) return list.isError ? <Typography.Text type="danger">{list.error.message}</Typography.Text> : <PageSpinner />;
  const l = list.data;
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>
        {l.title} <VersionText list={l} />
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('wl.bankIntro')}</Typography.Paragraph>
      <Space wrap>
        <Button icon={<DownloadOutlined aria-hidden="true" />} href={pushedExportUrl(id)}>
          {t('wl.download')}
        </Button>
        <Upload accept=".xlsx" multiple={false} maxCount={1} showUploadList={false} customRequest={customRequest}>
          <Button icon={<UploadOutlined aria-hidden="true" />}>{t('wl.upload')}</Button>
        </Upload>
      </Space>
      <PagedTable
        list={entries}
        rowKey="orgId"
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('wl.enterprise'), dataIndex: 'name' },
          { title: t('wl.creditCode'), key: 'code', render: (_: unknown, e: WhitelistEntry) => e.creditCode ?? '—' },
          { title: t('wl.figures'), key: 'fig', render: (_: unknown, e: WhitelistEntry) => `${e.figures.effectiveInventions} / ${e.figures.highValue}` },
          { title: t('wl.reasons'), key: 'reasons', render: (_: unknown, e: WhitelistEntry) => <Reasons entry={e} /> },
          {
            title: t('wl.feedback'),
            key: 'feedback',
            render: (_: unknown, e: WhitelistEntry) => (e.feedback[0] ? <FeedbackText f={e.feedback[0]} /> : t('wl.noFeedback')),
          },
          {
            title: '',
            key: 'act',
            render: (_: unknown, e: WhitelistEntry) => (
              <Button size="small" onClick={() => setReporting(e)} aria-label={`${t('wl.report')}：${e.name}`}>
                {t('wl.report')}
              </Button>
            ),
          },
        ]}
      />
      <Modal
        open={reporting !== null}
        title={`${t('wl.report')}：${reporting?.name ?? ''}`}
        onCancel={() => setReporting(null)}
        onOk={() => form.submit()}
        confirmLoading={send.isPending}
      >
        <Form<FeedbackForm> form={form} layout="vertical" onFinish={(v) => send.mutate(v)}>
          <Form.Item name="outcome" label={t('wl.outcome')} rules={[{ required: true }]}>
            <Select options={whitelistOutcomes.map((o) => ({ value: o, label: label(whitelistOutcomeLabels[o]) }))} />
          </Form.Item>
          {outcome === 'granted' && (
            <Form.Item name="amount" label={t('wl.amount')} rules={[{ required: true }]}>
              <InputNumber min={1} max={1e12} style={{ width: '100%' }} />
            </Form.Item>
          )}
          <Form.Item name="reason" label={t('wl.reason')} rules={outcome === 'declined' ? [{ required: true, min: 2 }] : []}>
            <Input maxLength={200} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
