import { App, Button, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { feeTypes, paymentMethods, type FeeType } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { declareOpenLicence, fetchDeclarablePatents } from '../api/open-licences';
import { queryKeys } from '../api/query-keys';
import { useApiError } from '../components/use-api-error';
import { usePreferences } from '../prefs/preferences';
import { AttachmentUpload } from '../workflow/attachment-upload';
import { feeTypeLabel, paymentLabel } from './labels';

interface Values {
  patentId: number;
  feeType: FeeType;
  feeAmount?: number;
  royaltyRate?: number;
  paymentMethod: (typeof paymentMethods)[number];
  termYears: number;
  otherTerms?: string;
  evaluationReport?: number[];
  pledgeeConsent?: number[];
}

/**
 * 声明开放许可: pick a patent the enterprise holds (ineligible ones say why), the fee standard, payment
 * method and term; the evaluation report or pledgee's consent is asked for when the patent needs it.
 */
export function DeclareForm({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  const [form] = Form.useForm<Values>();
  const onError = useApiError(form);
  const client = useQueryClient();
  const { message } = App.useApp();
  const patents = useQuery({ queryKey: [...queryKeys.openLicences, 'declarable'], queryFn: fetchDeclarablePatents, enabled: open });
  const patentId = Form.useWatch('patentId', form);
  const feeType = Form.useWatch('feeType', form);
  const needs = patents.data?.items.find((p) => p.id === patentId)?.needs ?? [];
  const submit = useMutation({
    mutationFn: (v: Values) =>
      declareOpenLicence({
        patentId: v.patentId,
        feeType: v.feeType,
        feeAmount: v.feeType === 'royalty' ? null : (v.feeAmount ?? null),
        royaltyRate: v.feeType === 'royalty' ? (v.royaltyRate ?? null) : null,
        paymentMethod: v.paymentMethod,
        termYears: v.termYears,
        otherTerms: v.otherTerms ?? '',
        attachmentIds: [...(v.evaluationReport ?? []), ...(v.pledgeeConsent ?? [])],
      }),
    onSuccess: () => {
      // The notice (role="alert") tells the patentee what happens next, as the modal closes.
      void message.success(t('ol.declared'));
      void client.invalidateQueries({ queryKey: queryKeys.openLicences });
      form.resetFields();
      onClose();
    },
    onError,
  });
  return (
    <Modal open={open} title={t('ol.declare')} onCancel={onClose} footer={null} destroyOnHidden width={640}>
      <Form<Values>
        form={form}
        layout="vertical"
        name="declare"
        initialValues={{ feeType: 'lump_sum', paymentMethod: 'one_off', termYears: 3 }}
        onFinish={(v) => submit.mutate(v)}
      >
        <Form.Item name="patentId" label={t('ol.selectPatent')} rules={[{ required: true }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={(patents.data?.items ?? []).map((p) => ({
              value: p.id,
              label:
                p.failures.length > 0 ? `${p.title}（${p.appNo}）— ${t('ol.ineligible', { why: p.failures[0]?.message ?? '' })}` : `${p.title}（${p.appNo}）`,
              disabled: p.failures.length > 0,
            }))}
          />
        </Form.Item>
        <Form.Item name="feeType" label={t('ol.feeType')} rules={[{ required: true }]}>
          <Select options={feeTypes.map((f) => ({ value: f, label: feeTypeLabel(f, lang) }))} />
        </Form.Item>
        {feeType === 'royalty' ? (
          <Form.Item name="royaltyRate" label={t('ol.royaltyRate')} rules={[{ required: true }]}>
            <InputNumber min={0.01} max={100} style={{ width: 200 }} />
          </Form.Item>
        ) : (
          <Form.Item name="feeAmount" label={t('ol.feeAmount')} rules={[{ required: true }]} extra={feeType === 'lump_sum' ? t('ol.freeHint') : undefined}>
            <InputNumber min={feeType === 'lump_sum' ? 0 : 0.01} style={{ width: 200 }} />
          </Form.Item>
        )}
        <Form.Item name="paymentMethod" label={t('ol.paymentMethod')} rules={[{ required: true }]}>
          <Select options={paymentMethods.map((p) => ({ value: p, label: paymentLabel(p, lang) }))} />
        </Form.Item>
        <Form.Item name="termYears" label={t('ol.termYears')} rules={[{ required: true }]}>
          <InputNumber min={1} max={20} />
        </Form.Item>
        <Form.Item name="otherTerms" label={t('ol.otherTerms')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        {needs.includes('evaluation_report') && (
          <Form.Item name="evaluationReport" label={t('ol.evaluationReport')} rules={[{ required: true, type: 'array', min: 1 }]}>
            <AttachmentUpload kind="evaluation_report" />
          </Form.Item>
        )}
        {needs.includes('pledgee_consent') && (
          <Form.Item name="pledgeeConsent" label={t('ol.pledgeeConsent')} rules={[{ required: true, type: 'array', min: 1 }]}>
            <AttachmentUpload kind="pledgee_consent" />
          </Form.Item>
        )}
        <Typography.Paragraph type="secondary">{t('ol.catalogueIntro')}</Typography.Paragraph>
        <Button type="primary" htmlType="submit" loading={submit.isPending}>
          {t('ol.submit')}
        </Button>
      </Form>
    </Modal>
  );
}
