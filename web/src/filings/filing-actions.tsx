import { Alert, App, Button, DatePicker, Form, Input, Modal, Popconfirm, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Filing } from '@zhichan/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { approveFiling, cancelFiling, changeFiling, registerFiling, rejectFiling, resubmitFiling, returnFiling } from '../api/filings';
import { fetchAttachments, fetchWorkflow } from '../api/workflow';
import { queryKeys } from '../api/query-keys';
import { useApiError } from '../components/use-api-error';

/**
 * The steps the server allows this user now: the initial check (受理初审), and the competent authority's acts
 * entered with its number and date (备案, 变更, 注销); resubmission sends the filing back with its evidence on file.
 */
export function FilingActions({ f }: { f: Filing }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const onError = useApiError();
  const [reasonFor, setReasonFor] = useState<'return' | 'reject' | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  const [actFor, setActFor] = useState<'register' | 'change' | 'cancel' | null>(null);
  const [actForm] = Form.useForm<{ number: string; date: Dayjs; endsOn?: Dayjs }>();
  const workflow = useQuery({ queryKey: queryKeys.workflow('filing', f.id), queryFn: () => fetchWorkflow('filing', f.id) });
  const allowed = new Set(workflow.data?.allowedActions.map((a) => a.action) ?? []);
  const act = useMutation({
    mutationFn: async (a: { action: string; reason?: string; act?: { number: string; date: Dayjs; endsOn?: Dayjs } }) => {
      if (a.action === 'approve') return approveFiling(f.id);
      const act = { number: a.act?.number ?? '', date: (a.act?.date ?? dayjs()).format('YYYY-MM-DD') };
      if (a.action === 'register') return registerFiling(f.id, act);
      if (a.action === 'change') return changeFiling(f.id, { ...act, endsOn: (a.act?.endsOn ?? dayjs()).format('YYYY-MM-DD') });
      if (a.action === 'cancel') return cancelFiling(f.id, act);
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
        scope: f.scope,
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
      setActFor(null);
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
      {(['register', 'change', 'cancel'] as const)
        .filter((a) => allowed.has(a))
        .map((a) => (
          <Button key={a} type={a === 'register' ? 'primary' : 'default'} onClick={() => setActFor(a)}>
            {t(`filing.${a}`)}
          </Button>
        ))}
      <Modal
        open={actFor !== null}
        title={actFor ? t(`filing.${actFor}`) : ''}
        onCancel={() => setActFor(null)}
        onOk={() => void actForm.validateFields().then((v) => act.mutate({ action: actFor ?? 'register', act: v }))}
        confirmLoading={act.isPending}
        destroyOnHidden
      >
        <Alert type="info" showIcon title={t('filing.registerIntro')} style={{ marginBottom: 16 }} />
        <Form form={actForm} layout="vertical" name="filing-act" initialValues={{ date: dayjs() }}>
          <Form.Item name="number" label={t('ol.actNumber')} rules={[{ required: true, min: 2 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="date" label={t('ol.actDate')} rules={[{ required: true }]}>
            <DatePicker disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
          </Form.Item>
          {actFor === 'change' && (
            <Form.Item name="endsOn" label={t('filing.newEndsOn')} rules={[{ required: true }]}>
              <DatePicker />
            </Form.Item>
          )}
        </Form>
      </Modal>
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
