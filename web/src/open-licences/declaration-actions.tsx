import { Alert, App, Button, DatePicker, Form, Input, InputNumber, Modal, Popconfirm, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { paymentMethods, type OpenLicenceDeclaration } from '@zhichan/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { announceDeclaration, approveDeclaration, rejectDeclaration, resubmitDeclaration, returnDeclaration, withdrawDeclaration } from '../api/open-licences';
import { fetchWorkflow } from '../api/workflow';
import { queryKeys } from '../api/query-keys';
import { useApiError } from '../components/use-api-error';
import { usePreferences } from '../prefs/preferences';
import { paymentLabel } from './labels';

const RECORD = 'open_licence_declaration';

/**
 * The buttons of the steps the server says this user may take now (审核推荐 / 退回 / 审核不通过 / 登记国家知识产权局公告 /
 * 撤回 / 重新提交).
 */
export function DeclarationActions({ d }: { d: OpenLicenceDeclaration }) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const { message } = App.useApp();
  const client = useQueryClient();
  const onError = useApiError();
  const [reasonFor, setReasonFor] = useState<'return' | 'reject' | null>(null);
  const [resubmitting, setResubmitting] = useState(false);
  const [reasonForm] = Form.useForm<{ reason: string }>();
  const [announcing, setAnnouncing] = useState(false);
  const [actForm] = Form.useForm<{ number: string; date: Dayjs }>();
  const [feeForm] = Form.useForm<{
    feeAmount?: number;
    royaltyRate?: number;
    paymentMethod: (typeof paymentMethods)[number];
    termYears: number;
    otherTerms: string;
  }>();
  const workflow = useQuery({ queryKey: queryKeys.workflow(RECORD, d.id), queryFn: () => fetchWorkflow(RECORD, d.id) });
  const allowed = new Set(workflow.data?.allowedActions.map((a) => a.action) ?? []);
  const done = () => {
    void message.success(t('ol.done'));
    void client.invalidateQueries({ queryKey: queryKeys.openLicences });
    void client.invalidateQueries({ queryKey: ['workflow'] });
    void client.invalidateQueries({ queryKey: queryKeys.workQueue });
    setReasonFor(null);
    setResubmitting(false);
    setAnnouncing(false);
  };
  const act = useMutation({
    mutationFn: async (a: { action: string; reason?: string; fee?: ReturnType<typeof feeForm.getFieldsValue>; act?: { number: string; date: Dayjs } }) => {
      if (a.action === 'approve') return approveDeclaration(d.id);
      if (a.action === 'announce') return announceDeclaration(d.id, { number: a.act?.number ?? '', date: (a.act?.date ?? dayjs()).format('YYYY-MM-DD') });
      if (a.action === 'return') return returnDeclaration(d.id, a.reason ?? '');
      if (a.action === 'reject') return rejectDeclaration(d.id, a.reason ?? '');
      if (a.action === 'withdraw') return withdrawDeclaration(d.id);
      const f = a.fee;
      return resubmitDeclaration(d.id, {
        feeType: d.feeType,
        feeAmount: d.feeType === 'royalty' ? null : (f?.feeAmount ?? null),
        royaltyRate: d.feeType === 'royalty' ? (f?.royaltyRate ?? null) : null,
        paymentMethod: f?.paymentMethod ?? d.paymentMethod,
        termYears: f?.termYears ?? d.termYears,
        otherTerms: f?.otherTerms ?? '',
      });
    },
    onSuccess: done,
    onError,
  });
  if (allowed.size === 0) return null;
  return (
    <Space wrap>
      {allowed.has('approve') && (
        <Popconfirm title={t('ol.confirmApprove')} onConfirm={() => act.mutate({ action: 'approve' })}>
          <Button type="primary" loading={act.isPending}>
            {t('ol.approve')}
          </Button>
        </Popconfirm>
      )}
      {allowed.has('announce') && (
        <Button type="primary" onClick={() => setAnnouncing(true)}>
          {t('ol.announce')}
        </Button>
      )}
      {allowed.has('return') && <Button onClick={() => setReasonFor('return')}>{t('ol.return')}</Button>}
      {allowed.has('reject') && (
        <Button danger onClick={() => setReasonFor('reject')}>
          {t('ol.reject')}
        </Button>
      )}
      {allowed.has('resubmit') && <Button onClick={() => setResubmitting(true)}>{t('ol.resubmit')}</Button>}
      {allowed.has('withdraw') && (
        <Popconfirm title={t('ol.confirmWithdraw')} onConfirm={() => act.mutate({ action: 'withdraw' })}>
          <Button danger>{t('ol.withdraw')}</Button>
        </Popconfirm>
      )}
      <Modal
        open={reasonFor !== null}
        title={reasonFor ? t(`ol.${reasonFor}`) : ''}
        onCancel={() => setReasonFor(null)}
        onOk={() => void reasonForm.validateFields().then((v) => act.mutate({ action: reasonFor ?? 'return', reason: v.reason }))}
        confirmLoading={act.isPending}
        destroyOnHidden
      >
        <Form form={reasonForm} layout="vertical" name="reason">
          <Form.Item name="reason" label={t('ol.reason')} rules={[{ required: true, min: 2 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={announcing}
        title={t('ol.announce')}
        onCancel={() => setAnnouncing(false)}
        onOk={() => void actForm.validateFields().then((v) => act.mutate({ action: 'announce', act: v }))}
        confirmLoading={act.isPending}
        destroyOnHidden
      >
        <Alert type="info" showIcon title={t('ol.announceIntro')} style={{ marginBottom: 16 }} />
        <Form form={actForm} layout="vertical" name="announce" initialValues={{ date: dayjs() }}>
          <Form.Item name="number" label={t('ol.actNumber')} rules={[{ required: true, min: 2 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="date" label={t('ol.actDate')} rules={[{ required: true }]}>
            <DatePicker disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={resubmitting}
        title={t('ol.resubmit')}
        onCancel={() => setResubmitting(false)}
        onOk={() => void feeForm.validateFields().then((v) => act.mutate({ action: 'resubmit', fee: v }))}
        confirmLoading={act.isPending}
        destroyOnHidden
      >
        <Form
          form={feeForm}
          layout="vertical"
          name="resubmit"
          initialValues={{
            feeAmount: d.feeAmount ?? undefined,
            royaltyRate: d.royaltyRate ?? undefined,
            paymentMethod: d.paymentMethod,
            termYears: d.termYears,
            otherTerms: d.otherTerms,
          }}
        >
          {d.feeType === 'royalty' ? (
            <Form.Item name="royaltyRate" label={t('ol.royaltyRate')} rules={[{ required: true }]}>
              <InputNumber min={0.01} max={100} />
            </Form.Item>
          ) : (
            <Form.Item name="feeAmount" label={t('ol.feeAmount')} rules={[{ required: true }]}>
              <InputNumber min={d.feeType === 'lump_sum' ? 0 : 0.01} />
            </Form.Item>
          )}
          <Form.Item name="paymentMethod" label={t('ol.paymentMethod')}>
            <Select options={paymentMethods.map((p) => ({ value: p, label: paymentLabel(p, language === 'en' ? 'en' : 'zh') }))} />
          </Form.Item>
          <Form.Item name="termYears" label={t('ol.termYears')}>
            <InputNumber min={1} max={20} />
          </Form.Item>
          <Form.Item name="otherTerms" label={t('ol.otherTerms')}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
