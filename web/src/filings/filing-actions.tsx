import { App, Button, Form, Input, Modal, Popconfirm, Space } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Filing } from '@zhichan/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { approveFiling, rejectFiling, resubmitFiling, returnFiling } from '../api/filings';
import { fetchAttachments, fetchWorkflow } from '../api/workflow';
import { queryKeys } from '../api/query-keys';
import { useApiError } from '../components/use-api-error';

/** The review buttons the server allows this user now; resubmission sends the filing back with its evidence on file. */
export function FilingActions({ f }: { f: Filing }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const onError = useApiError();
  const [reasonFor, setReasonFor] = useState<'return' | 'reject' | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  const workflow = useQuery({ queryKey: queryKeys.workflow('filing', f.id), queryFn: () => fetchWorkflow('filing', f.id) });
  const allowed = new Set(workflow.data?.allowedActions.map((a) => a.action) ?? []);
  const act = useMutation({
    mutationFn: async (a: { action: string; reason?: string }) => {
      if (a.action === 'approve') return approveFiling(f.id);
      if (a.action === 'return') return returnFiling(f.id, a.reason ?? '');
      if (a.action === 'reject') return rejectFiling(f.id, a.reason ?? '');
      // The evidence already on file stays linked to the resubmitted filing.
      const evidence = await fetchAttachments('filing', f.id);
      return resubmitFiling(f.id, {
        kind: f.kind,
        title: f.title,
        counterparty: f.counterparty,
        licenceKind: f.licenceKind,
        amount: f.amount,
        startsOn: f.startsOn,
        endsOn: f.endsOn,
        description: f.description,
        patentIds: f.patents.map((p) => p.id),
        attachmentIds: evidence.items.map((a) => a.id),
      });
    },
    onSuccess: () => {
      void message.success(t('ol.done'));
      void client.invalidateQueries({ queryKey: queryKeys.filings });
      void client.invalidateQueries({ queryKey: ['workflow'] });
      setReasonFor(null);
    },
    onError,
  });
  if (allowed.size === 0) return null;
  return (
    <Space wrap>
      {allowed.has('approve') && (
        <Popconfirm title={t('filing.confirmApprove')} onConfirm={() => act.mutate({ action: 'approve' })}>
          <Button type="primary">{t('filing.approve')}</Button>
        </Popconfirm>
      )}
      {allowed.has('return') && <Button onClick={() => setReasonFor('return')}>{t('filing.return')}</Button>}
      {allowed.has('reject') && (
        <Button danger onClick={() => setReasonFor('reject')}>
          {t('filing.reject')}
        </Button>
      )}
      {allowed.has('resubmit') && <Button onClick={() => act.mutate({ action: 'resubmit' })}>{t('filing.resubmit')}</Button>}
      <Modal
        open={reasonFor !== null}
        title={reasonFor ? t(`filing.${reasonFor}`) : ''}
        onCancel={() => setReasonFor(null)}
        onOk={() => void form.validateFields().then((v) => act.mutate({ action: reasonFor ?? 'return', reason: v.reason }))}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" name="filing-reason">
          <Form.Item name="reason" label={t('ol.reason')} rules={[{ required: true, min: 2 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
