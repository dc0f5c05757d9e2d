import { Alert, App, Button, Card, Checkbox, DatePicker, Form, Input, InputNumber } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OpenLicence, OpenLicenceDeclaration } from '@zhichan/contract';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { obtainLicence } from '../api/open-licences';
import { queryKeys } from '../api/query-keys';
import { useApiError } from '../components/use-api-error';
import { AttachmentUpload } from '../workflow/attachment-upload';

interface Values {
  noticeText: string;
  paidAmount: number;
  paidOn: Dayjs;
  units?: number;
  salesAmount?: number;
  sme: boolean;
  attachmentIds: number[];
}

/**
 * 取得许可: the written notice and the proof of payment at the standard CNIPA announced (Patent Law art. 51).
 * No negotiation: a lump sum starts at the announced amount; a per-unit or royalty payment says the units or
 * sales it covers (the server refuses less than they are due). A free licence needs no proof of payment.
 */
export function ObtainForm({ d }: { d: OpenLicenceDeclaration }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const onError = useApiError(form);
  const client = useQueryClient();
  const [done, setDone] = useState<OpenLicence | null>(null);
  const submit = useMutation({
    mutationFn: (v: Values) => obtainLicence(d.id, { ...v, units: v.units ?? null, salesAmount: v.salesAmount ?? null, paidOn: v.paidOn.format('YYYY-MM-DD') }),
    onSuccess: (l) => {
      setDone(l);
      void message.success(t('ol.obtained', { no: l.platformRef }));
      void client.invalidateQueries({ queryKey: queryKeys.openLicences });
    },
    onError,
  });
  const free = d.feeType === 'lump_sum' && d.feeAmount === 0;
  if (done) return <Alert type="success" showIcon title={t('ol.obtained', { no: done.platformRef })} />;
  return (
    <Card title={<h2 className="card-title">{t('ol.obtain')}</h2>}>
      <Alert type="info" showIcon title={t('ol.obtainIntro')} style={{ marginBottom: 16 }} />
      <Form<Values>
        form={form}
        layout="vertical"
        name="obtain"
        initialValues={{ noticeText: t('ol.noticeDefault'), paidAmount: d.feeAmount ?? undefined, paidOn: dayjs(), sme: true, attachmentIds: [] }}
        onFinish={(v) => submit.mutate(v)}
      >
        <Form.Item name="noticeText" label={t('ol.notice')} rules={[{ required: true, min: 10 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        {d.feeType === 'per_unit' && (
          <Form.Item name="units" label={t('ol.units')} rules={[{ required: true }]}>
            <InputNumber min={1} precision={0} style={{ width: 200 }} />
          </Form.Item>
        )}
        {d.feeType === 'royalty' && (
          <Form.Item name="salesAmount" label={t('ol.salesAmount')} rules={[{ required: true }]}>
            <InputNumber min={0} style={{ width: 200 }} />
          </Form.Item>
        )}
        <Form.Item name="paidAmount" label={t('ol.paidAmount')} rules={[{ required: true }]}>
          <InputNumber min={0} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="paidOn" label={t('ol.paidOn')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="sme" valuePropName="checked">
          <Checkbox>{t('ol.sme')}</Checkbox>
        </Form.Item>
        {free ? (
          <Alert type="success" showIcon title={t('ol.freeLicence')} style={{ marginBottom: 16 }} />
        ) : (
          <Form.Item name="attachmentIds" label={t('ol.proof')} rules={[{ required: true, type: 'array', min: 1 }]}>
            <AttachmentUpload kind="payment_proof" />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" loading={submit.isPending}>
          {t('ol.obtain')}
        </Button>
      </Form>
    </Card>
  );
}
